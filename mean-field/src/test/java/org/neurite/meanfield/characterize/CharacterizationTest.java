package org.neurite.meanfield.characterize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.meanfield.stats.ShotNoise;
import org.neurite.meanfield.tf.TfData;
import org.neurite.meanfield.tf.Template;
import org.neurite.meanfield.tf.TransferFunctionFit;

class CharacterizationTest {
    @TempDir
    Path tmp;

    private static final String RS = """
            {
              "model": "AdExp",
              "parameters": {"Gl": 10, "Cm": 200, "El": -65, "Vthre": -50, "Vreset": -65, "deltaV": 2,
                             "a": 4, "b": 20, "tauw": 500, "Trefrac": 5},
              "synapses": [
                {"name": "exc", "count": 400, "Q_nS": 1, "tau_ms": 5, "Erev_mV": 0},
                {"name": "inh", "count": 100, "Q_nS": 5, "tau_ms": 5, "Erev_mV": -80}
              ],
              "grid": %s,
              "seeds": %d,
              "duration_ms": %s
            }
            """;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void readsACellFileWithACartesianGrid() throws IOException {
        CellSpec s = CellSpec.read(write("cell.json", RS.formatted("{\"exc\": [2, 4, 6], \"inh\": {\"from\": 0, \"to\": 10, \"n\": 3}}", 2, "500")));
        assertEquals(9, s.points().length);
        assertArrayEquals(new double[] {2, 0}, s.points()[0]);
        assertArrayEquals(new double[] {4, 0}, s.points()[1], "the first synapse varies fastest");
        assertArrayEquals(new double[] {6, 10}, s.points()[8]);
        assertEquals(-65, s.membrane().elMV(), 0, "membrane taken from the ntwk names");
        assertEquals(0.05, s.dtMs(), 0);
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws IOException {
        CellSpec s = CellSpec.read(write("cell.json", RS.formatted("{\"exc\": [3, 6], \"inh\": [0, 10]}", 3, "1000")));
        CharacterizationResult one = Characterization.run(s, 1, ProgressListener.NONE);
        CharacterizationResult two = Characterization.run(s, 2, ProgressListener.NONE);
        for (int k = 0; k < 4; k++) {
            assertArrayEquals(one.ratesHz()[k], two.ratesHz()[k], 0);
        }
        assertTrue(one.data().meanHz()[3] > 0, "the strongest excitation fires");
    }

    @Test
    void progressReachesTheTotalMonotonically() throws IOException {
        CellSpec s = CellSpec.read(write("cell.json", RS.formatted("{\"exc\": [3, 6], \"inh\": [0]}", 1, "200")));
        List<long[]> calls = new ArrayList<>();
        Characterization.run(s, 2, (done, total) -> calls.add(new long[] {done, total}));
        long last = 0;
        for (long[] c : calls) {
            assertTrue(c[0] >= last);
            last = c[0];
            assertEquals(2 * 4000, c[1]);
        }
        assertEquals(8000, last);
    }

    @Test
    void hdf5RoundTripAndFitOfOwnData() throws IOException {
        // a coarse characterisation of the RS cell (21 points, 2 x 2 s) written to tf.h5, read back and fitted:
        // the fit must describe its own data about as well as the published fits describe theirs (< 1 Hz RMS)
        CellSpec s = CellSpec.read(write("cell.json", RS.formatted(
                "{\"exc\": [2, 3, 4, 5, 6, 7, 8], \"inh\": [0, 5, 10]}", 2, "2000")));
        CharacterizationResult r = Characterization.run(s, 2, ProgressListener.NONE);
        Path h5 = tmp.resolve("tf.h5");
        TfFile.write(h5, r);
        TfData back = TfFile.read(h5);
        assertArrayEquals(r.data().meanHz(), back.meanHz(), 0);
        assertArrayEquals(r.data().ratesHz()[5], back.ratesHz()[5], 0);
        assertEquals(r.data().pathways(), back.pathways());
        assertEquals(r.data().membrane(), back.membrane());
        assertEquals(2, back.seeds());
        TransferFunctionFit.Result fit = TransferFunctionFit.fit(back, Template.ZERLAUT2018, ShotNoise.TEXTBOOK);
        assertTrue(fit.rmsHz() < 1.0, "fit RMS " + fit.rmsHz());
    }

    @Test
    void readingSomethingElseAsTfDataIsBadInput() throws IOException {
        Path notHdf = write("x.h5", "hello");
        BadInputException e = assertThrows(BadInputException.class, () -> TfFile.read(notHdf));
        assertTrue(e.getMessage().startsWith(notHdf.toString()), e.getMessage());
        BadInputException e2 = assertThrows(BadInputException.class, () -> TfFile.read(tmp.resolve("none.h5")));
        assertTrue(e2.getMessage().contains("file not found"), e2.getMessage());
    }

    @Test
    void badCellFilesNameTheLine() throws IOException {
        Path p = write("a.json", RS.formatted("{\"exc\": [2], \"inh\": [0]}", 0, "1000"));
        BadInputException e = assertThrows(BadInputException.class, () -> CellSpec.read(p));
        assertEquals(p + ":10: seeds: must be >= 1, got 0", e.getMessage());
        Path q = write("b.json", RS.formatted("{\"exc\": [2], \"inhib\": [0]}", 2, "1000"));
        e = assertThrows(BadInputException.class, () -> CellSpec.read(q));
        assertTrue(e.getMessage().startsWith(q + ":9: grid: no rates for synapse \"inh\""), e.getMessage());
        Path r = write("c.json", RS.formatted("{\"points\": [[1, 2, 3]]}", 2, "1000"));
        e = assertThrows(BadInputException.class, () -> CellSpec.read(r));
        assertTrue(e.getMessage().contains("needs 2 rates (one per synapse), found 3"), e.getMessage());
        Path m = write("d.json", RS.formatted("{\"exc\": [2], \"inh\": [0]}", 2, "1000").replace("AdExp", "AdEx_typo"));
        e = assertThrows(BadInputException.class, () -> CellSpec.read(m));
        assertTrue(e.getMessage().startsWith(m + ":2: model: "), e.getMessage());
        Path k = write("e.json", RS.formatted("{\"exc\": [2], \"inh\": [0]}", 2, "1000").replace("\"tauw\"", "\"tau_w\""));
        e = assertThrows(BadInputException.class, () -> CellSpec.read(k));
        assertTrue(e.getMessage().contains("unknown parameter \"tau_w\""), e.getMessage());
        Path n = write("f.json", RS.formatted("{\"exc\": [2], \"inh\": [-1]}", 2, "1000"));
        e = assertThrows(BadInputException.class, () -> CellSpec.read(n));
        assertTrue(e.getMessage().contains("rates must be >= 0"), e.getMessage());
    }

    @Test
    void nestModelsUseTheirFixedPorts() throws IOException {
        // iaf_cond_exp has fixed "ex"/"in" ports whose tau and E are model parameters: the pathways take them,
        // and a conflicting tau in the file is an error
        String json = """
                {
                  "model": "iaf_cond_exp",
                  "parameters": {"tau_syn_ex": 5, "tau_syn_in": 5},
                  "synapses": [
                    {"name": "exc", "port": "ex", "count": 400, "Q_nS": 1},
                    {"name": "inh", "port": "in", "count": 100, "Q_nS": 5}
                  ],
                  "grid": {"exc": [4], "inh": [5]},
                  "seeds": 2, "duration_ms": 500
                }
                """;
        CellSpec s = CellSpec.read(write("nest.json", json));
        assertEquals(5, s.pathways().get(0).tauMs(), 0);
        assertEquals(-85, s.pathways().get(1).erevMV(), 0, "NEST's E_in default");
        assertEquals(-70, s.membrane().elMV(), 0, "NEST's E_L default");
        CharacterizationResult r = Characterization.run(s, 1, ProgressListener.NONE);
        assertFalse(Double.isNaN(r.data().meanHz()[0]));
        Path bad = write("nest2.json", json.replace("\"Q_nS\": 1}", "\"Q_nS\": 1, \"tau_ms\": 2}"));
        BadInputException e = assertThrows(BadInputException.class, () -> CellSpec.read(bad));
        assertTrue(e.getMessage().contains("differs from the model's tau_syn_ex = 5.0 ms"), e.getMessage());
    }
}
