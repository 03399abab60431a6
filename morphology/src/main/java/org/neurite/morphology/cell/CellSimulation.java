package org.neurite.morphology.cell;

import java.util.ArrayList;
import java.util.List;
import org.neurite.channels.input.CurrentSource;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.record.TraceRecord;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.morphology.cable.CableSystem;
import org.neurite.morphology.cable.MembraneMechanism;
import org.neurite.morphology.cable.TimeStepping;
import org.neurite.morphology.synapse.CellSynapses;

/**
 * Runs one {@link CellModel}: current clamps (any {@link CurrentSource}, sampled at each step's
 * midpoint as NEURON's IClamp), voltage probes, and the voltage of every compartment at an interval
 * (for the viewer), and synapses ({@link CellSynapses}). Per step, in Arbor's order: synaptic events
 * due at the step → currents (clamps, membrane mechanisms, synapses) → Hines solve → mechanism
 * and synapse states → threshold (none yet).
 *
 * <p>Records: probes as a {@link TraceRecord} of population {@code probes}, variable {@code v}
 * (node ids = compartments); all compartments as population {@code compartments}, variable
 * {@code v} (node ids 0 … n−1). Time of sample k: k·interval; the first sample is the initial state.
 * Units: ms, mV, pA.
 */
public final class CellSimulation {
    private final CellModel model;
    private final double dt;
    private final TimeStepping stepping;
    private final double celsius;
    private final List<CurrentSource> clampSources = new ArrayList<>();
    private final List<int[]> clampTargets = new ArrayList<>(); // {compartment, output}
    private final List<String> probeNames = new ArrayList<>();
    private final List<Integer> probeNodes = new ArrayList<>();
    private double probeEveryMs;
    private double allEveryMs = Double.NaN;
    private TraceRecord probeRecord;
    private TraceRecord allRecord;
    private CellSynapses synapses;
    private double setupSeconds;
    private double runSeconds;

    /**
     * @param model the cell
     * @param dtMs time step [ms]
     * @param stepping backward Euler or Crank–Nicolson
     * @param celsius temperature [°C] (for channels' q10)
     */
    public CellSimulation(CellModel model, double dtMs, TimeStepping stepping, double celsius) {
        if (!(dtMs > 0) || !Double.isFinite(dtMs)) {
            throw BadInputException.parameter("dt", "must be > 0 ms, got " + dtMs);
        }
        this.model = model;
        this.dt = dtMs;
        this.stepping = stepping;
        this.celsius = celsius;
        this.probeEveryMs = dtMs;
    }

    /** Adds a current clamp: output {@code output} of the source flows into compartment c. */
    public void addCurrentClamp(int compartment, CurrentSource source, int output) {
        checkCompartment(compartment);
        if (output < 0 || output >= source.size()) {
            throw new IllegalArgumentException("current source output " + output + " out of range");
        }
        clampSources.add(source);
        clampTargets.add(new int[] {compartment, output});
    }

    /**
     * Puts synapses on the cell (built on this cell's discretisation with this simulation's dt);
     * they take part in every following run.
     */
    public void setSynapses(CellSynapses s) {
        if (s.dt() != dt) {
            throw new IllegalArgumentException("synapses were built for dt " + s.dt() + " ms, the simulation steps " + dt + " ms");
        }
        if (s.discretization() != model.discretization()) {
            throw new IllegalArgumentException("synapses were placed on another discretisation than this cell's");
        }
        this.synapses = s;
    }

    /** The synapses, or null. */
    public CellSynapses synapses() {
        return synapses;
    }

    /** Adds a voltage probe at a compartment; returns its column in the probe record. */
    public int addProbe(String name, int compartment) {
        checkCompartment(compartment);
        if (probeNames.contains(name)) {
            throw BadInputException.parameter("probe " + name, "name used twice");
        }
        probeNames.add(name);
        probeNodes.add(compartment);
        return probeNames.size() - 1;
    }

    /** Samples probes every interval [ms] (a whole number of steps; default every step). */
    public void recordProbesEvery(double everyMs) {
        stepsPer(everyMs, "probe_every_ms");
        this.probeEveryMs = everyMs;
    }

    /** Samples every compartment's voltage every interval [ms] (a whole number of steps). */
    public void recordAllEvery(double everyMs) {
        stepsPer(everyMs, "record_all_every_ms");
        this.allEveryMs = everyMs;
    }

    private void checkCompartment(int c) {
        if (c < 0 || c >= model.discretization().size()) {
            throw new IllegalArgumentException("compartment " + c + " out of range");
        }
    }

    private int stepsPer(double everyMs, String what) {
        double k = everyMs / dt;
        long r = Math.round(k);
        if (!(everyMs > 0) || r < 1 || Math.abs(k - r) > 1e-9 * Math.max(1, k)) {
            throw BadInputException.parameter(what, "must be a positive multiple of dt = " + dt + " ms, got " + everyMs);
        }
        return (int) r;
    }

