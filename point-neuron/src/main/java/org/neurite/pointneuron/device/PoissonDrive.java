package org.neurite.pointneuron.device;

import org.neurite.channels.input.RateWaveform;
import org.neurite.channels.receptor.SynapseBank;
import org.neurite.channels.rng.RandomStreams;
import org.neurite.pointneuron.sim.StepInput;

/**
 * An independent Poisson train per target neuron, delivered as event counts per step: NEST's
 * {@code poisson_generator} (each target gets its own train; its events arrive after the
 * connection delay) and ntwk's afferent drive ({@code construct_feedforward_input}: target i
 * receives a train at rate p·N_aff·F(t) with weight Q). The number of events of target i in step s
 * is Poisson with mean r(t)·dt, t = (s − delay)·dt the emission step's start (r held constant over
 * a step): by time rescaling, each target keeps the unused part of an Exp(1) draw and each step
 * uses up r·dt of it, one event per exhausted draw (exact for the piecewise-constant rate; the
 * cost is one subtraction per target and step plus one logarithm per event); when r·dt exceeds
 * {@value #INVERSION_ABOVE} events per step, a step's count is drawn instead by inversion of the
 * Poisson CDF (one uniform per target; the Exp(1) remainder is left as it is, which the
 * memorylessness of the exponential allows). Draws come from
 * target i's own stream: the same trains for any thread count and any run length. {@link Mode#BERNOULLI} draws at most one event per step with probability
 * r·dt instead (Brian2's {@code PoissonGroup}).
 *
 * <p>Each event adds {@code value} to port {@code port} of the target (the amount the target
 * model expects for the connection's weight).
 */
public final class PoissonDrive implements StepInput {
    /** How events per step are drawn. */
    public enum Mode {
        /** Poisson counts (exact for a Poisson process; NEST's poisson_generator). */
        POISSON,
        /** At most one event per step with probability r·dt (Brian2's PoissonGroup). */
        BERNOULLI
    }

    private final int block;
    private final int[] targets; // local indices, increasing
    private final RateWaveform rate; // [Hz] of t [ms]
    private final double startMs;
    private final double stopMs;
    private final int delaySteps;
    private final double dt;
    private final int port;
    private final double value;
    private final Mode mode;
    private final StreamArray rng;
    private final double[] budget; // remaining Exp(1) mass per target (POISSON mode)
    private final boolean identity; // targets are 0, 1, …, n−1
    private double[][] cdf; // per-thread scratch for inversion
    private SynapseBank bank; // non-null: events go straight into the port's bank
    /** Mean events per step above which counts are drawn by inversion. */
    static final double INVERSION_ABOVE = 1.0;
    private static final int MAX_TABLE = 4096;

    /**
     * @param block target block
     * @param targets local indices of the targets (increasing)
     * @param globalIds global ids of the targets (for their streams)
     * @param rate rate of each train [Hz] as a function of time [ms]
     * @param startMs first emission time [ms]
     * @param stopMs no emission at or after [ms]
     * @param delaySteps steps between emission and arrival
     * @param dtMs the step [ms]
     * @param port target port
     * @param value amount added per event
     * @param mode counts per step
     * @param streams random streams
     * @param name names the streams (e.g. "drive:AffExc->RecExc")
     */
    public PoissonDrive(int block, int[] targets, int[] globalIds, RateWaveform rate, double startMs, double stopMs,
                        int delaySteps, double dtMs, int port, double value, Mode mode, RandomStreams streams, String name) {
        this.block = block;
        this.targets = targets.clone();
        this.identity = Targets.isIdentity(this.targets);
        this.rate = rate;
        this.startMs = startMs;
        this.stopMs = stopMs;
        this.delaySteps = delaySteps;
        this.dt = dtMs;
        this.port = port;
        this.value = value;
        this.mode = mode;
        if (mode == Mode.BERNOULLI && rate.maxRateHz() * dtMs * 1e-3 > 1) {
            throw org.neurite.channels.io.BadInputException.parameter(name + " rate",
                    "r*dt = " + rate.maxRateHz() * dtMs * 1e-3 + " exceeds 1: a Bernoulli (PoissonGroup) train cannot follow it");
        }
        this.rng = new StreamArray(streams, name, globalIds);
        this.budget = new double[mode == Mode.POISSON ? targets.length : 0];
        for (int k = 0; k < budget.length; k++) {
            budget[k] = -Math.log(1.0 - rng.nextDouble(k));
        }
    }

    @Override
    public int block() {
        return block;
    }

    @Override
    public Writes writes() {
        return Writes.EVENTS;
    }

    @Override
    public void deliverInto(SynapseBank[] banks) {
        bank = banks[port];
    }

