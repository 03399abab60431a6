package org.neurite.pointneuron.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;

/** NNGT's population API: factories, groups, meta-groups, set_param, syn_spec lookup. */
class NeuralPopTest {
    @Test
    @DisplayName("uniform and exc_and_inhib partition the ids; iratio rounds to whole neurons")
    void factories() {
        NeuralPop u = NeuralPop.uniform(10, "iaf_psc_alpha", Map.of());
        assertEquals(1, u.groupList().size());
        assertEquals(10, u.group("default").size());
        NeuralPop ei = NeuralPop.excAndInhib(1000, 0.2, "iaf_psc_alpha", Map.of(), "iaf_psc_exp", Map.of("tau_m", 5.0));
        NeuralGroup in = (NeuralGroup) ei.group("inhibitory");
        assertEquals(200, in.size());
        assertEquals(-1, in.neuronType());
        assertEquals("iaf_psc_exp", in.model());
        assertEquals(800, in.id(0));
        assertSame(in, ei.groupOf(999));
        assertThrows(BadInputException.class, () -> NeuralPop.excAndInhib(10, 1.5, "a", Map.of(), "b", Map.of()));
    }

    @Test
    @DisplayName("from_groups with explicit ids and meta-groups; a neuron in one group and many meta-groups")
    void fromGroups() {
        NeuralGroup a = new NeuralGroup("a", new int[] {0, 2, 4}, 1, "iaf_psc_delta", Map.of());
        NeuralGroup b = new NeuralGroup("b", new int[] {1, 3}, -1, "iaf_psc_delta", Map.of());
        MetaGroup m1 = new MetaGroup("evens-and-one", new int[] {0, 1, 2});
        MetaGroup m2 = new MetaGroup("one", new int[] {1});
        NeuralPop p = NeuralPop.fromGroups(List.of(a, b, m1, m2));
        assertEquals(5, p.size());
        assertSame(b, p.groupOf(1));
        assertArrayEquals(new int[] {0, 1, 2}, p.group("evens-and-one").ids());
        assertEquals(2, p.metaGroupList().size());
        assertThrows(BadInputException.class, () -> NeuralPop.fromGroups(List.of(a)), "ids 0..2 not covered");
        BadInputException e = assertThrows(BadInputException.class,
                () -> NeuralPop.fromGroups(List.of(a, new NeuralGroup("c", new int[] {2, 1, 3}, 1, "x", Map.of()))));
        assertTrue(e.getMessage().contains("already in group a"), e.getMessage());
    }

    @Test
    @DisplayName("create_group / set_param / synapse spec: pair names, then neuron types, then default")
    void editing() {
        NeuralPop p = new NeuralPop(6);
        p.createGroup(Group.range(0, 4), "e", 1, "iaf_psc_alpha", Map.of("tau_m", 10.0));
        p.createGroup(Group.range(4, 2), "i", -1, "iaf_psc_alpha", Map.of());
        p.setParam("e", Map.of("V_th", -50.0));
        NeuralGroup e = (NeuralGroup) p.group("e");
        assertEquals(10.0, e.parameters().get("tau_m"));
        assertEquals(-50.0, e.parameters().get("V_th"));
        SynapseSpec def = new SynapseSpec(null, new Distribution.Constant(1), null);
        SynapseSpec inh = new SynapseSpec("in", null, null);
        SynapseSpec ee = new SynapseSpec("ex", null, null);
        p.setDefaultSynapseSpec(def);
        p.setSynapseSpec(-1, 1, inh);
        p.setSynapseSpec("e", "e", ee);
        NeuralGroup i = (NeuralGroup) p.group("i");
        assertSame(ee, p.synapseSpec(e, e));
        assertSame(inh, p.synapseSpec(i, e));
        assertSame(def, p.synapseSpec(e, i));
        p.createMetaGroup("m", new int[] {3, 4});
        assertThrows(BadInputException.class, () -> p.setParam("m", Map.of("x", 1.0)));
        assertThrows(BadInputException.class, () -> p.createMetaGroup("e", new int[] {1}));
    }
}
