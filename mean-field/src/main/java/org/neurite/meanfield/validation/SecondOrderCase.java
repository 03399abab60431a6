package org.neurite.meanfield.validation;

import java.nio.file.Path;
import java.util.List;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.meanfield.markov.FixedPoints;
import org.neurite.meanfield.markov.MarkovSystem;
import org.neurite.meanfield.stats.ShotNoise;

/**
 * The second-order (means and covariances) Markov fixed point of JCNS 2018 CONFIG1 at a 4 Hz drive
 * with the published coefficients (legacy fluctuation form), against the companion notebook's
 * second-order values quoted in {@code meanfield_zerlaut/brian2_rsfs_network_rates.json}
 * ("comparison": c_ee 0.098, c_ii 0.25, c_ei 0.12 Hz², two significant digits). The error is
 * |Δc| in units of half the last printed digit, so 1 means "rounds to the quoted value".
 */
public final class SecondOrderCase implements ValidationCase {
    /** The quoted notebook values [Hz²]: c_ee, c_ei, c_ii. */
    public static final double[] QUOTED = {0.098, 0.12, 0.25};
    /** Half a unit of the last quoted digit [Hz²]. */
    public static final double[] HALF_DIGIT = {0.0005, 0.005, 0.005};

    @Override
    public String name() {
        return "meanfield/jcns2018-second-order";
    }

    @Override
    public String reference() {
        return "2nd-order Markov covariances at the CONFIG1 fixed point vs the notebook's (0.098, 0.12, 0.25 Hz^2)";
    }

    @Override
    public String dataFolder() {
        return "meanfield_zerlaut";
    }

    /** The second-order system of CONFIG1 with the published transfer functions. */
    public static MarkovSystem system(Path dataDir) {
        return new MarkovSystem(Jcns2018.config1(dataDir,
                Jcns2018.published(dataDir, "RS", ShotNoise.ZERLAUT2018_LEGACY),
                Jcns2018.published(dataDir, "FS", ShotNoise.ZERLAUT2018_LEGACY), 4.0), MarkovSystem.Order.SECOND);
    }

    @Override
    public Result run(Path dataDir) {
        MarkovSystem sys = system(dataDir);
        List<FixedPoints.FixedPoint> fps = FixedPoints.find(sys, 0.0);
        double best = Double.POSITIVE_INFINITY;
        String detail = "no fixed point found";
        for (FixedPoints.FixedPoint fp : fps) {
            double[] y = fp.state();
            double[] c = {y[sys.covarianceIndex(0, 0)], y[sys.covarianceIndex(0, 1)], y[sys.covarianceIndex(1, 1)]};
            double err = 0;
            for (int k = 0; k < 3; k++) {
                err = Math.max(err, Math.abs(c[k] - QUOTED[k]) / HALF_DIGIT[k]);
            }
            if (err < best) {
                best = err;
                detail = String.format("nu = (%.5f, %.5f) Hz, c_ee = %.5f, c_ei = %.5f, c_ii = %.5f Hz^2, %s",
                        y[0], y[1], c[0], c[1], c[2], fp.stability().stable() ? "stable" : "unstable");
            }
        }
        return new Result(best, 1.0, "max |c - quoted| / half last digit", detail);
    }
}