    @Override
    public void apply(long step, int from, int to, int thread) {
        double t = (step - delaySteps) * dt;
        if (t < startMs - 1e-9 * dt || t >= stopMs) {
            return;
        }
        double m = rate.rateHz(t) * dt * 1e-3;
        if (!(m > 0)) {
            return;
        }
        final boolean whole = identity;
        final int a = whole ? from : Targets.lowerBound(targets, from);
        final int e = whole ? to : Targets.lowerBound(targets, to);
        if (bank != null) {
            applyToBank(m, a, e, thread);
            return;
        }
        final double[] ports = inputArray();
        final double v = value;
        if (mode == Mode.BERNOULLI) {
            for (int k = a; k < e; k++) {
                if (rng.nextDouble(k) < m) {
                    ports[targets[k]] += v;
                }
            }
            return;
        }
        if (m > INVERSION_ABOVE) {
            double[] c = cdf[thread];
            int kmax = table(m, c);
            for (int k = a; k < e; k++) {
                ports[targets[k]] += inverse(rng.nextDouble(k), c, kmax) * v;
            }
            return;
        }
        final double[] left = budget;
        for (int k = a; k < e; k++) {
            double r = left[k] - m;
            if (r > 0) {
                left[k] = r;
                continue;
            }
            int cnt = 0;
            do {
                cnt++;
                r -= Math.log(1.0 - rng.nextDouble(k));
            } while (r <= 0);
            left[k] = r;
            ports[targets[k]] += cnt * v;
        }
    }

    /** {@link #apply} into the bank: the same draws, each target's events as one jump. */
    private void applyToBank(double m, int a, int e, int thread) {
        final SynapseBank bank = this.bank;
        final double v = value;
        if (mode == Mode.BERNOULLI) {
            for (int k = a; k < e; k++) {
                if (rng.nextDouble(k) < m) {
                    bank.deliver(targets[k], v);
                }
            }
            return;
        }
        if (m > INVERSION_ABOVE) {
            double[] c = cdf[thread];
            int kmax = table(m, c);
            for (int k = a; k < e; k++) {
                int cnt = inverse(rng.nextDouble(k), c, kmax);
                if (cnt > 0) {
                    bank.deliver(targets[k], cnt * v);
                }
            }
            return;
        }
        final double[] left = budget;
        for (int k = a; k < e; k++) {
            double r = left[k] - m;
            if (r > 0) {
                left[k] = r;
                continue;
            }
            int cnt = 0;
            do {
                cnt++;
                r -= Math.log(1.0 - rng.nextDouble(k));
            } while (r <= 0);
            left[k] = r;
            bank.deliver(targets[k], cnt * v);
        }
    }

    /**
     * The count whose CDF interval holds u (c[0 … kmax] the CDF, kmax ≥ 1): the first
     * {@value #UNROLLED} comparisons are summed without branches (their outcome is random, a
     * branch would be mispredicted about once per draw), the rare tail is searched on.
     */
    static int inverse(double u, double[] c, int kmax) {
        if (kmax >= UNROLLED) {
            int cnt = (u >= c[0] ? 1 : 0) + (u >= c[1] ? 1 : 0) + (u >= c[2] ? 1 : 0) + (u >= c[3] ? 1 : 0)
                    + (u >= c[4] ? 1 : 0) + (u >= c[5] ? 1 : 0) + (u >= c[6] ? 1 : 0) + (u >= c[7] ? 1 : 0);
            if (cnt < UNROLLED) {
                return cnt;
            }
            while (cnt < kmax && u >= c[cnt]) {
                cnt++;
            }
            return cnt;
        }
        int cnt = 0;
        while (cnt < kmax && u >= c[cnt]) {
            cnt++;
        }
        return cnt;
    }

    private static final int UNROLLED = 8;

    @Override
    public void prepare(int threads) {
        cdf = new double[threads][MAX_TABLE];
    }

    /**
     * Fills c with the Poisson(m) CDF until 1 − c[k] is below 1e-16 (or the table ends); returns
     * the index of the last entry.
     */
    static int table(double m, double[] c) {
        if (m > 700) {
            throw new IllegalStateException("Poisson drive: rate*dt = " + m + " events per step is beyond the sampler (max 700)");
        }
        double p = Math.exp(-m);
        double sum = p;
        int k = 0;
        c[0] = sum;
        while (1.0 - sum > 1e-16 && k + 1 < c.length) {
            k++;
            p *= m / k;
            sum += p;
            c[k] = sum;
            if (p == 0 && k > m) {
                break;
            }
        }
        return k;
    }

    private double[] portArrayCache;

    private double[] inputArray() {
        double[] p = portArrayCache;
        if (p == null) {
            throw new IllegalStateException("drive not bound to its block");
        }
        return p;
    }

    /** Binds the drive to the block's port input array (done once by the network builder). */
    public void bind(double[][] portInput) {
        portArrayCache = portInput[port];
    }

}
