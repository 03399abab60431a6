package org.neurite.meanfield.tf;

import java.nio.file.Path;
import java.util.Set;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.units.Units;
import org.neurite.meanfield.stats.Membrane;
import org.neurite.meanfield.stats.ShotNoise;

/**
 * Reads transfer-function coefficients from the files users have, recognised by their keys:
 * <ul>
 *   <li>neurite's own {@code fit.json} (written by {@link FitFile}; key {@code coefficients_mV}),
 *       no selector;</li>
 *   <li>the JCNS 2018 companion notebook's stored fits ({@code tf_fit_coefficients_mV}; selector
 *       {@code RS} or {@code FS}; the cell from {@code cells});</li>
 *   <li>the JCNS 2018 TF data description ({@code fit_P0_P10_mV}), no selector;</li>
 *   <li>di Volo et al. 2019 / TVB ({@code P_e_RS}, {@code P_i_FS} in volts; selector {@code e} or
 *       {@code i}, with {@code :rounded} for the rounded table values; cell from
 *       {@code network_defaults_TVB});</li>
 *   <li>the seed toolkit's 31-coefficient {@code COEFFS} (in volts; selector = the entry name,
 *       e.g. {@code The_Spectrum_of_Asynch_Dyn_2018/COEFFS_RecExc}; no cell parameters).</li>
 * </ul>
 * The published files do not record a fluctuation form: note that the JCNS 2018 coefficients were
 * fitted with {@link ShotNoise#ZERLAUT2018_LEGACY} and reproduce the paper only with it.
 */
public final class CoefficientFiles {
    private CoefficientFiles() {
    }

    /**
     * @param file the JSON file
     * @param selector which entry (see the class comment), or null when the file has one
     * @return the coefficients
     */
    public static Coefficients read(Path file, String selector) {
        JsonValue root = Json.read(file);
        if (!root.isObject()) {
            throw root.error("a coefficient file must be a JSON object");
        }
        String src = file + (selector == null ? "" : "#" + selector);
        if (root.has("coefficients_mV")) {
            return FitFile.coefficients(root, src);
        }
        if (root.has("tf_fit_coefficients_mV")) {
            String cell = require(selector, root, "RS or FS");
            JsonValue coeffs = entry(root.require("tf_fit_coefficients_mV"), cell);
            JsonValue c = entry(root.require("cells"), cell);
            Membrane m = new Membrane(c.getDouble("Gl_nS"), c.getDouble("Cm_pF"), c.getDouble("El_mV"), c.getDouble("Vthre_mV"));
            return new Coefficients(src, Template.ZERLAUT2018, coeffs.asDoubleArray(), m, null, null);
        }
        if (root.has("fit_P0_P10_mV")) {
            JsonValue c = root.require("parameters_converted_from_SI");
            Membrane m = new Membrane(c.getDouble("Gl_nS"), c.getDouble("Cm_pF"), c.getDouble("El_mV"), c.getDouble("Vthre_mV"));
            return new Coefficients(src, Template.ZERLAUT2018, root.require("fit_P0_P10_mV").asDoubleArray(), m, null, null);
        }
        if (root.has("P_e_RS")) {
            String sel = require(selector, root, "e, i, e:rounded or i:rounded");
            boolean rounded = sel.endsWith(":rounded");
            String pop = rounded ? sel.substring(0, sel.length() - ":rounded".length()) : sel;
            if (!Set.of("e", "i").contains(pop)) {
                throw root.error("unknown selector \"" + sel + "\" (known: e, i, e:rounded, i:rounded)");
            }
            JsonValue v = rounded ? root.require("P_rounded_as_printed_in_table").require(pop)
                    : root.require(pop.equals("e") ? "P_e_RS" : "P_i_FS");
            JsonValue net = root.require("network_defaults_TVB");
            String el = pop.equals("e") ? "E_L_e_mV" : "E_L_i_mV";
            Membrane m = new Membrane(net.getDouble("g_L_nS"), net.getDouble("C_m_pF"), net.getDouble(el), Double.NaN);
            return new Coefficients(src, Template.DIVOLO2019, volts(v), m, null, null);
        }
        if (root.has("coefficients") && root.get("coefficients").isObject()) {
            String name = require(selector, root, "one of " + root.require("coefficients").keys());
            JsonValue v = entry(root.require("coefficients"), name);
            return new Coefficients(src, Template.NTWK31, volts(v), null, null, null);
        }
        throw root.error("not a known coefficient file (expected coefficients_mV, tf_fit_coefficients_mV, fit_P0_P10_mV, "
                + "P_e_RS or coefficients)");
    }

    private static String require(String selector, JsonValue root, String what) {
        if (selector == null || selector.isEmpty()) {
            throw root.error("this file holds several transfer functions: select one (" + what + ")");
        }
        return selector;
    }

    private static JsonValue entry(JsonValue obj, String key) {
        JsonValue v = obj.get(key);
        if (v == null) {
            throw obj.error("no entry \"" + key + "\" (present: " + String.join(", ", obj.keys()) + ")");
        }
        return v;
    }

    private static double[] volts(JsonValue v) {
        double[] c = v.asDoubleArray();
        for (int k = 0; k < c.length; k++) {
            c[k] = Units.vToMV(c[k]);
        }
        return c;
    }
}
