package org.neurite.morphology.validation;

import java.nio.file.Path;
import java.util.Locale;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.morphology.cable.TimeStepping;

/**
 * Rallpack 1 at dt = 0.05 ms with 1000 compartments against the analytic series solution; the
 * tolerance 1e-3 (0.1 % relative RMS at each end) is Brian2's bound for this test
 * (validation/rallpack/PROVENANCE.md).
 */
public abstract class Rallpack1Case implements ValidationCase {
    private final TimeStepping stepping;

    Rallpack1Case(TimeStepping stepping) {
        this.stepping = stepping;
    }

    @Override
    public String name() {
        return "cable/rallpack1-" + (stepping == TimeStepping.BACKWARD_EULER ? "be" : "cn");
    }

    @Override
    public String reference() {
        return "Rallpack 1 passive cable (1000 comp., dt 0.05 ms, " + stepping.key() + ") vs series solution, both ends";
    }

    @Override
    public String dataFolder() {
        return "rallpack";
    }

    @Override
    public Result run(Path dataDir) {
        double[][] ref = Rallpack1.reference(dataDir);
        double[][] sim = Rallpack1.simulate(1000, 0.05, stepping);
        double[] e = Rallpack1.relativeRms(ref, sim);
        return new Result(Math.max(e[0], e[1]), 1e-3, "rel. RMS (worse end)",
                String.format(Locale.ROOT, "x=0: %.3e, x=L: %.3e; max |dV| %.4f / %.4f mV", e[0], e[1],
                        TraceErrors.maxAbs(ref[0], sim[0]), TraceErrors.maxAbs(ref[1], sim[1])));
    }

    /** Backward Euler. */
    public static final class BackwardEuler extends Rallpack1Case {
        public BackwardEuler() {
            super(TimeStepping.BACKWARD_EULER);
        }
    }

    /** Crank–Nicolson. */
    public static final class CrankNicolson extends Rallpack1Case {
        public CrankNicolson() {
            super(TimeStepping.CRANK_NICOLSON);
        }
    }
}
