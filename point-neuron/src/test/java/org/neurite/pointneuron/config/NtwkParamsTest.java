package org.neurite.pointneuron.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.testing.ValidationData;
import org.neurite.pointneuron.build.Projection;
import org.neurite.pointneuron.run.BuiltinNetworks;
import org.neurite.pointneuron.run.Network;
import org.neurite.pointneuron.sim.Population;

/** ntwk params.json files (shared/validation/meanfield_zerlaut/seed_configs) run unchanged, as ntwk builds them. */
class NtwkParamsTest {
    @TempDir
    Path dir;

    static Path seed(String name) {
        return ValidationData.file("meanfield_zerlaut", "seed_configs/" + name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RS-FS_2017.params.json", "The_Spectrum_of_Asynch_Dyn_2018.params.json", "from_MF_review_fixed-point-basis.json"})
    @DisplayName("each seed config builds with ntwk's rule (in-degree p*N_pre per target, no autapses) and runs 100 ms")
    void seedConfigs(String file) {
        NetworkConfig c = NetworkFile.read(seed(file), new NetworkFile.Overrides(null, 100.0, null));
        Network n = new Network(c, 2);
        for (Projection p : n.projections()) {
            Population pre = n.populations().get(p.preBlock());
            Population post = n.populations().get(p.postBlock());
            int[] in = p.inDegrees(post.size());
            for (int d : in) {
                assertEquals(in[0], d, "fixed in-degree " + p.pathway());
            }
            if (p.preBlock() == p.postBlock()) {
                for (int i = 0; i < p.rows(); i++) {
                    for (int k = p.rowStart(i); k < p.rowEnd(i); k++) {
                        assertTrue(p.target(k) != i, "autapse in " + p.pathway());
                    }
                }
            }
            assertEquals(0, p.constantDelay(), "Brian2: no delay");
            assertTrue(pre.size() > 0);
        }
        n.run(ProgressListener.NONE);
        assertEquals(100.0, n.simulation().timeMs(), 1e-9);
    }

    @Test
    @DisplayName("RS-FS_2017: 4000 + 1000 AdExp, in-degrees 200 / 50, 1 kHz afferent drive; same network as the built-in rsfs_demo")
    void rsfsDemoIsTheSeedConfig() {
        NetworkFile.Overrides o = new NetworkFile.Overrides(null, 200.0, 3L);
        Network fromNtwk = new Network(NetworkFile.read(seed("RS-FS_2017.params.json"), o), 1);
        Network builtin = new Network(BuiltinNetworks.config("rsfs_demo", o), 1);
        assertEquals(4000, fromNtwk.populations().get(0).size());
        assertEquals(1000, fromNtwk.populations().get(1).size());
        assertEquals(fromNtwk.synapseCount(), builtin.synapseCount());
        assertEquals(4000L * 200 + 1000L * 200 + 4000L * 50 + 1000L * 50, fromNtwk.synapseCount());
        for (int k = 0; k < fromNtwk.projections().size(); k++) {
            assertArrayEquals(fromNtwk.projections().get(k).targets(), builtin.projections().get(k).targets());
        }
        fromNtwk.run(ProgressListener.NONE);
        builtin.run(ProgressListener.NONE);
        for (int b = 0; b < 2; b++) {
            assertEquals(fromNtwk.spikeCount(b), builtin.spikeCount(b), "same spikes, population " + b);
        }
    }

    @Test
    @DisplayName("p > 1 and negative sizes in a params file name the key and line")
    void badValues() throws IOException {
        String text = Files.readString(seed("RS-FS_2017.params.json"));
        Path p = dir.resolve("params.json");
        Files.writeString(p, text.replace("\"p_RecExc_RecInh\":0.05", "\"p_RecExc_RecInh\":1.05"));
        BadInputException e = assertThrows(BadInputException.class, () -> NetworkFile.read(p));
        assertTrue(e.getMessage().contains("params.json:25:") && e.getMessage().contains("p_RecExc_RecInh"), e.getMessage());
        Files.writeString(p, text.replace("\"N_RecInh\":1000", "\"N_RecInh\":-1000"));
        e = assertThrows(BadInputException.class, () -> NetworkFile.read(p));
        assertTrue(e.getMessage().contains("N_RecInh") && e.getMessage().contains(">= 0"), e.getMessage());
    }
}
