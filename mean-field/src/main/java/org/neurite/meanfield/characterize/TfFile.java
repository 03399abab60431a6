package org.neurite.meanfield.characterize;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.record.Hdf5Group;
import org.neurite.channels.record.Hdf5Reading;
import org.neurite.meanfield.stats.Membrane;
import org.neurite.meanfield.stats.Pathway;
import org.neurite.meanfield.tf.TfData;

/**
 * The HDF5 file of a transfer-function characterisation ({@code tf.h5}), written whole or not at
 * all:
 * <pre>
 * /                       attributes: format = "neurite-transfer-function-data", model, integrator,
 *                         seeds, seed, duration_ms, transient_ms, dt_ms, cell_json (the CELL.json as
 *                         read), and the membrane: Gl_nS, Cm_pF, El_mV, Vthre_mV, I_pA
 * /parameters/name, value string[n], float64[n]: the model's parameters (its names and units)
 * /pathways/name          string[n_pathways]; count, Q_nS, tau_ms, Erev_mV: float64[n_pathways]
 * /grid/rates_Hz          float64[n_points][n_pathways]   input rate of each pathway
 * /output/mean_Hz, sd_Hz  float64[n_points]               output rate over seeds (SD with n − 1)
 * /output/rates_Hz        float64[n_points][seeds]        output rate of every cell
 * /membrane_statistics/   muV_mV, sigmaV_mV, tauV_ms: float64[n_points][seeds] (when estimated)
 * </pre>
 * Units are in the names. Attributes sit on the root only: jHDF 0.13 writes corrupt object headers
 * for some sub-groups that carry attributes (seen with group names of 4–7 characters).
 */
public final class TfFile {
    /** The value of the root's {@code format} attribute. */
    public static final String FORMAT = "neurite-transfer-function-data";

    private TfFile() {
    }

    /** Writes a characterisation. */
    public static void write(Path file, CharacterizationResult r) {
        CellSpec s = r.spec();
        Hdf5Group root = Hdf5Group.root();
        root.attribute("format", FORMAT)
                .attribute("model", s.model())
                .attribute("integrator", s.integrator().name().toLowerCase(java.util.Locale.ROOT))
                .attribute("seeds", (long) s.seeds())
                .attribute("seed", s.seed())
                .attribute("duration_ms", s.durationMs())
                .attribute("transient_ms", s.transientMs())
                .attribute("dt_ms", s.dtMs());
        if (!s.json().isEmpty()) {
            root.attribute("cell_json", s.json());
        }
        Membrane m = s.membrane();
        root.attribute("Gl_nS", m.glNS()).attribute("Cm_pF", m.cmPF()).attribute("El_mV", m.elMV()).attribute("Vthre_mV", m.vthreMV())
                .attribute("I_pA", m.biasPA());
        Map<String, Double> pv = s.parameters().asMap();
        String[] pNames = pv.keySet().toArray(new String[0]);
        double[] pValues = new double[pNames.length];
        for (int k = 0; k < pNames.length; k++) {
            pValues[k] = pv.get(pNames[k]);
        }
        root.group("parameters").dataset("name", pNames).dataset("value", pValues);
        List<Pathway> ps = s.pathways();
        int np = ps.size();
        String[] names = new String[np];
        double[] count = new double[np];
        double[] q = new double[np];
        double[] tau = new double[np];
        double[] erev = new double[np];
        for (int k = 0; k < np; k++) {
            names[k] = ps.get(k).name();
            count[k] = ps.get(k).count();
            q[k] = ps.get(k).qNS();
            tau[k] = ps.get(k).tauMs();
            erev[k] = ps.get(k).erevMV();
        }
        Hdf5Group pw = root.group("pathways");
        pw.dataset("name", names).dataset("count", count).dataset("Q_nS", q).dataset("tau_ms", tau).dataset("Erev_mV", erev);
        root.group("grid").dataset("rates_Hz", r.data().ratesHz());
        root.group("output").dataset("mean_Hz", r.data().meanHz()).dataset("sd_Hz", r.data().sdHz()).dataset("rates_Hz", r.ratesHz());
        if (r.muVMV() != null) {
            root.group("membrane_statistics").dataset("muV_mV", r.muVMV()).dataset("sigmaV_mV", r.sigmaVMV()).dataset("tauV_ms", r.tauVMs());
        }
        root.writeTo(file);
    }

    /** Reads the grid, rates and cell of a characterisation file. */
    public static TfData read(Path file) {
        String name = file.toString();
        try (HdfFile f = Hdf5Reading.open(file)) {
            String format = Hdf5Reading.stringAttribute(f, "format");
            if (!FORMAT.equals(format)) {
                throw BadInputException.at(name, 0, "not a neurite transfer-function data file (format attribute "
                        + (format == null ? "missing" : "\"" + format + "\"") + ", expected \"" + FORMAT + "\")");
            }
            Membrane m = new Membrane(number(f, "Gl_nS", name), number(f, "Cm_pF", name), number(f, "El_mV", name),
                    Hdf5Reading.numberAttribute(f, "Vthre_mV", Double.NaN), Hdf5Reading.numberAttribute(f, "I_pA", 0.0));
            Dataset names = Hdf5Reading.dataset(f, "/pathways/name");
            Object nameData = names.getData();
            if (!(nameData instanceof String[] pathNames)) {
                throw BadInputException.at(name, 0, "/pathways/name must hold strings");
            }
            double[] count = Hdf5Reading.doubles(f, "/pathways/count");
            double[] q = Hdf5Reading.doubles(f, "/pathways/Q_nS");
            double[] tau = Hdf5Reading.doubles(f, "/pathways/tau_ms");
            double[] erev = Hdf5Reading.doubles(f, "/pathways/Erev_mV");
            List<Pathway> paths = new ArrayList<>();
            for (int k = 0; k < pathNames.length; k++) {
                paths.add(new Pathway(pathNames[k], count[k], q[k], tau[k], erev[k]));
            }
            double[][] rates = Hdf5Reading.matrix(f, "/grid/rates_Hz");
            double[] mean = Hdf5Reading.doubles(f, "/output/mean_Hz");
            double[] sd = Hdf5Reading.doubles(f, "/output/sd_Hz");
            int seeds = (int) Hdf5Reading.numberAttribute(f, "seeds", 0);
            double duration = Hdf5Reading.numberAttribute(f, "duration_ms", Double.NaN)
                    - Hdf5Reading.numberAttribute(f, "transient_ms", 0);
            return new TfData(name, m, paths, rates, mean, sd, seeds, duration);
        } catch (BadInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw BadInputException.at(name, 0, "unreadable transfer-function data: " + e.getMessage());
        }
    }

    private static double number(Node node, String attr, String file) {
        Attribute a = node.getAttribute(attr);
        if (a == null) {
            throw BadInputException.at(file, 0, node.getPath() + " has no attribute " + attr);
        }
        return Hdf5Reading.numberAttribute(node, attr, Double.NaN);
    }
}
