package org.neurite.morphology.cell;

import java.util.List;
import java.util.Map;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.record.Hdf5Group;
import org.neurite.morphology.synapse.CellSynapses;
import org.neurite.morphology.synapse.SynapseGroup;
import org.neurite.morphology.tree.Location;
import org.neurite.morphology.tree.Morphology;

/**
 * The synapse part of cell.h5 ({@link CellFile}): every site with its compartment, section, x and
 * path distance, its group, and the presynaptic node ids that drive it (the mapping a replay used);
 * per group its kind, presynaptic population, receptors, weights, delay, placement and plasticity;
 * per receptor type its kinetics.
 */
final class SynapseTable {
    private SynapseTable() {
    }

    static void addTo(Hdf5Group root, CellSynapses syn) {
        Hdf5Group g = root.group("synapses");
        Morphology m = syn.discretization().morphology();
        List<SynapseGroup> groups = syn.groups();
        List<Receptor> types = syn.receptorTypes();
        int sites = 0;
        int connections = 0;
        for (SynapseGroup grp : groups) {
            sites += grp.siteCount();
            connections += grp.connectionCount();
        }
        int[] compartment = new int[sites];
        String[] section = new String[sites];
        double[] x = new double[sites];
        double[] distance = new double[sites];
        int[] group = new int[sites];
        int[] preOffsets = new int[sites + 1];
        long[] preIds = new long[Math.max(1, connections)];
        int ng = groups.size();
        String[] names = new String[ng];
        String[] kinds = new String[ng];
        String[] presynaptic = new String[ng];
        String[] receptors = new String[ng];
        double[][] weights = new double[ng][types.size()];
        double[] delay = new double[ng];
        String[] placement = new String[ng];
        String[] stp = new String[ng];
        int s = 0;
        int c = 0;
        for (int k = 0; k < ng; k++) {
            SynapseGroup grp = groups.get(k);
            names[k] = grp.name();
            kinds[k] = grp.kind() == SynapseGroup.Kind.REPLAY ? "replay" : "synapses";
            presynaptic[k] = grp.presynaptic();
            StringBuilder rs = new StringBuilder();
            java.util.Arrays.fill(weights[k], Double.NaN);
            for (int r = 0; r < grp.receptorCount(); r++) {
                rs.append(r == 0 ? "" : "+").append(grp.receptor(r).name());
                weights[k][types.indexOf(grp.receptor(r))] = grp.weight(r);
            }
            receptors[k] = rs.toString();
            delay[k] = grp.delayMs();
            placement[k] = grp.placement().isEmpty() ? "-" : grp.placement();
            SynapseGroup.Tsodyks2 p = grp.stp();
            stp[k] = p == null ? "none" : "tsodyks2 U=" + p.bigU() + " tau_rec=" + p.tauRecMs() + " tau_fac=" + p.tauFacMs();
            int[] off = grp.preOffsets();
            int[] tr = grp.preTrain();
            for (int j = 0; j < grp.siteCount(); j++, s++) {
                Location loc = grp.site(j);
                compartment[s] = syn.compartment(k, j);
                section[s] = m.name(loc.section());
                x[s] = loc.x();
                distance[s] = m.pathDistance(loc);
                group[s] = k;
                for (int q = off[j]; q < off[j + 1]; q++) {
                    preIds[c++] = grp.trainId(tr[q]);
                }
                preOffsets[s + 1] = c;
            }
        }
        int nt = types.size();
        String[] typeNames = new String[nt];
        String[] kinetics = new String[nt];
        double[] reversal = new double[nt];
        for (int r = 0; r < nt; r++) {
            typeNames[r] = types.get(r).name();
            kinetics[r] = types.get(r).kinetics().toString();
            reversal[r] = types.get(r).reversalMV();
        }
        g.dataset("compartment", compartment);
        g.dataset("section", section);
        g.dataset("x", x);
        g.dataset("distance_um", distance, Map.of("units", "um"));
        g.dataset("group", group);
        g.dataset("pre_offsets", preOffsets);
        g.dataset("pre_node_ids", preIds);
        g.dataset("group_names", names);
        g.dataset("group_kind", kinds);
        g.dataset("group_presynaptic", presynaptic);
        g.dataset("group_receptors", receptors);
        g.dataset("group_weight", weights, Map.of("units", "nS (pA for current-based receptors); NaN: receptor not in the group",
                "columns", String.join(",", typeNames)));
        g.dataset("group_delay_ms", delay, Map.of("units", "ms"));
        g.dataset("group_placement", placement);
        g.dataset("group_stp", stp);
        g.dataset("receptor_names", typeNames);
        g.dataset("receptor_kinetics", kinetics);
        g.dataset("receptor_reversal_mV", reversal, Map.of("units", "mV"));
        root.attribute("synapse_sites", (long) sites);
        root.attribute("presynaptic_spikes", syn.spikesUsed());
        root.attribute("synaptic_events", syn.eventsDelivered());
        if (syn.probeRecord() != null) {
            g.dataset("probe_names", syn.probeNames().toArray(new String[0]));
            syn.probeRecord().addTo(root);
        }
    }
}
