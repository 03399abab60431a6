package org.neurite.pointneuron.sim;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sense-reversing barrier that spins (then yields) instead of parking: a simulation step is
 * tens of microseconds, far less than a park/unpark round trip.
 */
final class SpinBarrier {
    private final int parties;
    private final AtomicInteger waiting = new AtomicInteger();
    private volatile int generation;
    private volatile boolean broken;

    SpinBarrier(int parties) {
        this.parties = parties;
    }

    void await() {
        int gen = generation;
        if (waiting.incrementAndGet() == parties) {
            waiting.set(0);
            generation = gen + 1;
            return;
        }
        int spins = 0;
        while (generation == gen) {
            if (broken) {
                throw new IllegalStateException("another simulation thread failed");
            }
            if (++spins < 20_000) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    /** Releases every waiting thread with an error (a thread failed). */
    void breakBarrier() {
        broken = true;
    }
}
