package org.neurite.pointneuron.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.Json;
import org.neurite.channels.record.SpikeRecord;
import org.neurite.channels.record.TraceRecord;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.pointneuron.build.Projection;
import org.neurite.pointneuron.build.Tsodyks2Synapse;
import org.neurite.pointneuron.config.NetworkFile;
import org.neurite.pointneuron.run.BuiltinNetworks;
import org.neurite.pointneuron.run.Network;

/**
 * NEST's {@code tsodyks2_synapse} in networks, against the model's update equations as NEST
 * documents them (NEST model docs "tsodyks2_synapse"; Tsodyks &amp; Markram 1997, PNAS 94:719;
 * Fuhrmann et al. 2002, J Neurophysiol 87:140, eqs. 4–5). For one synapse, at its n-th presynaptic
 * spike (time stamp t_n, previous t_{n−1}, t_0 = 0 and x = 1, u = U before the first spike):
 * <pre>
 *   x_n = 1 + (x_{n−1} − x_{n−1}·u_{n−1} − 1)·exp(−(t_n − t_{n−1})/τ_rec)
 *   u_n = U + u_{n−1}·(1 − U)·exp(−(t_n − t_{n−1})/τ_fac)      (0 for τ_fac = 0)
 *   PSC amplitude A_n = w·u_n·x_n
 * </pre>
 * For a regular train (t_n = t_1 + (n − 1)·T) with d = e^{−T/τ_rec} and f = e^{−T/τ_fac} the
 * recursions are linear with constant coefficients, which gives the closed forms used below:
 * <ul>
 *   <li>u_n = u* + (u_1 − u*)·((1 − U) f)^{n−1}, u* = U / (1 − (1 − U) f),
 *       u_1 = U + U (1 − U) e^{−t_1/τ_fac};</li>
 *   <li>depression only (τ_fac = 0, u ≡ U): x_n = x* + (x_1 − x*)·((1 − U) d)^{n−1},
 *       x* = (1 − d) / (1 − (1 − U) d), x_1 = 1 − U e^{−t_1/τ_rec};</li>
 *   <li>with facilitation, the stationary amplitude is w·u*·x*, x* = (1 − d)/(1 − (1 − u*) d)
 *       (Tsodyks, Pawelzik &amp; Markram 1998, Neural Comput 10:821).</li>
 * </ul>
 * The amplitudes are read from the target's conductance g_ex (iaf_cond_exp, sampled every step):
 * between samples g decays by exactly P = e^{−h/τ_syn}, so g[k+1] − P·g[k] is the event that
 * arrived, 0 otherwise.
 */
class ShortTermPlasticityTest {
    static final double DT = 0.1;
    static final double TAU_SYN = 2.0;
    static final double W = 3.0; // nS

    /**
     * One presynaptic iaf_psc_delta made to fire by a spike_generator (100 mV kicks) at t_gen_k,
     * connected all-to-all with tsodyks2 to 7 iaf_cond_exp targets (no spikes: V_th 1000 mV).
     */
    static String trainNetwork(double first, double period, int count, double bigU, double tauRec, double tauFac, double delay) {
        StringBuilder times = new StringBuilder();
        for (int k = 0; k < count; k++) {
            times.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f", first + k * period));
        }
        double tstop = first + count * period + 20.0;
        return String.format(Locale.ROOT, """
                {"dt": %s, "tstop": %s, "seed": 4,
                 "groups": [
                   {"name": "pre", "size": 1, "model": "iaf_psc_delta",
                    "params": {"E_L": 0.0, "V_th": 20.0, "V_reset": 0.0, "C_m": 1.0, "tau_m": 20.0, "t_ref": 0.5}},
                   {"name": "post", "size": 7, "model": "iaf_cond_exp",
                    "params": {"V_th": 1000.0, "tau_syn_ex": %s}}],
                 "connections": [
                   {"pre": "pre", "post": "post", "rule": "all_to_all", "weight": %s, "delay": %s,
                    "synapse_model": "tsodyks2_synapse", "U": %s, "tau_rec": %s, "tau_fac": %s}],
                 "devices": [
                   {"type": "spike_generator", "target": "pre", "spike_times": [%s], "weight": 100.0, "delay": 0.1},
                   {"type": "spike_recorder", "target": "pre"},
                   {"type": "multimeter", "target": "post", "record_from": ["g_ex"], "interval": 0.1}]}
                """, DT, tstop, TAU_SYN, W, delay, bigU, tauRec, tauFac, times);
    }

