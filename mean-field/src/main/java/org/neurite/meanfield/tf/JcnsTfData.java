package org.neurite.meanfield.tf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
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
        List<String> lines;
        try {
            lines = Files.readAllLines(csv);
        } catch (IOException e) {
            throw BadInputException.at(name, 0, "cannot read: " + e.getMessage());
        }
        if (lines.isEmpty()) {
            throw BadInputException.at(name, 0, "empty file");
        }
        List<String> header = List.of(lines.get(0).trim().split("\\s*,\\s*"));
        int ci = column(header, "nu_i_Hz", name);
        int ce = column(header, "nu_e_Hz", name);
        int cm = column(header, "Fout_mean_Hz", name);
        int cs = column(header, "Fout_sd_Hz", name);
        List<double[]> rows = new ArrayList<>();
        for (int k = 1; k < lines.size(); k++) {
            String s = lines.get(k).trim();
            if (s.isEmpty()) {
                continue;
            }
            String[] parts = s.split(",");
            if (parts.length != header.size()) {
                throw BadInputException.at(name, k + 1, "expected " + header.size() + " columns, found " + parts.length);
            }
            double[] r = new double[parts.length];
            for (int c = 0; c < parts.length; c++) {
                try {
                    r[c] = Double.parseDouble(parts[c].trim());
                } catch (NumberFormatException e) {
                    throw BadInputException.at(name, k + 1, "not a number: \"" + parts[c].trim() + "\"");
                }
            }
            rows.add(r);
        }
        int n = rows.size();
        double[][] rates = new double[n][];
        double[] mean = new double[n];
        double[] sd = new double[n];
        for (int k = 0; k < n; k++) {
            double[] r = rows.get(k);
            rates[k] = new double[] {r[ce], r[ci]};
            mean[k] = r[cm];
            sd[k] = r[cs];
        }
        return new TfData(name, m, paths, rates, mean, sd, SEEDS, DURATION_MS);
    }

    private static int column(List<String> header, String col, String file) {
        int i = header.indexOf(col);
        if (i < 0) {
            throw BadInputException.at(file, 1, "missing column " + col + " (found " + String.join(", ", header) + ")");
        }
        return i;
    }
}
