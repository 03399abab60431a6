package org.neurite.meanfield.tf;

import org.apache.commons.math3.exception.ConvergenceException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DiagonalMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.util.Pair;
import org.neurite.channels.io.BadInputException;
import org.neurite.meanfield.stats.MembraneStatistics;
import org.neurite.meanfield.stats.Moments;
import org.neurite.meanfield.stats.ShotNoise;

/**
 * Fits a phenomenological-threshold {@link Template} to characterised transfer-function data, as
 * Zerlaut et al. 2016/2018 do: (1) the statistics (μ_V, σ_V, τ_V) of every grid point from the
 * shot-noise formulas; (2) a linear least-squares start on the effective thresholds
 * V_thre^eff = μ_V + √2 σ_V erfc⁻¹(2 τ_V ν_out) of the points that fire; (3) Levenberg–Marquardt
 * (commons-math3) on the output rates themselves (residual ν_fit − ν_data in Hz, all points,
 * unweighted). The quality reported is the RMS of that residual over all points.
 */
public final class TransferFunctionFit {
    /**
     * Fit settings.
     *
     * @param maxIterations Levenberg–Marquardt iterations allowed before the fit counts as not converged
     * @param relativeTolerance relative change of the cost (and of the parameters) that ends the fit
     * @param countingFloorHz when positive, each squared residual is weighted by 1/(ν_data + floor) — the
     *                        inverse variance of a rate measured by counting spikes (Poisson), with the
     *                        floor [Hz] standing for the model error at silent points — so that the low
     *                        rates where networks operate are not drowned by the noise of the high ones;
     *                        0 for the unweighted fit of Zerlaut et al.
     */
    public record Options(int maxIterations, double relativeTolerance, double countingFloorHz) {
        public static final Options DEFAULT = new Options(2000, 1e-12);

        /** Unweighted. */
        public Options(int maxIterations, double relativeTolerance) {
            this(maxIterations, relativeTolerance, 0.0);
        }
    }

    /**
     * A fit.
     *
     * @param tf the fitted transfer function (with its fitted region)
     * @param rmsHz RMS of fitted − data rates over all grid points [Hz]
     * @param maxAbsHz largest |fitted − data| [Hz]
     * @param linearStartRmsHz the same RMS for the linear start, before Levenberg–Marquardt [Hz]
     * @param points grid points
     * @param firingPoints points whose rate gives an effective threshold (used for the linear start)
     * @param iterations Levenberg–Marquardt iterations used
     */
    public record Result(TransferFunction tf, double rmsHz, double maxAbsHz, double linearStartRmsHz, int points,
                         int firingPoints, int iterations) {
    }

    private TransferFunctionFit() {
    }

    /** Fits with the default options. */
    public static Result fit(TfData data, Template template, ShotNoise form) {
        return fit(data, template, form, Options.DEFAULT);
    }

    /**
     * Fits the template to the data.
     *
     * @throws BadInputException when too few points fire to determine the coefficients, or the
     *                           fit does not converge
     */
    public static Result fit(TfData data, Template template, ShotNoise form, Options options) {
        if (template == Template.NTWK31) {
            throw BadInputException.parameter("template", "ntwk31 has symmetric duplicate terms and is read, not fitted; fit zerlaut2018 or divolo2019");
        }
        int n = data.size();
        MembraneStatistics stats = new MembraneStatistics(data.membrane(), data.pathways(), form);
        Moments[] moments = new Moments[n];
        double[][] basis = new double[n][template.size()];
        for (int k = 0; k < n; k++) {
            moments[k] = stats.compute(data.ratesHz()[k], 0.0, new Moments());
            template.basis(moments[k], data.membrane(), basis[k]);
        }
        double[] start = linearStart(data, template, moments, basis);
        int firing = countFiring(data, moments);
        TransferFunction startTf = new TransferFunction(template, start, data.membrane(), form, null);
        double startRms = rms(startTf, data, moments)[0];

        MultivariateJacobianFunction model = p -> {
            double[] c = p.toArray();
            double[] value = new double[n];
            double[][] jac = new double[n][c.length];
            for (int k = 0; k < n; k++) {
                double thr = 0;
                for (int j = 0; j < c.length; j++) {
                    thr += c[j] * basis[k][j];
                }
                value[k] = ErfcFiring.rateHz(thr, moments[k]);
                double d = ErfcFiring.dRateDThreshold(thr, moments[k]);
                for (int j = 0; j < c.length; j++) {
                    jac[k][j] = d * basis[k][j];
                }
            }
            return new Pair<RealVector, RealMatrix>(new ArrayRealVector(value, false), new Array2DRowRealMatrix(jac, false));
        };
        LeastSquaresBuilder builder = new LeastSquaresBuilder()
                .start(start)
                .model(model)
                .target(data.meanHz())
                .maxIterations(options.maxIterations())
                .maxEvaluations(options.maxIterations() * 10 + 10);
        if (options.countingFloorHz() > 0) {
            double[] w = new double[n];
            for (int k = 0; k < n; k++) {
                w[k] = 1.0 / (data.meanHz()[k] + options.countingFloorHz());
            }
            builder.weight(new DiagonalMatrix(w, false));
        }
        LeastSquaresProblem problem = builder.build();
        LevenbergMarquardtOptimizer lm = new LevenbergMarquardtOptimizer()
                .withCostRelativeTolerance(options.relativeTolerance())
                .withParameterRelativeTolerance(options.relativeTolerance());
        LeastSquaresOptimizer.Optimum opt;
        try {
            opt = lm.optimize(problem);
        } catch (TooManyIterationsException | TooManyEvaluationsException e) {
            throw BadInputException.at(data.source(), 0, String.format(
                    "the transfer-function fit (%s) did not converge within %d Levenberg-Marquardt iterations "
                            + "(RMS %.3g Hz at the linear start); the data may be too noisy or too sparse for the template",
                    template.id(), options.maxIterations(), startRms));
        } catch (ConvergenceException e) {
            throw BadInputException.at(data.source(), 0, "the transfer-function fit (" + template.id() + ") failed: " + e.getMessage());
        }
        double[] coeffs = opt.getPoint().toArray();
        for (double c : coeffs) {
            if (!Double.isFinite(c)) {
                throw BadInputException.at(data.source(), 0, "the transfer-function fit (" + template.id() + ") diverged");
            }
        }
        TransferFunction tmp = new TransferFunction(template, coeffs, data.membrane(), form, null);
        double[] err = rms(tmp, data, moments);
        if (!Double.isFinite(err[0])) {
            throw BadInputException.at(data.source(), 0, "the transfer-function fit (" + template.id() + ") ended with a non-finite error");
        }
        TransferFunction tf = new TransferFunction(template, coeffs, data.membrane(), form, domain(data, moments));
        return new Result(tf, err[0], err[1], startRms, n, firing, opt.getIterations());
    }

