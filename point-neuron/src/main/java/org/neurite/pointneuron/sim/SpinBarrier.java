package org.neurite.pointneuron.sim;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;

/**
 * A sense-reversing barrier for the simulation threads: a waiting thread spins for a few
 * microseconds (a step is tens of microseconds, far less than a park/unpark round trip), then
 * parks so that it does not hold a core that another thread (a simulation thread that was
 * descheduled, the JIT compiler) needs; the last thread to arrive unparks the parked ones.
 */
final class SpinBarrier {
    private static final int SPINS = 200_000;
    private final int parties;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicReferenceArray<Thread> parked;
    private volatile int generation;
    private volatile boolean broken;

    SpinBarrier(int parties) {
        this.parties = parties;
        this.parked = new AtomicReferenceArray<>(parties);
    }

    /** Waits until every party has arrived; {@code party} is the caller's index. */
    void await(int party) {
        int gen = generation;
        if (waiting.incrementAndGet() == parties) {
            waiting.set(0);
            generation = gen + 1;
            for (int i = 0; i < parties; i++) {
                Thread t = parked.get(i);
                if (t != null) {
                    LockSupport.unpark(t);
                }
            }
            return;
        }
        // a plain read loop, without Thread.onSpinWait(): in a virtual machine the PAUSE
        // instruction it emits can make the hypervisor take the core away (pause-loop exiting),
        // which costs tens of microseconds per step
        for (int spins = 0; spins < SPINS; spins++) {
            if (generation != gen) {
                return;
            }
        }
        parked.set(party, Thread.currentThread());
        while (generation == gen) {
            if (broken) {
                parked.set(party, null);
                throw new IllegalStateException("another simulation thread failed");
            }
            LockSupport.parkNanos(this, 1_000_000L);
        }
        parked.set(party, null);
    }

    /** Releases every waiting thread with an error (a thread failed). */
    void breakBarrier() {
        broken = true;
        for (int i = 0; i < parties; i++) {
            Thread t = parked.get(i);
            if (t != null) {
                LockSupport.unpark(t);
            }
        }
    }
}
