package org.neurite.morphology.cell;

import java.nio.file.Path;
import java.util.Map;
import org.neurite.channels.record.Hdf5Group;
import org.neurite.channels.record.TraceRecord;
import org.neurite.morphology.discretize.Discretization;
import org.neurite.morphology.tree.Morphology;

/**
 * Writes {@code cell.h5}, self-describing for the viewer and for h5py users (all lengths µm,
 * voltages mV, time ms):
 * <pre>
 * /                       attributes: format "neurite-cell/1", spec, morphology, dt_ms, tstop_ms,
 *                         v_init_mV, celsius, solver, discretization, paints
 * /morphology/            section_names (string), section_parent (int32, −1 root), section_parent_x,
 *                         section_type (SWC type), section_point_offsets (int32 [sections+1]),
 *                         points (float64 [points × 4]: x, y, z, radius)
 * /compartments/          parent (int32, −1 root; parent[i] &lt; i), section (int32), x_low, x_high
 *                         (relative piece of the section; equal for a zero-area junction node),
 *                         area_um2, capacitance_pF, axial_conductance_nS (to parent),
 *                         leak_conductance_nS, extent_offsets (int32 [n+1]), extent_points
 *                         (float64 [m × 4]: x, y, z, radius — the polyline each compartment covers)
 * /probes/                names (string), compartment (int32), section (string), x
 * /traces/probes/v/       data [samples × probes], time, node_ids (= compartments)   (TraceRecord)
 * /traces/compartments/v/ data [samples × compartments], time, node_ids               (if recorded)
 * /synapses/              (if the cell has synapses) per site: compartment, section (string), x,
 *                         distance_um, group (index into group_*), pre_offsets (int32 [sites+1]) and
 *                         pre_node_ids (int64): site j is driven by the presynaptic node ids
 *                         pre_node_ids[pre_offsets[j] … pre_offsets[j+1]−1] (a synapses entry: its train
 *                         index); per group: group_names, group_kind (synapses | replay),
 *                         group_presynaptic (population or source type), group_receptors ("AMPA+NMDA"),
 *                         group_weight [groups × receptor types] (NaN where absent), group_delay_ms,
 *                         group_placement, group_stp; per receptor type: receptor_names,
 *                         receptor_kinetics, receptor_reversal_mV; root attributes synapse_sites,
 *                         presynaptic_spikes, synaptic_events (and network: the replayed spike file)
 * /traces/synapses/g/     conductance probes [nS] (if any; names in /synapses/probe_names)
 * </pre>
 */
public final class CellFile {
    /** Format tag written as the root attribute {@code format}. */
    public static final String FORMAT = "neurite-cell/1";

    private CellFile() {
    }

    /** Assembles the file content. */
    public static Hdf5Group content(CellModel model, CellSimulation sim, Map<String, Object> attributes) {
        Hdf5Group root = Hdf5Group.root();
        root.attribute("format", FORMAT);
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            root.attribute(e.getKey(), e.getValue());
        }
        root.attribute("dt_ms", sim.dt());
        root.attribute("solver", sim.stepping().key());
        root.attribute("discretization", model.discretization().policy());
        if (!model.paints().isEmpty()) {
            root.attribute("paints", model.paints().toArray(new String[0]));
        }
        morphology(root.group("morphology"), model.morphology());
        compartments(root.group("compartments"), model);
        Discretization d = model.discretization();
        TraceRecord probes = sim.probeRecord();
        if (probes.nodeCount() > 0) {
            Hdf5Group p = root.group("probes");
            int[] nodes = probes.nodeIds();
            String[] sections = new String[nodes.length];
            double[] xs = new double[nodes.length];
            for (int j = 0; j < nodes.length; j++) {
                sections[j] = model.morphology().name(d.section(nodes[j]));
                xs[j] = d.location(nodes[j]).x();
            }
            p.dataset("names", sim.probeNames().toArray(new String[0]));
            p.dataset("compartment", nodes);
            p.dataset("section", sections);
            p.dataset("x", xs);
            probes.addTo(root);
        }
        if (sim.allRecord() != null) {
            sim.allRecord().addTo(root);
        }
        if (sim.synapses() != null) {
            SynapseTable.addTo(root, sim.synapses());
        }
        return root;
    }

    /** Writes the file whole or not at all. */
    public static void write(Path file, CellModel model, CellSimulation sim, Map<String, Object> attributes) {
        content(model, sim, attributes).writeTo(file);
    }

    private static void morphology(Hdf5Group g, Morphology m) {
        int n = m.sectionCount();
        String[] names = new String[n];
        int[] parent = new int[n];
        double[] parentX = new double[n];
        int[] type = new int[n];
        int[] offsets = new int[n + 1];
        for (int s = 0; s < n; s++) {
            names[s] = m.name(s);
            parent[s] = m.parent(s);
            parentX[s] = m.parentX(s);
            type[s] = m.tag(s);
            offsets[s + 1] = offsets[s] + m.pointCount(s);
        }
        double[][] points = new double[offsets[n]][4];
        for (int s = 0; s < n; s++) {
            for (int j = 0; j < m.pointCount(s); j++) {
                double[] p = points[offsets[s] + j];
                p[0] = m.x(s, j);
                p[1] = m.y(s, j);
                p[2] = m.z(s, j);
                p[3] = m.radius(s, j);
            }
        }
        g.attribute("units", "um");
        g.dataset("section_names", names);
        g.dataset("section_parent", parent);
        g.dataset("section_parent_x", parentX);
        g.dataset("section_type", type);
        g.dataset("section_point_offsets", offsets);
        g.dataset("points", points, Map.of("columns", "x,y,z,radius", "units", "um"));
    }

    private static void compartments(Hdf5Group g, CellModel model) {
        Discretization d = model.discretization();
        int n = d.size();
        int[] section = new int[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] leak = new double[n];
        for (int i = 0; i < n; i++) {
            section[i] = d.section(i);
            lo[i] = d.xLow(i);
            hi[i] = d.xHigh(i);
            leak[i] = model.leakConductance(i);
        }
        int[] offsets = d.extentOffsets();
        double[] flat = d.extentPoints();
        double[][] extent = new double[Math.max(1, flat.length / 4)][4];
        for (int k = 0; k < flat.length / 4; k++) {
            System.arraycopy(flat, 4 * k, extent[k], 0, 4);
        }
        g.attribute("count", (long) n);
        g.attribute("policy", d.policy());
        g.dataset("parent", d.parents());
        g.dataset("section", section);
        g.dataset("x_low", lo);
        g.dataset("x_high", hi);
        g.dataset("area_um2", d.areas(), Map.of("units", "um2"));
        g.dataset("capacitance_pF", d.capacitances(), Map.of("units", "pF"));
        g.dataset("axial_conductance_nS", d.axialConductances(), Map.of("units", "nS"));
        g.dataset("leak_conductance_nS", leak, Map.of("units", "nS"));
        g.dataset("extent_offsets", offsets);
        g.dataset("extent_points", extent, Map.of("columns", "x,y,z,radius", "units", "um"));
    }
}