    static Network run(String json, int threads) {
        Network net = new Network(NetworkFile.parse(Json.parse(json, "stp.json")), threads);
        net.run(ProgressListener.NONE);
        return net;
    }

    /** The event sizes seen by target j: g[k+1] − P·g[k] where it exceeds 1e-9 nS. */
    static List<Double> amplitudes(TraceRecord g, int j) {
        double p = Math.exp(-DT / TAU_SYN);
        List<Double> out = new ArrayList<>();
        for (int k = 0; k + 1 < g.sampleCount(); k++) {
            double jump = g.value(k + 1, j) - p * g.value(k, j);
            if (jump > 1e-9) {
                out.add(jump);
            } else {
                assertTrue(Math.abs(jump) < 1e-12, "no event: pure decay at sample " + k);
            }
        }
        return out;
    }

    /** The presynaptic stamps; checks that they form the regular train asked for. */
    static double[] stamps(Network net, int count, double period) {
        SpikeRecord pre = net.spikeRecords().get(0);
        assertEquals(count, pre.size(), "the presynaptic cell follows the generator");
        double[] t = pre.timesMs();
        for (int k = 1; k < count; k++) {
            assertEquals(period, t[k] - t[k - 1], 1e-9, "regular train");
        }
        return t;
    }

    @Test
    @DisplayName("depression (tau_fac = 0): every PSC amplitude equals the closed form w·U·x_n to 1e-12")
    void depressionClosedForm() {
        double bigU = 0.4;
        double tauRec = 200.0;
        double period = 50.0;
        int count = 25;
        for (int threads = 1; threads <= 2; threads++) {
            Network net = run(trainNetwork(100.0, period, count, bigU, tauRec, 0.0, 1.0), threads);
            double[] t = stamps(net, count, period);
            double d = Math.exp(-period / tauRec);
            double xStar = (1 - d) / (1 - (1 - bigU) * d);
            double x1 = 1 - bigU * Math.exp(-t[0] / tauRec);
            TraceRecord g = net.traces().get(0);
            for (int j = 0; j < 7; j++) {
                List<Double> a = amplitudes(g, j);
                assertEquals(count, a.size(), "one event per presynaptic spike, target " + j);
                for (int n = 1; n <= count; n++) {
                    double xn = xStar + (x1 - xStar) * Math.pow((1 - bigU) * d, n - 1);
                    assertEquals(W * bigU * xn, a.get(n - 1), 1e-12 * W, "A_" + n + " of target " + j + ", " + threads + " thread(s)");
                }
                assertTrue(a.get(count - 1) < 0.6 * a.get(0), "the train depresses the synapse");
            }
        }
    }

