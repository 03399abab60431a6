package org.neurite.meanfield.auto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.channels.testing.ValidationData;
import org.neurite.meanfield.network.NetworkMapping;
import org.neurite.meanfield.stats.ShotNoise;
import org.neurite.pointneuron.config.NetworkFile;
import org.neurite.pointneuron.run.BuiltinNetworks;
import org.neurite.pointneuron.run.Network;

class InputKindsTest {
    @Test
    void r10RoundingOutward() {
        // R10 preferred numbers 10^(k/10) to 3 digits: 1, 1.26, 1.58, 2, 2.51, 3.16, 3.98, 5.01, 6.31, 7.94
        assertEquals(15800, InputKinds.roundUp(13600), 0);
        assertEquals(3160, InputKinds.roundUp(3000), 0);
        assertEquals(1000, InputKinds.roundUp(1000), 0, "a series value stays");
        assertEquals(794, InputKinds.roundDown(800), 0);
        assertEquals(1000, InputKinds.roundDown(1000), 0);
        assertEquals(0, InputKinds.roundDown(0), 0);
        assertEquals(1.235, InputKinds.round(1.23456, 4), 0);
    }

    @Test
    void config1KindsMergeRecurrentAndDriveInputsOfOneSynapse() {
        // CONFIG1 RS: excitation = recurrent RS (Bernoulli 5 % of 7999, 1 nS) + the drive (400 inputs of 1 nS, ramp 0 -> 4 Hz)
        // -> total event rate from 400 x 0 = 0 to 400 x 4 + 399.95 x 30 Hz = 13 600 Hz -> R10 15 800 Hz;
        // inhibition = FS (5 % of 2000 = 100 inputs, 5 nS) from 0 to 100 x 30 = 3000 Hz -> 3160 Hz
        Network net = new Network(BuiltinNetworks.config("rsfs_config1", NetworkFile.Overrides.NONE), 1);
        InputKinds k = InputKinds.of(NetworkMapping.map(net), "RS", 30, net.config().tstopMs());
        assertEquals(2, k.kinds().size());
        InputKinds.Kind exc = k.kinds().get(0);
        assertEquals("exc", exc.port());
        assertEquals(List.of("RS", "drive"), exc.sources());
        assertEquals(1.0, exc.qNS(), 0);
        assertEquals(0, exc.loHz(), 0);
        assertEquals(15800, exc.hiHz(), 0);
        InputKinds.Kind inh = k.kinds().get(1);
        assertEquals(-80, inh.erevMV(), 0);
        assertEquals(5.0, inh.qNS(), 0);
        assertEquals(3160, inh.hiHz(), 0);
    }

    @Test
    void theDemoDriveSetsTheLowerEndOfTheExcitatoryRange() {
        // demo: 200 afferent inputs at the bump 4 ... 8 Hz + 200 recurrent (fixed in-degree) up to 30 Hz:
        // 800 -> R10 794 Hz, 1600 + 6000 = 7600 -> 7940 Hz; inhibition 50 x 4 nS up to 30 Hz: 1500 -> 1580 Hz
        Network net = new Network(NetworkFile.read(ValidationData.repositoryRoot().resolve("examples/demo_network.json")), 1);
        InputKinds k = InputKinds.of(NetworkMapping.map(net), "RecExc", 30, net.config().tstopMs());
        assertEquals(794, k.kinds().get(0).loHz(), 0);
        assertEquals(7940, k.kinds().get(0).hiHz(), 0);
        assertEquals(0, k.kinds().get(1).loHz(), 0);
        assertEquals(1580, k.kinds().get(1).hiHz(), 0);
        assertEquals(4.0, k.kinds().get(1).qNS(), 0);
    }

    @Test
    void anotherSeedGivesTheSameCharacterisation() {
        // the realised Bernoulli in-degrees differ between seeds by ~0.05 %; the rounded ranges (and so the cache key) do not
        Network a = new Network(BuiltinNetworks.config("rsfs_config1", new NetworkFile.Overrides(null, null, 1L)), 1);
        Network b = new Network(BuiltinNetworks.config("rsfs_config1", new NetworkFile.Overrides(null, null, 7L)), 1);
        NetworkMapping.Mapping ma = NetworkMapping.map(a);
        NetworkMapping.Mapping mb = NetworkMapping.map(b);
        for (String pop : new String[] {"RS", "FS"}) {
            InputKinds ka = InputKinds.of(ma, pop, 30, 1500);
            InputKinds kb = InputKinds.of(mb, pop, 30, 1500);
            assertEquals(ka, kb);
            int i = pop.equals("RS") ? 0 : 1;
            CellType ca = CellType.of(a, a.populations().get(i), ma.populations().get(i).membrane(), false);
            CellType cb = CellType.of(b, b.populations().get(i), mb.populations().get(i).membrane(), false);
            assertEquals(NetworkTransferFunctions.key(ca, ka, ShotNoise.TEXTBOOK, Characterisation.Settings.DEFAULT),
                    NetworkTransferFunctions.key(cb, kb, ShotNoise.TEXTBOOK, Characterisation.Settings.DEFAULT));
        }
    }
}
