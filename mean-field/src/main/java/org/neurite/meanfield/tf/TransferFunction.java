package org.neurite.meanfield.tf;

import java.util.Arrays;
import java.util.List;
import org.neurite.channels.io.BadInputException;
import org.neurite.meanfield.stats.Membrane;
import org.neurite.meanfield.stats.MembraneStatistics;
import org.neurite.meanfield.stats.Moments;
import org.neurite.meanfield.stats.Pathway;
import org.neurite.meanfield.stats.ShotNoise;

/**
 * A phenomenological-threshold transfer function of one cell type: a {@link Template} with its
 * coefficients [mV], the cell's {@link Membrane}, the fluctuation formulas ({@link ShotNoise})
 * the coefficients were fitted with, and (when it comes from a fit) the fitted region. Immutable.
 * Bind it to the input pathways of a population with {@link #bind(List)} to get the output rate
 * as a function of input rates.
 */
public final class TransferFunction {
    private final Template template;
    private final double[] coefficientsMV;
    private final Membrane membrane;
    private final ShotNoise form;
    private final FitDomain domain;

    /**
     * @param template the basis
     * @param coefficientsMV the coefficients P_k [mV], {@code template.size()} of them, finite
     * @param membrane the cell
     * @param form the fluctuation formulas to evaluate the statistics with
     * @param domain the fitted region, or null when unknown (published coefficients)
     */
    public TransferFunction(Template template, double[] coefficientsMV, Membrane membrane, ShotNoise form, FitDomain domain) {
        if (coefficientsMV.length != template.size()) {
            throw BadInputException.parameter("transfer function coefficients",
                    "template " + template.id() + " needs " + template.size() + " coefficients, got " + coefficientsMV.length);
        }
        for (int k = 0; k < coefficientsMV.length; k++) {
            if (!Double.isFinite(coefficientsMV[k])) {
                throw BadInputException.parameter("transfer function coefficient P" + k, "must be finite, got " + coefficientsMV[k]);
            }
        }
        this.template = template;
        this.coefficientsMV = coefficientsMV.clone();
        this.membrane = membrane;
        this.form = form;
        this.domain = domain;
    }

    public Template template() {
        return template;
    }

    /** A copy of the coefficients [mV]. */
    public double[] coefficientsMV() {
        return coefficientsMV.clone();
    }

    public Membrane membrane() {
        return membrane;
    }

    public ShotNoise form() {
        return form;
    }

    /** The fitted region, or null when unknown. */
    public FitDomain domain() {
        return domain;
    }

    /** The same function with another membrane (e.g. the population's own parameters). */
    public TransferFunction withMembrane(Membrane m) {
        return new TransferFunction(template, coefficientsMV, m, form, domain);
    }

    /** The same coefficients evaluated with another fluctuation form. */
    public TransferFunction withForm(ShotNoise f) {
        return new TransferFunction(template, coefficientsMV, membrane, f, domain);
    }

    /** The effective threshold [mV] at these statistics (allocates a basis; see {@link RateFunction} for loops). */
    public double thresholdMV(Moments m) {
        double[] b = new double[template.size()];
        return threshold(m, b);
    }

    double threshold(Moments m, double[] basis) {
        template.basis(m, membrane, basis);
        double v = 0;
        for (int k = 0; k < coefficientsMV.length; k++) {
            v += coefficientsMV[k] * basis[k];
        }
        return v;
    }

    /** The output rate [Hz] at these statistics. */
    public double rateHz(Moments m) {
        return ErfcFiring.rateHz(thresholdMV(m), m);
    }

    /** The output rate as a function of the rates of these input pathways. */
    public RateFunction bind(List<Pathway> pathways) {
        return new RateFunction(this, new MembraneStatistics(membrane, pathways, form));
    }

    @Override
    public String toString() {
        return template.id() + " " + Arrays.toString(coefficientsMV) + " mV (" + form.id() + ")";
    }
}