    @Test
    @DisplayName("facilitation (Markram 1998 values): u_1, x_1, A_2 from the update equations, steady state w·u*·x* to 1e-9")
    void facilitationClosedForm() {
        double bigU = 0.03;
        double tauRec = 130.0;
        double tauFac = 530.0;
        double period = 50.0;
        int count = 200;
        Network net = run(trainNetwork(100.0, period, count, bigU, tauRec, tauFac, 1.5), 2);
        double[] t = stamps(net, count, period);
        double d = Math.exp(-period / tauRec);
        double f = Math.exp(-period / tauFac);
        double u1 = bigU + bigU * (1 - bigU) * Math.exp(-t[0] / tauFac);
        double x1 = 1 - bigU * Math.exp(-t[0] / tauRec);
        double u2 = bigU + u1 * (1 - bigU) * f;
        double x2 = 1 + (x1 - x1 * u1 - 1) * d;
        double uStar = bigU / (1 - (1 - bigU) * f);
        double xStar = (1 - d) / (1 - (1 - uStar) * d);
        List<Double> a = amplitudes(net.traces().get(0), 3);
        assertEquals(count, a.size());
        assertEquals(W * u1 * x1, a.get(0), 1e-12 * W, "A_1");
        assertEquals(W * u2 * x2, a.get(1), 1e-12 * W, "A_2");
        assertEquals(W * uStar * xStar, a.get(count - 1), 1e-9 * W, "stationary amplitude");
        assertTrue(a.get(4) > 1.5 * a.get(0), "the train facilitates: A_5/A_1 = " + a.get(4) / a.get(0));
        // u_n in closed form: A_n / u_n must follow the x recursion with u_{n-1}
        double x = x1;
        for (int n = 2; n <= count; n++) {
            double uPrev = uStar + (u1 - uStar) * Math.pow((1 - bigU) * f, n - 2);
            double un = uStar + (u1 - uStar) * Math.pow((1 - bigU) * f, n - 1);
            x = 1 + (x - x * uPrev - 1) * d;
            assertEquals(W * un * x, a.get(n - 1), 1e-11 * W, "A_" + n);
        }
    }

    @Test
    @DisplayName("1 and 2 threads give identical spikes with tsodyks2 synapses (delayed ring path and zero-delay bank path)")
    void threads() {
        String brunel = BuiltinNetworks.text("brunel_panel_c")
                .replace("\"size\": 10000", "\"size\": 2000").replace("\"size\": 2500", "\"size\": 500")
                .replace("\"indegree\": 1000}, \"weight\": 0.1, \"delay\": 1.5",
                        "\"indegree\": 200}, \"weight\": 1.5, \"delay\": {\"distribution\": \"uniform\", \"low\": 1.0, \"high\": 2.0},"
                                + " \"synapse_model\": \"tsodyks2_synapse\", \"U\": 0.3, \"tau_rec\": 400.0, \"tau_fac\": 20.0")
                .replace("\"indegree\": 250}, \"weight\": 0.5, \"delay\": 1.5", "\"indegree\": 50}, \"weight\": 2.5, \"delay\": 1.5")
                .replace("\"rate\": 20000.0, \"weight\": 0.1", "\"rate\": 4000.0, \"weight\": 0.5");
        String rsfs = BuiltinNetworks.text("rsfs_config1").replace("\"weight\": 1.0, \"delay\": 0.0, \"receptor\": \"exc\"",
                "\"weight\": 3.0, \"delay\": 0.0, \"receptor\": \"exc\", \"synapse_model\": \"tsodyks2_synapse\", \"U\": 0.3, \"tau_rec\": 300.0");
        for (String text : new String[] {brunel, rsfs}) {
            assertTrue(text.contains("tsodyks2_synapse"), "the test edits the network");
            Network[] n = new Network[2];
            for (int t = 0; t < 2; t++) {
                n[t] = new Network(NetworkFile.parse(Json.parse(text, "plastic.json"), new NetworkFile.Overrides(null, 120.0, 5L)), t + 1);
                n[t].run(ProgressListener.NONE);
            }
            assertTrue(n[0].projections().stream().anyMatch(p -> p.plasticity() != null), "plastic projections built");
            SimulationTest.assertSameRecords(n[0].spikeRecords(), n[1].spikeRecords());
            Network stat = new Network(NetworkFile.parse(Json.parse(text.replace("tsodyks2_synapse\", \"U\": 0.3,",
                    "static_synapse\", \"U\": 0.3,").replaceAll(", \"U\": 0.3, \"tau_rec\": [0-9.]+(, \"tau_fac\": 20.0)?", ""),
                    "static.json"), new NetworkFile.Overrides(null, 120.0, 5L)), 1);
            stat.run(ProgressListener.NONE);
            assertTrue(stat.projections().stream().allMatch(p -> p.plasticity() == null));
            assertNotEquals(stat.spikeRecords().get(0).size(), n[0].spikeRecords().get(0).size(), "plasticity changes the activity");
        }
    }

