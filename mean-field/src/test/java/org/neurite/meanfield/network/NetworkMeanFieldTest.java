package org.neurite.meanfield.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.input.RateWaveform;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.record.Hdf5Reading;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.testing.ValidationData;
import org.neurite.meanfield.markov.MarkovSystem;
import org.neurite.meanfield.markov.MeanFieldModel;
import org.neurite.meanfield.stats.Membrane;
import org.neurite.meanfield.stats.Pathway;
import org.neurite.meanfield.stats.ShotNoise;
import org.neurite.meanfield.tf.CoefficientFiles;
import org.neurite.meanfield.tf.Coefficients;
import org.neurite.meanfield.validation.Jcns2018;

class NetworkMeanFieldTest {
    @TempDir
    Path tmp;

    private static Path dir() {
        return ValidationData.folder("meanfield_zerlaut");
    }

    /** CONFIG1 described as a network: 8000 RS + 2000 FS, p = 5 %, drive through K_e = 400 synapses. */
    static MeanFieldModel config1(List<String> notes) {
        Membrane cell = new Membrane(10, 200, -65, -50);
        List<NetworkMeanField.Population> pops = List.of(new NetworkMeanField.Population("RS", 8000, cell, null),
                new NetworkMeanField.Population("FS", 2000, cell, null));
        Pathway exc = new Pathway("exc", 1, 1, 5, 0);
        Pathway inh = new Pathway("inh", 1, 5, 5, -80);
        List<NetworkMeanField.Projection> proj = new ArrayList<>();
        for (String target : new String[] {"RS", "FS"}) {
            proj.add(new NetworkMeanField.Projection("RS", target, 0.05 * 8000, exc));
            proj.add(new NetworkMeanField.Projection("FS", target, 0.05 * 2000, inh));
            proj.add(new NetworkMeanField.Projection("drive", target, 400, exc));
        }
        Path nb = dir().resolve(Jcns2018.NOTEBOOK);
        Map<String, Coefficients> tfs = Map.of("RS", CoefficientFiles.read(nb, "RS"), "FS", CoefficientFiles.read(nb, "FS"));
        return NetworkMeanField.build(pops, Map.of("drive", RateWaveform.constant(4)), proj, tfs, ShotNoise.ZERLAUT2018_LEGACY, false, 5,
                notes);
    }

    @Test
    void networkDescriptionGivesThePublishedFixedPoint() {
        // the same model reached through the network description must give the notebook's fixed point (1e-6)
        List<String> notes = new ArrayList<>();
        MeanFieldRun run = MeanFieldRun.of(config1(notes), MarkovSystem.Order.FIRST, 300, 0.1, 1, ProgressListener.NONE);
        assertTrue(notes.isEmpty(), notes.toString());
        JsonValue ref = Json.read(dir().resolve(Jcns2018.NOTEBOOK)).require("fixed_points_nu_drive_4Hz").require("first_order");
        double[] y = run.fixedPoints().get(0).state();
        assertEquals(ref.getDouble("nu_e_Hz"), y[0], 1e-6 * y[0]);
        assertEquals(ref.getDouble("nu_i_Hz"), y[1], 1e-6 * y[1]);
        assertEquals(y[0], run.trajectory().last()[0], 1e-6 * y[0], "from rest the time course reaches the fixed point");
        assertTrue(run.warnings().isEmpty(), "published coefficients have no recorded fitted range");
    }

    @Test
    void mfFileHoldsTheTimeCourseAndFixedPoints() {
        MeanFieldRun run = MeanFieldRun.of(config1(new ArrayList<>()), MarkovSystem.Order.SECOND, 100, 0.1, 1, ProgressListener.NONE);
        Path f = tmp.resolve("mf.h5");
        MeanFieldFile.write(f, run, 0.1, "config1");
        try (HdfFile h = Hdf5Reading.open(f)) {
            assertEquals(MeanFieldFile.FORMAT, Hdf5Reading.stringAttribute(h, "format"));
            assertEquals(101, Hdf5Reading.doubles(h, "/trajectory/time_ms").length);
            assertEquals(run.trajectory().last()[0], Hdf5Reading.doubles(h, "/trajectory/nu_RS")[100], 0);
            assertEquals(101, Hdf5Reading.doubles(h, "/trajectory/c_RS_FS").length);
            double[][] st = Hdf5Reading.matrix(h, "/fixed_points/state");
            assertEquals(5, st[0].length);
            assertEquals(2, Hdf5Reading.numberAttribute(h, "order", 0), 0);
        }
    }

    @Test
    void aMissingTransferFunctionIsNamed() {
        Membrane cell = new Membrane(10, 200, -65, -50);
        BadInputException e = assertThrows(BadInputException.class, () -> NetworkMeanField.build(
                List.of(new NetworkMeanField.Population("RecExc", 10, cell, null)), Map.of(), List.of(), Map.of(), null, false, 5,
                new ArrayList<>()));
        assertEquals("parameter transfer function of RecExc: missing: give one for every recurrent population (e.g. --tf RecExc=fit.json)",
                e.getMessage());
    }

    @Test
    void aDifferentMembraneIsNoted() {
        Membrane other = new Membrane(10, 150, -65, -50);
        List<String> notes = new ArrayList<>();
        NetworkMeanField.build(List.of(new NetworkMeanField.Population("RS", 10, other, null)), Map.of(), List.of(),
                Map.of("RS", CoefficientFiles.read(dir().resolve(Jcns2018.NOTEBOOK), "RS")), null, false, 5, notes);
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).contains("C_m 200 pF") && notes.get(0).contains("C_m 150 pF"), notes.get(0));
    }
}
