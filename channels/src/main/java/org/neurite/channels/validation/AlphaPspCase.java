package org.neurite.channels.validation;

import java.nio.file.Path;
import org.neurite.channels.receptor.Alpha;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.receptor.SynapseBank;
import org.neurite.channels.spi.ValidationCase;

/**
 * The PSP of an alpha-shaped current on a leaky membrane, integrated step by step with the synapse
 * bank's exact coefficients, against NEST's closed form (test_iaf_psc_alpha_1to2; written out in
 * nest_point_neurons/PROVENANCE.md): V(s) − E_L = w·e/(τs·C)·[(e^{−s/τm} − e^{−s/τs})/b² −
 * s·e^{−s/τs}/b], b = 1/τs − 1/τm. τs 0.5 ms, τm 20 ms, C 250 pF, w 1 pA, h 0.1 ms, 40 ms.
 */
public final class AlphaPspCase implements ValidationCase {
    @Override
    public String name() {
        return "receptor/alpha-psp";
    }

    @Override
    public String reference() {
        return "alpha-current PSP by exact propagators vs NEST's closed form";
    }

    @Override
    public String dataFolder() {
        return null;
    }

    @Override
    public Result run(Path dataDir) {
        double tauS = 0.5;
        double tauM = 20.0;
        double cm = 250.0;
        double w = 1.0;
        double h = 0.1;
        SynapseBank bank = SynapseBank.onePerTarget(Receptor.current("alpha", new Alpha(tauS)), 1, h);
        double[] c = bank.membraneFilter(tauM);
        double p33 = Math.exp(-h / tauM);
        bank.deliver(0, w);
        double v = 0;
        double b = 1 / tauS - 1 / tauM;
        double worst = 0;
        double peak = 0;
        for (int step = 1; step <= 400; step++) {
            v = p33 * v + bank.filtered(0, c) / cm;
            bank.advance();
            double s = step * h;
            double expected = w * Math.E / (tauS * cm)
                    * ((Math.exp(-s / tauM) - Math.exp(-s / tauS)) / (b * b) - s * Math.exp(-s / tauS) / b);
            worst = Math.max(worst, Math.abs(v - expected) / Math.abs(expected));
            peak = Math.max(peak, v);
        }
        return new Result(worst, 1e-9, "max relative error", String.format("peak %.6e mV for 1 pA", peak));
    }
}
