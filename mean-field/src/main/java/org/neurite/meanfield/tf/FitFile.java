package org.neurite.meanfield.tf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.channels.io.AtomicFile;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.meanfield.stats.Membrane;
import org.neurite.meanfield.stats.Pathway;
import org.neurite.meanfield.stats.ShotNoise;

/**
 * neurite's transfer-function fit file ({@code fit.json}), written whole or not at all:
 * <pre>
 * {
 *   "format": "neurite-transfer-function",
 *   "template": "zerlaut2018",                 // zerlaut2018 | divolo2019 | ntwk31
 *   "coefficients_mV": [P0, …],
 *   "fluctuations": "textbook",                // or zerlaut2018-legacy
 *   "membrane": {"Gl_nS": …, "Cm_pF": …, "El_mV": …, "Vthre_mV": …, "I_pA": …},
 *   "fit": {"rms_Hz": …, "max_abs_Hz": …, "linear_start_rms_Hz": …, "points": …, "firing_points": …, "iterations": …},
 *   "domain": {"muV_mV": [lo, hi], "sigmaV_mV": [lo, hi], "tauVN": [lo, hi], "max_rate_Hz": …},
 *   "data": {"source": …, "seeds": …, "duration_ms": …,
 *            "pathways": [{"name": …, "count": …, "Q_nS": …, "tau_ms": …, "Erev_mV": …}, …]}
 * }
 * </pre>
 * Only template, coefficients and membrane are needed to read a file back; the rest documents the fit.
 */
public final class FitFile {
    /** The value of the {@code format} key. */
    public static final String FORMAT = "neurite-transfer-function";

    private FitFile() {
    }

    /** Writes a fit of the given data. */
    public static void write(Path file, TransferFunctionFit.Result fit, TfData data) {
        AtomicFile.writeString(file, Json.write(toJava(fit, data)) + "\n");
    }

    /** The content of a fit file as plain Java values (maps, lists, numbers, strings) for {@code Json.write}. */
    public static Map<String, Object> toJava(TransferFunctionFit.Result fit, TfData data) {
        TransferFunction tf = fit.tf();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("template", tf.template().id());
        root.put("coefficients_mV", tf.coefficientsMV());
        root.put("fluctuations", tf.form().id());
        Membrane m = tf.membrane();
        Map<String, Object> mem = new LinkedHashMap<>();
        mem.put("Gl_nS", m.glNS());
        mem.put("Cm_pF", m.cmPF());
        mem.put("El_mV", m.elMV());
        mem.put("Vthre_mV", m.vthreMV());
        mem.put("I_pA", m.biasPA());
        root.put("membrane", mem);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("rms_Hz", fit.rmsHz());
        f.put("max_abs_Hz", fit.maxAbsHz());
        f.put("linear_start_rms_Hz", fit.linearStartRmsHz());
        f.put("points", fit.points());
        f.put("firing_points", fit.firingPoints());
        f.put("iterations", fit.iterations());
        root.put("fit", f);
        FitDomain d = tf.domain();
        if (d != null) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("muV_mV", new double[] {d.muVMinMV(), d.muVMaxMV()});
            dm.put("sigmaV_mV", new double[] {d.sigmaVMinMV(), d.sigmaVMaxMV()});
            dm.put("tauVN", new double[] {d.tauVNMin(), d.tauVNMax()});
            dm.put("max_rate_Hz", d.maxRateHz());
            root.put("domain", dm);
        }
        Map<String, Object> src = new LinkedHashMap<>();
        src.put("source", data.source());
        src.put("seeds", data.seeds());
        src.put("duration_ms", data.durationMs());
        List<Object> paths = new ArrayList<>();
        for (Pathway p : data.pathways()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("name", p.name());
            pm.put("count", p.count());
            pm.put("Q_nS", p.qNS());
            pm.put("tau_ms", p.tauMs());
            pm.put("Erev_mV", p.erevMV());
            paths.add(pm);
        }
        src.put("pathways", paths);
        root.put("data", src);
        return root;
    }

    /**
     * Reads the coefficients of a parsed fit file.
     *
     * @param root the file's JSON
     * @param source the file (and entry) for messages
     */
    public static Coefficients coefficients(JsonValue root, String source) {
        Template t = Template.parse(root.require("template").asString(), "template");
        double[] c = root.require("coefficients_mV").asDoubleArray();
        if (c.length != t.size()) {
            throw root.require("coefficients_mV").error("template " + t.id() + " needs " + t.size() + " coefficients, found " + c.length);
        }
        ShotNoise form = root.has("fluctuations") ? ShotNoise.parse(root.require("fluctuations").asString(), "fluctuations") : null;
        Membrane m = null;
        if (root.has("membrane")) {
            JsonValue mm = root.require("membrane");
            JsonValue vt = mm.get("Vthre_mV");
            m = new Membrane(mm.getDouble("Gl_nS"), mm.getDouble("Cm_pF"), mm.getDouble("El_mV"),
                    vt == null || vt.isNull() ? Double.NaN : vt.asDouble(), mm.getDouble("I_pA", 0.0));
        }
        FitDomain d = null;
        if (root.has("domain")) {
            JsonValue dm = root.require("domain");
            double[] mu = range(dm.require("muV_mV"));
            double[] sg = range(dm.require("sigmaV_mV"));
            double[] tv = range(dm.require("tauVN"));
            d = new FitDomain(mu[0], mu[1], sg[0], sg[1], tv[0], tv[1], dm.getDouble("max_rate_Hz"));
        }
        return new Coefficients(source, t, c, m, form, d);
    }

    private static double[] range(JsonValue v) {
        double[] r = v.asDoubleArray();
        if (r.length != 2 || !(r[0] <= r[1])) {
            throw v.error("must be [low, high]");
        }
        return r;
    }
}
