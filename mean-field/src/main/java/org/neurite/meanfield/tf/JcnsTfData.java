package org.neurite.meanfield.tf;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.io.NumericTable;
import org.neurite.meanfield.stats.Membrane;
import org.neurite.meanfield.stats.Pathway;

/**
 * Reads the numerical transfer functions published with Zerlaut et al. 2018 (J Comput Neurosci
 * 44:45; repository yzerlaut/JCNS_2018), as converted to CSV (columns {@code nu_i_Hz, nu_e_Hz,
 * Fout_mean_Hz, Fout_sd_Hz}) with a JSON description holding the cell and synapse parameters
 * ({@code parameters_converted_from_SI}: Gl_nS, Cm_pF, El_mV, Vthre_mV, Qe_nS, Qi_nS, Te_ms,
 * Ti_ms, Ee_mV, Ei_mV, Ntot, pconnec, gei). The grid drives K_e = p(1−g)N_tot excitatory and
 * K_i = p·g·N_tot inhibitory synapses; the data are means over 4 seeds of 10 s.
 */
public final class JcnsTfData {
    /** Seeds behind each published grid point (JCNS_2018 {@code tf_simulation.py}). */
    public static final int SEEDS = 4;
    /** Simulated time per point [ms]. */
    public static final double DURATION_MS = 10_000.0;

    private JcnsTfData() {
    }

    /**
     * @param csv the grid ({@code jcns2018_tf_data_RS.csv})
     * @param description the parameters ({@code jcns2018_tf_data_RS.json})
     */
    public static TfData read(Path csv, Path description) {
        JsonValue p = Json.read(description).require("parameters_converted_from_SI");
        Membrane m = new Membrane(p.getDouble("Gl_nS"), p.getDouble("Cm_pF"), p.getDouble("El_mV"), p.getDouble("Vthre_mV"));
        double ntot = p.getDouble("Ntot");
        double pc = p.getDouble("pconnec");
        double gei = p.getDouble("gei");
        List<Pathway> paths = List.of(
                new Pathway("exc", pc * (1 - gei) * ntot, p.getDouble("Qe_nS"), p.getDouble("Te_ms"), p.getDouble("Ee_mV")),
                new Pathway("inh", pc * gei * ntot, p.getDouble("Qi_nS"), p.getDouble("Ti_ms"), p.getDouble("Ei_mV")));
        String name = csv.toString();
        Map<String, double[]> cols = NumericTable.csv(csv);
        double[] nuE = column(cols, "nu_e_Hz", name);
        double[] nuI = column(cols, "nu_i_Hz", name);
        double[] mean = column(cols, "Fout_mean_Hz", name);
        double[] sd = column(cols, "Fout_sd_Hz", name);
        double[][] rates = new double[mean.length][];
        for (int k = 0; k < rates.length; k++) {
            rates[k] = new double[] {nuE[k], nuI[k]};
        }
        return new TfData(name, m, paths, rates, mean, sd, SEEDS, DURATION_MS);
    }

    private static double[] column(Map<String, double[]> cols, String col, String file) {
        double[] c = cols.get(col);
        if (c == null) {
            throw BadInputException.at(file, 1, "missing column " + col + " (found " + String.join(", ", cols.keySet()) + ")");
        }
        return c;
    }
}
