package org.neurite.meanfield.tf;

import org.neurite.meanfield.stats.MembraneStatistics;
import org.neurite.meanfield.stats.Moments;

/**
 * The output rate of a cell as a function of the rates of its input pathways and of its
 * adaptation current: membrane statistics, then the transfer function. Holds scratch space, so
 * one instance serves one thread; {@link #copy()} makes another.
 */
public final class RateFunction {
    private final TransferFunction tf;
    private final MembraneStatistics statistics;
    private final Moments moments = new Moments();
    private final double[] basis;

    RateFunction(TransferFunction tf, MembraneStatistics statistics) {
        this.tf = tf;
        this.statistics = statistics;
        this.basis = new double[tf.template().size()];
    }

    public TransferFunction transferFunction() {
        return tf;
    }

    public MembraneStatistics statistics() {
        return statistics;
    }

    /** Number of input pathways. */
    public int size() {
        return statistics.size();
    }

    /**
     * The output rate [Hz].
     *
     * @param ratesHz rate of each pathway's source [Hz]
     * @param wPA adaptation current [pA]
     */
    public double rateHz(double[] ratesHz, double wPA) {
        statistics.compute(ratesHz, wPA, moments);
        return ErfcFiring.rateHz(tf.threshold(moments, basis), moments);
    }

    /** The statistics of the last {@link #rateHz} call (overwritten by the next call). */
    public Moments lastMoments() {
        return moments;
    }

    /** An independent evaluator of the same function (for another thread). */
    public RateFunction copy() {
        return new RateFunction(tf, statistics);
    }
}
