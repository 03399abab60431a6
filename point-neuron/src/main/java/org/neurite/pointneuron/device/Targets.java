package org.neurite.pointneuron.device;

import java.util.Arrays;

/** Sorted local neuron indices of one block that a device serves, with range lookup. */
final class Targets {
    private Targets() {
    }

    /** Whether ids are 0, 1, …, n−1 (a device over a whole block). */
    static boolean isIdentity(int[] ids) {
        for (int k = 0; k < ids.length; k++) {
            if (ids[k] != k) {
                return false;
            }
        }
        return true;
    }

    /** First position k with ids[k] ≥ x. */
    static int lowerBound(int[] ids, int x) {
        int k = Arrays.binarySearch(ids, x);
        if (k >= 0) {
            while (k > 0 && ids[k - 1] == x) {
                k--;
            }
            return k;
        }
        return -k - 1;
    }
}
