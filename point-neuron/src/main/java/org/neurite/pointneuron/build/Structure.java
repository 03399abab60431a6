package org.neurite.pointneuron.build;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.channels.io.BadInputException;

/**
 * A partition of nodes 0 … size−1 into named groups, plus meta-groups that may overlap (NNGT's
 * {@code Structure}; {@link NeuralPop} is the neural kind). Group names are unique among groups
 * and meta-groups.
 *
 * @param <G> the kind of group that partitions the nodes
 */
public class Structure<G extends Group> {
    private final int size;
    private final Map<String, G> groups = new LinkedHashMap<>();
    private final Map<String, MetaGroup> metaGroups = new LinkedHashMap<>();
    private final int[] groupOf; // group index per node, −1 while unassigned

    /**
     * @param size number of nodes, ≥ 0
     */
    public Structure(int size) {
        if (size < 0) {
            throw BadInputException.parameter("population size", "must be >= 0, got " + size);
        }
        this.size = size;
        this.groupOf = new int[size];
        java.util.Arrays.fill(groupOf, -1);
    }

    /** Number of nodes. */
    public final int size() {
        return size;
    }

    /**
     * Adds a group; its nodes must be inside the structure and in no other group.
     *
     * @throws BadInputException on a duplicate name or a node already assigned
     */
    public void addGroup(G g) {
        checkName(g.name());
        int index = groups.size();
        for (int k = 0; k < g.size(); k++) {
            int id = g.id(k);
            if (id >= size) {
                throw BadInputException.parameter("group " + g.name() + " ids", "id " + id + " is outside 0.." + (size - 1));
            }
            if (groupOf[id] >= 0) {
                throw BadInputException.parameter("group " + g.name() + " ids", "node " + id
                        + " is already in group " + groupList().get(groupOf[id]).name() + " (use a meta-group for overlaps)");
            }
        }
        for (int k = 0; k < g.size(); k++) {
            groupOf[g.id(k)] = index;
        }
        groups.put(g.name(), g);
    }

    /** Replaces a group by one with the same name and ids (e.g. new parameters). */
    protected final void replaceGroup(G g) {
        G old = groups.get(g.name());
        if (old == null || !java.util.Arrays.equals(old.ids(), g.ids())) {
            throw new IllegalArgumentException("replacement must keep the name and ids of " + g.name());
        }
        groups.put(g.name(), g);
    }

    /** Adds a meta-group (any nodes of the structure, overlaps allowed). */
    public MetaGroup createMetaGroup(String name, int[] ids) {
        MetaGroup m = new MetaGroup(name, ids);
        checkName(name);
        if (m.size() > 0 && m.id(m.size() - 1) >= size) {
            throw BadInputException.parameter("meta-group " + name + " ids", "id " + m.id(m.size() - 1)
                    + " is outside 0.." + (size - 1));
        }
        metaGroups.put(name, m);
        return m;
    }

    private void checkName(String name) {
        if (groups.containsKey(name) || metaGroups.containsKey(name)) {
            throw BadInputException.parameter("group " + name, "the name is used twice");
        }
    }

    /** The groups in insertion order. */
    public final List<G> groupList() {
        return Collections.unmodifiableList(new ArrayList<>(groups.values()));
    }

    /** The meta-groups in insertion order. */
    public final List<MetaGroup> metaGroupList() {
        return Collections.unmodifiableList(new ArrayList<>(metaGroups.values()));
    }

    /** The group or meta-group of that name. */
    public final Group group(String name) {
        Group g = groups.get(name);
        if (g == null) {
            g = metaGroups.get(name);
        }
        if (g == null) {
            List<String> known = new ArrayList<>(groups.keySet());
            known.addAll(metaGroups.keySet());
            throw new BadInputException("unknown group \"" + name + "\" (known: " + String.join(", ", known) + ")");
        }
        return g;
    }

    /** The group (not meta-group) a node is in, or null if it is in none yet. */
    public final G groupOf(int node) {
        int k = groupOf[node];
        return k < 0 ? null : groupList().get(k);
    }

    /** Whether every node is in a group. */
    public final boolean isComplete() {
        for (int g : groupOf) {
            if (g < 0) {
                return false;
            }
        }
        return true;
    }
}