    /** Names of the probes, in column order. */
    public List<String> probeNames() {
        return List.copyOf(probeNames);
    }

    /**
     * Runs from v_init at t = 0 to tstop.
     *
     * @param tstopMs end time [ms] (rounded to whole steps)
     * @param vInitMV initial voltage everywhere [mV]
     * @param progress progress of the run (steps)
     */
    public void run(double tstopMs, double vInitMV, ProgressListener progress) {
        if (!(tstopMs >= 0) || !Double.isFinite(tstopMs)) {
            throw BadInputException.parameter("tstop", "must be >= 0 ms, got " + tstopMs);
        }
        if (!Double.isFinite(vInitMV)) {
            throw BadInputException.parameter("v_init", "must be finite, got " + vInitMV);
        }
        long t0 = System.nanoTime();
        var disc = model.discretization();
        MembraneMechanism[] mechs = model.mechanisms(dt, celsius);
        if (synapses != null) {
            mechs = java.util.Arrays.copyOf(mechs, mechs.length + 1);
            mechs[mechs.length - 1] = synapses.mechanism();
        }
        CableSystem cable = new CableSystem(disc.parents(), disc.capacitances(), disc.axialConductances(), mechs, dt, stepping);
        final int n = cable.size();
        final int nc = clampSources.size();
        final CurrentSource[] sources = clampSources.toArray(new CurrentSource[0]);
        final int[] target = new int[nc];
        final int[] output = new int[nc];
        final double[][] buffer = new double[nc][];
        for (int k = 0; k < nc; k++) {
            target[k] = clampTargets.get(k)[0];
            output[k] = clampTargets.get(k)[1];
            buffer[k] = new double[sources[k].size()];
            sources[k].reset();
        }
        int[] probes = probeNodes.stream().mapToInt(Integer::intValue).toArray();
        int probeEvery = stepsPer(probeEveryMs, "probe_every_ms");
        probeRecord = new TraceRecord("probes", "v", "mV", probes, 0.0, probeEvery * dt);
        int allEvery = Double.isNaN(allEveryMs) ? 0 : stepsPer(allEveryMs, "record_all_every_ms");
        int[] everyNode = new int[n];
        for (int i = 0; i < n; i++) {
            everyNode[i] = i;
        }
        allRecord = allEvery > 0 ? new TraceRecord("compartments", "v", "mV", everyNode, 0.0, allEvery * dt) : null;
        long steps = Math.round(tstopMs / dt);
        cable.init(vInitMV);
        final double[] v = cable.voltages();
        final double[] inj = cable.injected();
        final CellSynapses syn = synapses;
        if (syn != null) {
            syn.reset(steps, probeEvery * dt);
            syn.sampleProbes(v);
        }
        if (probes.length > 0) {
            probeRecord.addSample(v, probes);
        }
        if (allRecord != null) {
            allRecord.addSample(v);
        }
        long t1 = System.nanoTime();
        setupSeconds = (t1 - t0) * 1e-9;
        long reportEvery = Math.max(1, steps / 200);
        int sinceProbe = 0;
        int sinceAll = 0;
        for (long step = 0; step < steps; step++) {
            double t = step * dt;
            if (syn != null) {
                syn.beforeStep(step);
            }
            // currents: clamps (mechanism currents are collected inside the cable step)
            for (int k = 0; k < nc; k++) {
                inj[target[k]] = 0.0;
            }
            for (int k = 0; k < nc; k++) {
                sources[k].sample(t, dt, buffer[k]);
                inj[target[k]] += buffer[k][output[k]];
            }
            cable.step();
            // threshold detection: none for a passive cell
            if (++sinceProbe == probeEvery) {
                sinceProbe = 0;
                if (probes.length > 0) {
                    probeRecord.addSample(v, probes);
                }
                if (syn != null) {
                    syn.sampleProbes(v);
                }
            }
            if (allRecord != null && ++sinceAll == allEvery) {
                sinceAll = 0;
                allRecord.addSample(v);
            }
            if ((step + 1) % reportEvery == 0) {
                progress.progress(step + 1, steps);
            }
        }
        runSeconds = (System.nanoTime() - t1) * 1e-9;
    }

    /** The probe record of the last run. */
    public TraceRecord probeRecord() {
        if (probeRecord == null) {
            throw new IllegalStateException("run() first");
        }
        return probeRecord;
    }

    /** The every-compartment record of the last run, or null if not requested. */
    public TraceRecord allRecord() {
        return allRecord;
    }

    /** Wall time of the last run's set-up (building the cable system) [s]. */
    public double setupSeconds() {
        return setupSeconds;
    }

    /** Wall time of the last run's time loop [s]. */
    public double runSeconds() {
        return runSeconds;
    }

    public CellModel model() {
        return model;
    }

    public double dt() {
        return dt;
    }

    public TimeStepping stepping() {
        return stepping;
    }
}
