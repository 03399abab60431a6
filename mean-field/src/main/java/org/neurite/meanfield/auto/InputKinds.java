package org.neurite.meanfield.auto;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.channels.input.RateWaveform;
import org.neurite.channels.io.BadInputException;
import org.neurite.meanfield.network.NetworkMapping;
import org.neurite.meanfield.network.NetworkMeanField;
import org.neurite.meanfield.stats.Pathway;

/**
 * The synaptic inputs of one population grouped into <em>kinds</em> — inputs that share the
 * target port, Q, τ and E — with the range of total event rate F = Σ K·ν [Hz] the network can
 * deliver through each kind. Poisson inputs of one kind add up to one Poisson train at the summed
 * rate, so a cell fed one train per kind at F sees exactly what the network gives it, and a
 * characterisation over the F ranges covers every state of the network.
 *
 * <p>The range of a kind runs from what its afferent drives give at their lowest (recurrent
 * populations silent) to what they give at their highest plus every recurrent source firing at
 * {@code recurrentMaxHz}. Both ends are rounded outward to the R10 series (1, 1.26, 1.58, 2, …
 * × 10ⁿ) and Q to 4 significant digits, so that the small differences between the realised
 * in-degrees of two seeds give the same characterisation (and the same cache entry).
 *
 * @param population the population's name
 * @param kinds the kinds, the one with the highest reversal potential (the driving one) first
 */
record InputKinds(String population, List<Kind> kinds) {
    /**
     * One kind of input.
     *
     * @param port the target port (receptor) name
     * @param qNS quantal conductance [nS] (rounded to 4 significant digits)
     * @param tauMs decay time constant [ms]
     * @param erevMV reversal potential [mV]
     * @param loHz lowest total event rate the network gives [Hz]
     * @param hiHz highest total event rate the network gives [Hz]
     * @param sources the sources that feed it (populations and drives)
     */
    record Kind(String port, double qNS, double tauMs, double erevMV, double loHz, double hiHz, List<String> sources) {
        /** A pathway of one synapse whose rate is the kind's total event rate. */
        Pathway pathway(String name) {
            return new Pathway(name, 1, qNS, tauMs, erevMV);
        }
    }

    InputKinds {
        kinds = List.copyOf(kinds);
    }

    /**
     * @param mapping the network's mean-field mapping
     * @param population a recurrent population of it
     * @param recurrentMaxHz the highest rate assumed for a recurrent population [Hz]
     * @param tstopMs the drives are scanned over [0, tstop] [ms]
     */
    static InputKinds of(NetworkMapping.Mapping mapping, String population, double recurrentMaxHz, double tstopMs) {
        Map<String, double[]> driveRange = new LinkedHashMap<>();
        for (Map.Entry<String, RateWaveform> d : mapping.drives().entrySet()) {
            driveRange.put(d.getKey(), range(d.getValue(), tstopMs));
        }
        Map<List<Object>, double[]> sums = new LinkedHashMap<>(); // kind -> {lo, hi, tau, E}
        Map<List<Object>, List<String>> sources = new LinkedHashMap<>();
        for (NetworkMeanField.Projection pr : mapping.inputsOf(population)) {
            Pathway s = pr.synapse();
            double q = round(s.qNS(), 4);
            List<Object> key = List.of(s.name(), q, s.tauMs(), s.erevMV());
            double[] acc = sums.computeIfAbsent(key, k -> new double[] {0, 0, s.tauMs(), s.erevMV()});
            double[] r = driveRange.get(pr.source());
            if (r != null) {
                acc[0] += pr.inDegree() * r[0];
                acc[1] += pr.inDegree() * r[1];
            } else {
                acc[1] += pr.inDegree() * recurrentMaxHz;
            }
            sources.computeIfAbsent(key, k -> new ArrayList<>()).add(pr.source());
        }
        if (sums.isEmpty()) {
            throw BadInputException.parameter("population " + population,
                    "receives no input: its transfer function cannot be characterised (give one with --tf)");
        }
        List<Kind> kinds = new ArrayList<>();
        for (Map.Entry<List<Object>, double[]> e : sums.entrySet()) {
            double[] a = e.getValue();
            double lo = roundDown(a[0]);
            double hi = roundUp(a[1]);
            if (hi <= lo) {
                hi = roundUp(Math.max(2 * lo, 1.0));
            }
            kinds.add(new Kind((String) e.getKey().get(0), (Double) e.getKey().get(1), a[2], a[3], lo, hi, sources.get(e.getKey())));
        }
        kinds.sort(Comparator.comparingDouble(Kind::erevMV).reversed());
        return new InputKinds(population, kinds);
    }

    /** {min, max} of a drive over [0, tstop], sampled every 0.5 ms (and at tstop). */
    static double[] range(RateWaveform w, double tstopMs) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        long n = (long) Math.ceil(tstopMs / 0.5);
        for (long k = 0; k <= n; k++) {
            double r = w.rateHz(Math.min(k * 0.5, tstopMs));
            lo = Math.min(lo, r);
            hi = Math.max(hi, r);
        }
        return new double[] {lo, hi};
    }

    /** x rounded up to the R10 series (0 stays 0). */
    static double roundUp(double x) {
        if (x <= 0) {
            return 0;
        }
        return round(Math.pow(10, Math.ceil(10 * Math.log10(x) - 1e-9) / 10), 3);
    }

    /** x rounded down to the R10 series (0 stays 0). */
    static double roundDown(double x) {
        if (x <= 0) {
            return 0;
        }
        return round(Math.pow(10, Math.floor(10 * Math.log10(x) + 1e-9) / 10), 3);
    }

    /** x to the given number of significant digits. */
    static double round(double x, int digits) {
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        return new BigDecimal(x).round(new MathContext(digits)).doubleValue();
    }
}
