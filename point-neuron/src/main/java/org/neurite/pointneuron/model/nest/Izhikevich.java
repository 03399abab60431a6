package org.neurite.pointneuron.model.nest;

import java.util.Arrays;
import java.util.List;
import org.neurite.channels.receptor.Delta;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.receptor.SynapseBank;
import org.neurite.channels.spi.ParameterSet;
import org.neurite.channels.spi.ParameterSpec;
import org.neurite.pointneuron.model.BlockSpec;
import org.neurite.pointneuron.model.Integrator;
import org.neurite.pointneuron.model.SpikeBuffer;
import org.neurite.pointneuron.model.core.BlockBase;
import org.neurite.pointneuron.model.core.Params;
import org.neurite.pointneuron.model.core.SynapsePorts;
import org.neurite.pointneuron.model.ode.OdeSystem;
import org.neurite.pointneuron.model.ode.Rkf45;

/**
 * NEST's {@code izhikevich} (Izhikevich 2003, IEEE Trans Neural Netw 14:1569), in its units
 * (V in mV, t in ms, I in the model's dimensionless current units as NEST takes them, pA):
 * <pre>
 *   dV/dt = 0.04 V² + 5 V + 140 − U + I_e + I_stim      dU/dt = a (b V − U)
 *   V ≥ V_th: spike, V ← c, U ← U + d
 * </pre>
 * Events are voltage jumps (mV, one port "delta", signed), added after the integration of the step
 * and before the threshold test; V is bounded below by V_min. No refractory period.
 *
 * <p>Integrators. {@link Integrator#FAST} is NEST's own numerics, which define the NEST model:
 * forward Euler at the simulation step ({@code consistent_integration} = 1, the default) or, with
 * consistent_integration = 0, the published scheme (two half steps for V, then U with the new V).
 * {@link Integrator#ACCURATE} integrates the ODE with RKF45 (|err| ≤ 1e-6·(1 + h·|y'|)) and tests
 * the threshold after every internal step, resetting inside the step; it converges to the
 * continuous model (see the tests), which the fixed-step scheme approximates to first order.
 * State variables V_m (initially −65 mV) and U_m (initially 0), NEST's initial values.
 */
public final class Izhikevich extends BlockBase {
    /** NEST's parameters and defaults. */
    public static List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.any("a", "1/ms", 0.02, "time scale of the recovery variable"),
                ParameterSpec.any("b", "1", 0.2, "sensitivity of the recovery variable"),
                ParameterSpec.any("c", "mV", -65.0, "after-spike reset value of V_m"),
                ParameterSpec.any("d", "mV/ms", 8.0, "after-spike increment of U_m"),
                ParameterSpec.any("I_e", "pA", 0.0, "constant external current"),
                ParameterSpec.any("V_th", "mV", 30.0, "spike threshold"),
                ParameterSpec.any("V_min", "mV", -Double.MAX_VALUE, "lower bound of V_m (default: none)"),
                new ParameterSpec("consistent_integration", "1", 1.0, 0.0, 1.0,
                        "1: forward Euler (NEST default); 0: Izhikevich's published numerics (FAST mode)"));
    }

    /** Error tolerance of the ACCURATE mode. */
    public static final double ERROR_TOLERANCE = 1e-6;

    private final double a;
    private final double b;
    private final double c;
    private final double d;
    private final double iE;
    private final double vTh;
    private final double vMin;
    private final boolean consistent;
    private final boolean accurate;
    private final double[] v;
    private final double[] u;
    private final double[] iStim;
    private final double[] hStep;
    private final ThreadLocal<Work> work;

    /** Builds a block from a spec (parameters as {@link #parameters()}). */
    public Izhikevich(BlockSpec spec) {
        super("izhikevich", spec.size(), spec.dtMs(),
                new SynapsePorts(List.of(Receptor.current("delta", new Delta())), spec.size(), spec.dtMs()), List.of("V_m", "U_m"));
        ParameterSet p = spec.parameters();
        Params.requireBelow(p, "c", "V_th");
        a = p.get("a");
        b = p.get("b");
        c = p.get("c");
        d = p.get("d");
        iE = p.get("I_e");
        vTh = p.get("V_th");
        vMin = p.get("V_min");
        consistent = p.get("consistent_integration") != 0.0;
        accurate = spec.integrator() == Integrator.ACCURATE;
        v = new double[n];
        Arrays.fill(v, -65.0);
        u = new double[n];
        iStim = new double[n];
        hStep = new double[accurate ? n : 0];
        Arrays.fill(hStep, dt);
        work = accurate ? ThreadLocal.withInitial(Work::new) : null;
    }

    @Override
    public void update(long step, int from, int to, SpikeBuffer spiked) {
        ports.deliver(from, to);
        final SynapseBank kicks = ports.bank(0);
        final double h = dt;
        Work wk = accurate ? work.get() : null;
        for (int i = from; i < to; i++) {
            double drive = iE + iStim[i];
            double vi = v[i];
            double ui = u[i];
            boolean fired = false;
            if (accurate) {
                double[] y = wk.y;
                y[0] = vi;
                y[1] = ui;
                wk.drive = drive;
                double t = 0.0;
                double hs = hStep[i];
                while (t < h) {
                    t = wk.rk.step(wk, t, h, hs, y);
                    hs = wk.rk.suggestedStep();
                    if (y[0] >= vTh) {
                        fired = true;
                        y[0] = c;
                        y[1] += d;
                    }
                }
                hStep[i] = hs;
                vi = y[0];
                ui = y[1];
            } else if (consistent) {
                double v0 = vi;
                vi += h * (0.04 * v0 * v0 + 5.0 * v0 + 140.0 - ui + drive);
                ui += h * a * (b * v0 - ui);
            } else {
                vi += 0.5 * h * (0.04 * vi * vi + 5.0 * vi + 140.0 - ui + drive);
                vi += 0.5 * h * (0.04 * vi * vi + 5.0 * vi + 140.0 - ui + drive);
                ui += h * a * (b * vi - ui);
            }
            vi += kicks.value(i);
            if (vi < vMin) {
                vi = vMin;
            }
            if (vi >= vTh) {
                vi = c;
                ui += d;
                fired = true;
            }
            if (fired) {
                spiked.add(i);
            }
            v[i] = vi;
            u[i] = ui;
            iStim[i] = currentIn[i];
            currentIn[i] = 0.0;
        }
        ports.advance(from, to);
    }

    /** Per-thread RKF45 workspace and right-hand side. */
    private final class Work implements OdeSystem {
        final Rkf45 rk = Rkf45.derivativeScaled(2, ERROR_TOLERANCE);
        final double[] y = new double[2];
        double drive;

        @Override
        public void derivatives(double t, double[] yy, double[] dydt) {
            double vv = Math.min(yy[0], vTh);
            dydt[0] = 0.04 * vv * vv + 5.0 * vv + 140.0 - yy[1] + drive;
            dydt[1] = a * (b * vv - yy[1]);
        }
    }

    @Override
    public int portForWeight(double weight) {
        return 0;
    }

    @Override
    public double recordable(int variable, int i) {
        return variable == 0 ? v[i] : u[i];
    }

    @Override
    public void setState(String variable, int i, double value) {
        int k = variableIndex(variable);
        checkNeuron(i);
        checkFinite(model, variable, value);
        if (k == 0) {
            v[i] = value;
        } else {
            u[i] = value;
        }
    }
}
