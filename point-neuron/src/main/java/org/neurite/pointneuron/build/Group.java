package org.neurite.pointneuron.build;

import java.util.Arrays;
import org.neurite.channels.io.BadInputException;

/**
 * A named set of node ids of a {@link Structure} (NNGT's {@code Group}): ids are global, distinct
 * and kept in increasing order.
 */
public class Group {
    private final String name;
    private final int[] ids;

    /**
     * @param name the group's name
     * @param ids its node ids (any order; duplicates and negatives are errors)
     */
    public Group(String name, int[] ids) {
        if (name == null || name.isBlank()) {
            throw BadInputException.parameter("group name", "must be a non-empty string");
        }
        int[] sorted = ids.clone();
        Arrays.sort(sorted);
        for (int k = 0; k < sorted.length; k++) {
            if (sorted[k] < 0) {
                throw BadInputException.parameter("group " + name + " ids", "must be >= 0, got " + sorted[k]);
            }
            if (k > 0 && sorted[k] == sorted[k - 1]) {
                throw BadInputException.parameter("group " + name + " ids", "id " + sorted[k] + " is given twice");
            }
        }
        this.name = name;
        this.ids = sorted;
    }

    /** The group's name. */
    public final String name() {
        return name;
    }

    /** Number of nodes. */
    public final int size() {
        return ids.length;
    }

    /** A copy of the ids, increasing. */
    public final int[] ids() {
        return ids.clone();
    }

    /** Id of the k-th node (increasing order). */
    public final int id(int k) {
        return ids[k];
    }

    /** Position of a global id in this group, or −1. */
    public final int indexOf(int id) {
        int k = Arrays.binarySearch(ids, id);
        return k >= 0 ? k : -1;
    }

    /** The ids first, first + 1, …, first + n − 1. */
    public static int[] range(int first, int n) {
        if (n < 0) {
            throw BadInputException.parameter("size", "must be >= 0, got " + n);
        }
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = first + i;
        }
        return r;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name + ", " + ids.length + " nodes]";
    }
}