    private static int countFiring(TfData data, Moments[] moments) {
        int c = 0;
        for (int k = 0; k < moments.length; k++) {
            if (!Double.isNaN(ErfcFiring.threshold(data.meanHz()[k], moments[k]))) {
                c++;
            }
        }
        return c;
    }

    /** Linear least squares of the effective thresholds of the firing points. */
    private static double[] linearStart(TfData data, Template template, Moments[] moments, double[][] basis) {
        int n = moments.length;
        int m = template.size();
        double[][] rows = new double[n][];
        double[] target = new double[n];
        int used = 0;
        for (int k = 0; k < n; k++) {
            double veff = ErfcFiring.threshold(data.meanHz()[k], moments[k]);
            if (!Double.isNaN(veff)) {
                rows[used] = basis[k];
                target[used] = veff;
                used++;
            }
        }
        if (used < m) {
            throw BadInputException.at(data.source(), 0, String.format(
                    "only %d of %d grid points fire (2 tau_V rate between 1e-10 and 2); the %s template needs at least %d: "
                            + "extend the grid towards higher input rates", used, n, template.id(), m));
        }
        double[][] a = new double[used][];
        System.arraycopy(rows, 0, a, 0, used);
        double[] b = new double[used];
        System.arraycopy(target, 0, b, 0, used);
        try {
            return new QRDecomposition(new Array2DRowRealMatrix(a, false), 1e-12).getSolver()
                    .solve(new ArrayRealVector(b, false)).toArray();
        } catch (SingularMatrixException e) {
            throw BadInputException.at(data.source(), 0, "the grid's firing points do not determine the " + template.id()
                    + " coefficients (singular least-squares problem): vary both input rates");
        }
    }

    /** {RMS, max |error|} of a transfer function over the data [Hz]. */
    private static double[] rms(TransferFunction tf, TfData data, Moments[] moments) {
        double s = 0;
        double max = 0;
        double[] b = new double[tf.template().size()];
        for (int k = 0; k < moments.length; k++) {
            double d = ErfcFiring.rateHz(tf.threshold(moments[k], b), moments[k]) - data.meanHz()[k];
            s += d * d;
            max = Math.max(max, Math.abs(d));
        }
        return new double[] {Math.sqrt(s / moments.length), max};
    }

    /** The statistics range of the points that fire. */
    private static FitDomain domain(TfData data, Moments[] moments) {
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double maxRate = 0;
        for (int k = 0; k < moments.length; k++) {
            maxRate = Math.max(maxRate, data.meanHz()[k]);
            if (!(data.meanHz()[k] > 0)) {
                continue;
            }
            double[] v = {moments[k].muV, moments[k].sigmaV, moments[k].tauVN};
            for (int j = 0; j < 3; j++) {
                lo[j] = Math.min(lo[j], v[j]);
                hi[j] = Math.max(hi[j], v[j]);
            }
        }
        return new FitDomain(lo[0], hi[0], lo[1], hi[1], lo[2], hi[2], maxRate);
    }
}
