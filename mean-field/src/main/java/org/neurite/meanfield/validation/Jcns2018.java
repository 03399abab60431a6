package org.neurite.meanfield.validation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.neurite.channels.input.RateWaveform;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.meanfield.markov.MeanFieldModel;
import org.neurite.meanfield.stats.Pathway;
import org.neurite.meanfield.stats.ShotNoise;
import org.neurite.meanfield.tf.CoefficientFiles;
import org.neurite.meanfield.tf.TransferFunction;

/**
 * The RS–FS network CONFIG1 of Zerlaut et al. 2018 (J Comput Neurosci 44:45) as a mean-field
 * model, read from {@code meanfield_zerlaut/jcns2018_notebook_fits_and_fixed_points.json}:
 * N_tot = 10 000 (80 % RS, 20 % FS), p = 5 %, Q_e = 1 nS, Q_i = 5 nS, τ = 5 ms, E_e = 0,
 * E_i = −80 mV, T = 5 ms, and the external drive arriving through K_e = 400 synapses of the
 * excitatory kind at ν_drive.
 */
public final class Jcns2018 {
    /** The notebook file with the cells, CONFIG1, the published coefficients and fixed point. */
    public static final String NOTEBOOK = "jcns2018_notebook_fits_and_fixed_points.json";
    /** Markov time constant of the paper [ms]. */
    public static final double T_MS = 5.0;

    private Jcns2018() {
    }

    /** The published transfer function of a cell ("RS" or "FS") with the given fluctuation form. */
    public static TransferFunction published(Path dataDir, String cell, ShotNoise form) {
        return CoefficientFiles.read(dataDir.resolve(NOTEBOOK), cell).transferFunction(null, form);
    }

    /**
     * CONFIG1 with the given transfer functions and a constant drive.
     *
     * @param dataDir the meanfield_zerlaut folder
     * @param rs the excitatory (RS) cells' transfer function
     * @param fs the inhibitory (FS) cells' transfer function
     * @param driveHz ν_drive [Hz]
     */
    public static MeanFieldModel config1(Path dataDir, TransferFunction rs, TransferFunction fs, double driveHz) {
        return config1(dataDir, rs, fs, RateWaveform.constant(driveHz));
    }

    /** CONFIG1 with a time-varying drive. */
    public static MeanFieldModel config1(Path dataDir, TransferFunction rs, TransferFunction fs, RateWaveform drive) {
        JsonValue c = Json.read(dataDir.resolve(NOTEBOOK)).require("network_CONFIG1");
        double ntot = c.getDouble("Ntot");
        double g = c.getDouble("gei_inh_fraction");
        double p = c.getDouble("p_conn");
        Pathway exc = new Pathway("RS", p * (1 - g) * ntot, c.getDouble("Q_e_nS"), c.getDouble("tau_e_ms"), c.getDouble("E_e_mV"));
        Pathway inh = new Pathway("FS", p * g * ntot, c.getDouble("Q_i_nS"), c.getDouble("tau_i_ms"), c.getDouble("E_i_mV"));
        Pathway aff = new Pathway("drive", c.getDouble("K_e"), c.getDouble("Q_e_nS"), c.getDouble("tau_e_ms"), c.getDouble("E_e_mV"));
        List<MeanFieldModel.Input> inputs = List.of(
                new MeanFieldModel.Input("RS", exc), new MeanFieldModel.Input("FS", inh), new MeanFieldModel.Input("drive", aff));
        return new MeanFieldModel(List.of(
                new MeanFieldModel.Population("RS", (1 - g) * ntot, rs, inputs, null),
                new MeanFieldModel.Population("FS", g * ntot, fs, inputs, null)),
                Map.of("drive", drive), T_MS);
    }
}
