package org.neurite.morphology.cell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.neurite.channels.input.CurrentSource;
import org.neurite.channels.input.DcSource;
import org.neurite.channels.input.StepSource;
import org.neurite.channels.io.AtomicFile;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.record.TraceRecord;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.units.Units;
import org.neurite.morphology.io.MorphologyFile;
import org.neurite.morphology.io.NeuromlCell;
import org.neurite.morphology.region.Region;
import org.neurite.morphology.synapse.CellSynapses;
import org.neurite.morphology.synapse.RecordedSpikes;
import org.neurite.morphology.tree.Location;

/**
 * {@code neurite cell run}: reads a {@link CellSpec}, loads the morphology, paints the passive
 * properties (a NeuroML cell's own cm and Ra first, then the spec's entries) and the channels
 * ({@link ChannelSpec}: a NeuroML cell's own, then the spec's), discretises, adds
 * clamps, probes and synapses (and, for {@code neurite replay}, the replayed populations of a
 * network's spike file: {@link ReplayRun}), runs, and writes {@code cell.h5} ({@link CellFile}) and
 * the probe CSV ({@code t_ms, v_<probe>_mV, …}), each whole or not at all.
 */
public final class CellRun {
    private final CellSpec spec;
    private final MorphologyFile file;
    private final CellModel model;
    private final CellSimulation sim;
    private final double vInit;
    private final RecordedSpikes network;

    private CellRun(CellSpec spec, RecordedSpikes network) {
        this.spec = spec;
        this.network = network;
        this.file = MorphologyFile.read(spec.morphology, spec.convention, spec.cellId);
        if (spec.cellId != null && file.neuroml() == null) {
            throw spec.root.require("cell").error("picks a cell of a NeuroML file; " + spec.morphology.getFileName()
                    + " is an SWC file (one cell)");
        }
        SpecResolver resolve = new SpecResolver(file);
        CellModel.Builder b = CellModel.builder(file.morphology()).policy(spec.policy);
        double vFromFile = Double.NaN;
        if (file.neuroml() != null) {
            NeuromlCell.Biophysics bio = file.neuroml().biophysics();
            for (NeuromlCell.Value v : bio.specificCapacitance()) {
                b.cm(group(v.segmentGroup()), v.value());
            }
            for (NeuromlCell.Value v : bio.resistivity()) {
                b.ra(group(v.segmentGroup()), v.value());
            }
            if (!bio.initMembPotential().isEmpty()) {
                vFromFile = bio.initMembPotential().get(0).value();
            }
        }
        for (JsonValue p : spec.passive) {
            p.requireKnownKeys(Set.of("region", "Ra", "cm", "g_pas", "e_pas"));
            Region r = p.has("region") ? resolve.region(p.require("region")) : Region.all();
            try {
                if (p.has("Ra")) {
                    b.ra(r, p.require("Ra").asDouble());
                }
                if (p.has("cm")) {
                    b.cm(r, p.require("cm").asDouble());
                }
                if (p.has("g_pas") || p.has("e_pas")) {
                    b.pas(r, p.has("g_pas") ? p.require("g_pas").asDouble() : 0.001, p.getDouble("e_pas", -70));
                }
            } catch (BadInputException e) {
                throw p.error(e.getMessage().replaceFirst("^parameter ", ""));
            }
        }
        spec.channels.paint(b, resolve, file, spec.celsius);
        this.model = b.build();
        this.vInit = !Double.isNaN(spec.vInit) ? spec.vInit : !Double.isNaN(vFromFile) ? vFromFile : -65.0;
        this.sim = new CellSimulation(model, spec.dt, spec.solver, spec.celsius);
        for (JsonValue c : spec.clamps) {
            c.requireKnownKeys(Set.of("location", "amp_nA", "delay_ms", "dur_ms", "times_ms", "amps_nA"));
            Location loc = resolve.location(c.require("location"));
            CurrentSource src;
            if (c.has("times_ms")) {
                double[] t = c.require("times_ms").asDoubleArray();
                double[] a = c.require("amps_nA").asDoubleArray();
                double[] pa = new double[a.length];
                for (int i = 0; i < a.length; i++) {
                    pa[i] = Units.nAtoPA(a[i]);
                }
                try {
                    src = new StepSource(t, pa);
                } catch (BadInputException e) {
                    throw c.error(e.getMessage().replaceFirst("^parameter ", ""));
                }
            } else {
                double delay = c.getDouble("delay_ms", 0);
                double dur = c.getDouble("dur_ms", Double.POSITIVE_INFINITY);
                if (!(dur >= 0)) {
                    throw c.require("dur_ms").error("must be >= 0, got " + dur);
                }
                src = new DcSource(Units.nAtoPA(c.require("amp_nA").asDouble()), delay, delay + dur);
            }
            sim.addCurrentClamp(model.discretization().compartmentAt(loc), src, 0);
        }
        for (JsonValue p : spec.probes) {
            p.requireKnownKeys(Set.of("name", "location"));
            String name = p.require("name").asString();
            if (!name.matches("[A-Za-z0-9_.\\-]+")) {
                throw p.require("name").error("probe names use letters, digits, _ . - only (they become CSV columns)");
            }
            try {
                sim.addProbe(name, model.discretization().compartmentAt(resolve.location(p.require("location"))));
            } catch (BadInputException e) {
                if (e.getMessage().startsWith("parameter probe")) {
                    throw p.require("name").error("probe name \"" + name + "\" used twice");
                }
                throw e;
            }
        }
        CellSynapses synapses = SynapseSetup.build(spec.synapses, model, resolve, network, spec.dt);
        if (synapses != null) {
            sim.setSynapses(synapses);
        }
        sim.recordProbesEvery(spec.probeEveryMs);
        if (!Double.isNaN(spec.recordAllEveryMs)) {
            sim.recordAllEvery(spec.recordAllEveryMs);
        }
    }

