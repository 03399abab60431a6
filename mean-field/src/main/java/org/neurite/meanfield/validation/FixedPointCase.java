package org.neurite.meanfield.validation;

import java.nio.file.Path;
import java.util.List;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.meanfield.markov.FixedPoints;
import org.neurite.meanfield.markov.MarkovSystem;
import org.neurite.meanfield.stats.ShotNoise;

/**
 * The first-order mean-field fixed point of the JCNS 2018 RS–FS network CONFIG1 at a 4 Hz drive
 * with the published transfer-function coefficients and the original code's fluctuation formulas
 * ({@link ShotNoise#ZERLAUT2018_LEGACY}), found by Newton, against the companion notebook's
 * printed ν_e = 2.45719675 Hz, ν_i = 9.64063894 Hz. Tolerance 1e-6 relative: the notebook's
 * numbers are the state of an ODE integration after 200 ms (8–9 digits), not an exact root.
 */
public final class FixedPointCase implements ValidationCase {
    /** Largest relative error accepted. */
    public static final double TOLERANCE = 1e-6;

    @Override
    public String name() {
        return "meanfield/jcns2018-fixed-point";
    }

    @Override
    public String reference() {
        return "1st-order Markov fixed point, CONFIG1, 4 Hz drive, published TFs (legacy form) vs notebook";
    }

    @Override
    public String dataFolder() {
        return "meanfield_zerlaut";
    }

    /** The stable fixed points found (rates first). */
    public static List<FixedPoints.FixedPoint> fixedPoints(Path dataDir) {
        MarkovSystem sys = new MarkovSystem(Jcns2018.config1(dataDir,
                Jcns2018.published(dataDir, "RS", ShotNoise.ZERLAUT2018_LEGACY),
                Jcns2018.published(dataDir, "FS", ShotNoise.ZERLAUT2018_LEGACY), 4.0), MarkovSystem.Order.FIRST);
        return FixedPoints.find(sys, 0.0);
    }

    @Override
    public Result run(Path dataDir) {
        JsonValue ref = Json.read(dataDir.resolve(Jcns2018.NOTEBOOK)).require("fixed_points_nu_drive_4Hz").require("first_order");
        double refE = ref.getDouble("nu_e_Hz");
        double refI = ref.getDouble("nu_i_Hz");
        List<FixedPoints.FixedPoint> fps = fixedPoints(dataDir);
        double best = Double.POSITIVE_INFINITY;
        double[] bestState = null;
        for (FixedPoints.FixedPoint fp : fps) {
            double err = Math.max(Math.abs(fp.state()[0] - refE) / refE, Math.abs(fp.state()[1] - refI) / refI);
            if (err < best) {
                best = err;
                bestState = fp.state();
            }
        }
        String detail = bestState == null ? "no fixed point found"
                : String.format("nu_e = %.8f Hz, nu_i = %.8f Hz (%d fixed point(s) found)", bestState[0], bestState[1], fps.size());
        return new Result(best, TOLERANCE, "max relative error of (nu_e, nu_i)", detail);
    }
}
