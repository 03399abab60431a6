package org.neurite.meanfield.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.Json;
import org.neurite.channels.testing.ValidationData;
import org.neurite.meanfield.markov.MeanFieldModel;
import org.neurite.meanfield.stats.Membrane;
import org.neurite.meanfield.tf.CoefficientFiles;
import org.neurite.meanfield.tf.Coefficients;
import org.neurite.meanfield.validation.Jcns2018;
import org.neurite.pointneuron.config.NetworkFile;
import org.neurite.pointneuron.run.BuiltinNetworks;
import org.neurite.pointneuron.run.Network;

class NetworkMappingTest {
    private static Coefficients rs() {
        return CoefficientFiles.read(ValidationData.folder("meanfield_zerlaut").resolve(Jcns2018.NOTEBOOK), "RS");
    }

    private static MeanFieldModel.Input input(MeanFieldModel.Population p, String source) {
        return p.inputs().stream().filter(i -> i.source().equals(source)).findFirst().orElseThrow();
    }

    @Test
    void config1InDegreesDriveAndAdaptationComeFromTheBuiltNetwork() {
        // Bernoulli p = 0.05 without autapses: mean in-degree 0.05 (N - 1) within sampling (SD of the mean over
        // 8000 targets ~ 0.1 synapse); the drive: 400 sources of weight 1 nS on receptor exc (5 ms, 0 mV), ramp 0 -> 4 Hz
        Network net = new Network(BuiltinNetworks.config("rsfs_config1", NetworkFile.Overrides.NONE), 1);
        List<String> notes = new ArrayList<>();
        MeanFieldModel m = NetworkMapping.model(net, Map.of("RS", rs(), "FS", rs()), null, true, 5, notes);
        MeanFieldModel.Population exc = m.populations().get(0);
        assertEquals("RS", exc.name());
        assertEquals(8000, exc.size(), 0);
        assertEquals(0.05 * 7999, input(exc, "RS").pathway().count(), 0.5);
        assertEquals(0.05 * 2000, input(exc, "FS").pathway().count(), 0.5);
        assertEquals(5, input(exc, "FS").pathway().qNS(), 0);
        assertEquals(-80, input(exc, "FS").pathway().erevMV(), 0);
        MeanFieldModel.Input drive = input(exc, "drive");
        assertEquals(400, drive.pathway().count(), 0);
        assertEquals(1, drive.pathway().qNS(), 0);
        assertEquals(5, drive.pathway().tauMs(), 0);
        assertEquals(2.0, m.afferents().get("drive").rateHz(50), 1e-12, "half-way up the ramp");
        assertEquals(new MeanFieldModel.Adaptation(4, 20, 500), exc.adaptation());
        assertNull(m.populations().get(1).adaptation(), "FS has a = b = 0");
        assertTrue(notes.isEmpty(), notes.toString());
    }

    @Test
    void nestCellsTakeTheirSynapsesAndBiasCurrentFromTheModel() {
        // COBA: iaf_cond_exp with tau_syn_ex 5 / tau_syn_in 10 ms, E_ex 0 / E_in -80 mV, I_e 200 pA, fixed in-degrees 64 and 16
        Network net = new Network(BuiltinNetworks.config("coba", NetworkFile.Overrides.NONE), 1);
        MeanFieldModel m = NetworkMapping.model(net, Map.of("exc", rs(), "inh", rs()), null, false, 5, new ArrayList<>());
        MeanFieldModel.Population exc = m.populations().get(0);
        assertEquals(64, input(exc, "exc").pathway().count(), 0);
        assertEquals(16, input(exc, "inh").pathway().count(), 0);
        assertEquals(67, input(exc, "inh").pathway().qNS(), 0);
        assertEquals(10, input(exc, "inh").pathway().tauMs(), 0);
        assertEquals(-80, input(exc, "inh").pathway().erevMV(), 0);
        Membrane mem = exc.tf().membrane();
        assertEquals(200, mem.biasPA(), 0);
        assertEquals(-60, mem.elMV(), 0);
    }

    @Test
    void ntwkParamsAfferentsBecomeDrives() {
        // seed RS-FS_2017: AffExc (400 cells at 5 Hz, p = 0.5) -> every RecExc cell gets 200 inputs of 1 nS at 5 Hz
        Path params = ValidationData.folder("meanfield_zerlaut").resolve("seed_configs/RS-FS_2017.params.json");
        Network net = new Network(NetworkFile.read(params), 1);
        MeanFieldModel m = NetworkMapping.model(net, Map.of("RecExc", rs(), "RecInh", rs()), null, false, 5, new ArrayList<>());
        MeanFieldModel.Population exc = m.populations().get(0);
        MeanFieldModel.Input aff = exc.inputs().stream().filter(i -> i.source().startsWith("AffExc")).findFirst().orElseThrow();
        assertEquals(200, aff.pathway().count(), 1e-9);
        assertEquals(5, m.afferents().get(aff.source()).rateHz(100), 1e-12);
        assertEquals(-70, exc.tf().membrane().elMV(), 0, "the population's own E_L");
        assertEquals(4, input(exc, "RecInh").pathway().qNS(), 0);
    }

    @Test
    void unsupportedDevicesAndSynapsesAreNamed() {
        String doc = BuiltinNetworks.text("rsfs_config1").replace("\"kinetics\": \"exp\", \"tau\": 5.0, \"E_rev\": -80.0",
                "\"kinetics\": \"alpha\", \"tau\": 5.0, \"E_rev\": -80.0");
        Network net = new Network(NetworkFile.parse(Json.parse(doc, "alpha.json"), new NetworkFile.Overrides(null, 10.0, 1L)), 1);
        Coefficients rs = rs(); // read first: without ../shared the test is skipped, not failed
        BadInputException e = assertThrows(BadInputException.class,
                () -> NetworkMapping.model(net, Map.of("RS", rs, "FS", rs), null, false, 5, new ArrayList<>()));
        assertTrue(e.getMessage().contains("the mean field needs exponential conductance synapses"), e.getMessage());
    }

    @Test
    void plasticPathwaysAreRefusedByName() {
        String[][] models = {{"tsodyks2_synapse", "\"U\": 0.5, \"tau_rec\": 800.0"}, {"stdp_synapse", "\"tau_plus\": 20.0, \"Wmax\": 5.0"}};
        for (String[] m : models) {
            String doc = BuiltinNetworks.text("rsfs_config1").replace("\"weight\": 1.0, \"delay\": 0.0, \"receptor\": \"exc\"}",
                    "\"weight\": 1.0, \"delay\": 0.0, \"receptor\": \"exc\", \"synapse_model\": \"" + m[0] + "\", " + m[1] + "}");
            assertTrue(doc.contains(m[0]), "the substitution found the RS connection");
            Network net = new Network(NetworkFile.parse(Json.parse(doc, "plastic.json"), new NetworkFile.Overrides(null, 10.0, 1L)), 1);
            BadInputException e = assertThrows(BadInputException.class, () -> NetworkMapping.map(net));
            assertTrue(e.getMessage().contains("connection RS -> ") && e.getMessage().contains(m[0]), e.getMessage());
        }
    }
}