    private Region group(String id) {
        Region.Cables g = file.groups().get(id);
        return g == null ? Region.all() : g;
    }

    /** Reads the spec and builds everything (no simulation yet); a spec with a replay section is refused. */
    public static CellRun prepare(Path specFile) {
        return new CellRun(CellSpec.read(specFile), null);
    }

    /**
     * Builds everything for a spec, with the recorded spikes its replay section maps onto the cell
     * (null when it has none).
     */
    public static CellRun prepare(CellSpec spec, RecordedSpikes network) {
        return new CellRun(spec, network);
    }

    /** Runs the simulation. */
    public void run(ProgressListener progress) {
        sim.run(spec.tstop, vInit, progress);
    }

    public CellModel model() {
        return model;
    }

    public CellSimulation simulation() {
        return sim;
    }

    public MorphologyFile morphologyFile() {
        return file;
    }

    /** The initial voltage used [mV]. */
    public double vInit() {
        return vInit;
    }

    /** Writes cell.h5 (atomically). */
    public void writeHdf5(Path out) {
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("spec", spec.file.toString());
        attrs.put("morphology", spec.morphology.toString());
        attrs.put("cell", spec.name);
        attrs.put("tstop_ms", spec.tstop);
        attrs.put("v_init_mV", vInit);
        attrs.put("celsius", spec.celsius);
        if (file.swc() != null) {
            attrs.put("swc_convention", file.swc().convention().name().toLowerCase(Locale.ROOT));
        }
        if (network != null) {
            attrs.put("network", network.file().toString());
        }
        CellFile.write(out, model, sim, attrs);
    }

    /** Writes the probe CSV (atomically): t_ms, then v_&lt;probe&gt;_mV per probe. */
    public void writeCsv(Path out) {
        AtomicFile.writeString(out, csv());
    }

    /** The probe CSV text. */
    public String csv() {
        TraceRecord r = sim.probeRecord();
        List<String> names = sim.probeNames();
        StringBuilder sb = new StringBuilder();
        sb.append("t_ms");
        for (String n : names) {
            sb.append(",v_").append(n).append("_mV");
        }
        sb.append('\n');
        for (int k = 0; k < r.sampleCount(); k++) {
            sb.append(String.format(Locale.ROOT, "%.6f", r.timeMs(k)));
            for (int j = 0; j < names.size(); j++) {
                sb.append(',').append(String.format(Locale.ROOT, "%.6f", r.value(k, j)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** One line per probe: name, location, final and extreme voltages; and a summary line. */
    public List<String> summary() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "compartments %d (%s), dt %.4g ms, %s, tstop %.4g ms, run %.3f s",
                model.discretization().size(), model.discretization().policy(), spec.dt, spec.solver.key(), spec.tstop,
                sim.runSeconds()));
        TraceRecord r = sim.probeRecord();
        for (int j = 0; j < sim.probeNames().size(); j++) {
            double[] v = r.column(j);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double x : v) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
            out.add(String.format(Locale.ROOT, "%s %.4f %.4f %.4f", sim.probeNames().get(j), v[v.length - 1], lo, hi));
        }
        CellSynapses syn = sim.synapses();
        if (syn != null) {
            int sites = 0;
            for (var g : syn.groups()) {
                sites += g.siteCount();
            }
            out.add(String.format(Locale.ROOT, "synapses %d sites, %d synapses in %d groups, %d presynaptic spikes, %d events",
                    sites, syn.synapseCount(), syn.groups().size(), syn.spikesUsed(), syn.eventsDelivered()));
        }
        return out;
    }
}
