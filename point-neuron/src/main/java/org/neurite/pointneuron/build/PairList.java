package org.neurite.pointneuron.build;

import java.util.Arrays;

/** A growable list of (source, target) index pairs: what a connection rule produces. */
public final class PairList {
    private int[] pre = new int[1024];
    private int[] post = new int[1024];
    private int size;

    /** Adds the pair (source i, target j), indices into the rule's source and target sets. */
    public void add(int i, int j) {
        if (size == pre.length) {
            int cap = size * 2;
            pre = Arrays.copyOf(pre, cap);
            post = Arrays.copyOf(post, cap);
        }
        pre[size] = i;
        post[size] = j;
        size++;
    }

    /** Number of pairs. */
    public int size() {
        return size;
    }

    /** Source of pair k. */
    public int pre(int k) {
        return pre[k];
    }

    /** Target of pair k. */
    public int post(int k) {
        return post[k];
    }
}