    @Test
    @DisplayName("syn_spec carries the synapse model; plastic state is allocated only for plastic projections and counted in bytes")
    void synSpecAndMemory() {
        String json = """
                {"dt": 0.1, "tstop": 10.0,
                 "groups": [{"name": "a", "size": 50, "model": "iaf_psc_alpha"}, {"name": "b", "size": 40, "model": "iaf_psc_alpha"}],
                 "syn_spec": {"a->b": {"synapse_model": "tsodyks2_synapse", "U": 0.2, "tau_fac": 100.0}},
                 "connections": [
                   {"pre": "a", "post": "b", "rule": {"rule": "fixed_indegree", "indegree": 10}, "weight": 5.0, "delay": 1.0},
                   {"pre": "b", "post": "a", "rule": {"rule": "fixed_indegree", "indegree": 10}, "weight": 5.0, "delay": 1.0},
                   {"pre": "a", "post": "b", "rule": {"rule": "fixed_indegree", "indegree": 5}, "weight": 5.0, "delay": 1.0,
                    "synapse_model": "static_synapse"}]}
                """;
        Network net = new Network(NetworkFile.parse(Json.parse(json, "syn.json")), 1);
        List<Projection> p = net.projections();
        assertEquals(3, p.size());
        Tsodyks2Synapse m = (Tsodyks2Synapse) p.get(0).synapseModel();
        assertEquals(0.2, m.bigU());
        assertEquals(800.0, m.tauRecMs(), "NEST's default tau_rec");
        assertEquals(100.0, m.tauFacMs());
        assertEquals(0.2, m.uInit(), "u starts at U");
        assertEquals(1.0, m.xInit());
        assertEquals(400, p.get(0).plasticity().size());
        assertNull(p.get(1).plasticity(), "b->a has the default (static) spec");
        assertNull(p.get(2).plasticity(), "an explicit static_synapse overrides the pair's spec");
        assertEquals(4L * 51 + 4L * 400 + 24L * 400, p.get(0).bytes(), "CSR rows + targets + u, x, t_last per synapse");
        assertEquals(4L * 41 + 4L * 500, p.get(1).bytes(), "static: rows and targets only");
    }

    @Test
    @DisplayName("bad tsodyks2 input: one error naming the file, line and key")
    void badInput() {
        String base = """
                {"groups": [{"name": "a", "size": 5, "model": "iaf_psc_alpha"}],
                 "connections": [{"pre": "a", "post": "a", "rule": "all_to_all",
                   %s}]}
                """;
        String[][] cases = {
                {"\"synapse_model\": \"tsodyks_synapse\"", "unknown synapse model \"tsodyks_synapse\""},
                {"\"synapse_model\": \"tsodyks2_synapse\", \"U\": 1.5", "U: must be in (0, 1], got 1.5"},
                {"\"synapse_model\": \"tsodyks2_synapse\",\n \"tau_rec\": 0", "tau_rec: must be > 0 [ms], got 0.0"},
                {"\"synapse_model\": \"tsodyks2_synapse\", \"tau_fac\": -1", "tau_fac: must be >= 0 [ms], got -1.0"},
                {"\"synapse_model\": \"tsodyks2_synapse\", \"x\": 2", "x: must be in [0, 1], got 2.0"},
                {"\"U\": 0.5", "U: is a parameter of tsodyks2_synapse"},
                {"\"synapse_model\": \"static_synapse\", \"tau_rec\": 100", "static_synapse has no parameter \"tau_rec\""}};
        for (String[] c : cases) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> new Network(NetworkFile.parse(Json.parse(String.format(Locale.ROOT, base, c[0]), "bad.json")), 1));
            assertTrue(e.getMessage().startsWith("bad.json:"), e.getMessage());
            assertTrue(e.getMessage().contains(c[1]), "expected \"" + c[1] + "\" in: " + e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        }
        BadInputException e = assertThrows(BadInputException.class, () -> new Network(NetworkFile.parse(Json.parse(
                String.format(Locale.ROOT, base, "\"synapse_model\": \"tsodyks2_synapse\",\n \"tau_rec\": 0"), "bad.json")), 1));
        assertTrue(e.getMessage().startsWith("bad.json:4:"), "the line of tau_rec: " + e.getMessage());
    }
}
