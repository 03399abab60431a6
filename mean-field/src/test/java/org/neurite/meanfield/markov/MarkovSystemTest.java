package org.neurite.meanfield.markov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurite.channels.input.RateWaveform;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.testing.ValidationData;
import org.neurite.meanfield.stats.ShotNoise;
import org.neurite.meanfield.tf.TransferFunction;
import org.neurite.meanfield.validation.Jcns2018;
import org.neurite.meanfield.validation.TfFitCase;

class MarkovSystemTest {
    private static Path dir() {
        return ValidationData.folder("meanfield_zerlaut");
    }

    private static MeanFieldModel published(ShotNoise form, double drive) {
        return Jcns2018.config1(dir(), Jcns2018.published(dir(), "RS", form), Jcns2018.published(dir(), "FS", form), drive);
    }

    private static double[] reference() {
        JsonValue ref = Json.read(dir().resolve(Jcns2018.NOTEBOOK)).require("fixed_points_nu_drive_4Hz").require("first_order");
        return new double[] {ref.getDouble("nu_e_Hz"), ref.getDouble("nu_i_Hz")};
    }

    @Test
    void integrationReproducesTheNotebookRun() {
        // the notebook integrated T dnu/dt = F - nu from (1, 10) Hz for 200 ms and printed the final state;
        // RK4 at 0.1 ms must give the same 8 digits (1e-6 relative, as the fixed-point case)
        MarkovSystem sys = new MarkovSystem(published(ShotNoise.ZERLAUT2018_LEGACY, 4), MarkovSystem.Order.FIRST);
        Trajectory tr = Integrator.run(sys, sys.state(new double[] {1, 10}), 0, 200, 0.1, 1, ProgressListener.NONE);
        double[] ref = reference();
        double[] last = tr.last();
        assertEquals(ref[0], last[0], 1e-6 * ref[0]);
        assertEquals(ref[1], last[1], 1e-6 * ref[1]);
        assertEquals(201, tr.size());
    }

    @Test
    void fixedPointIsStableAndItsLeadingEigenvalueIsTheDecayRate() {
        // the Jacobian's leading eigenvalue (EJML) must equal the late-time exponential decay rate of a
        // small perturbation integrated with RK4 (independent route), to 1 %
        MarkovSystem sys = new MarkovSystem(published(ShotNoise.ZERLAUT2018_LEGACY, 4), MarkovSystem.Order.FIRST);
        List<FixedPoints.FixedPoint> fps = FixedPoints.find(sys, 0);
        assertEquals(1, fps.size(), "one fixed point from 16 starts");
        FixedPoints.FixedPoint fp = fps.get(0);
        Stability st = fp.stability();
        assertTrue(st.stable(), "eigenvalues " + java.util.Arrays.toString(st.real()));
        assertEquals(0, st.imaginary()[0], 1e-12, "CONFIG1 relaxes without oscillation");
        double[] y0 = fp.state().clone();
        y0[0] += 1e-3;
        y0[1] += 1e-3;
        Trajectory tr = Integrator.run(sys, y0, 0, 60, 0.01, 10, ProgressListener.NONE);
        double d1 = dist(tr.states()[4], fp.state());
        double d2 = dist(tr.states()[6], fp.state());
        double rate = Math.log(d2 / d1) / (tr.timesMs()[6] - tr.timesMs()[4]);
        assertEquals(st.leadingReal(), rate, 0.01 * Math.abs(st.leadingReal()));
    }

    private static double dist(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    @Test
    void eigenvaluesOfAKnownMatrix() {
        // [[-a, -b], [b, -a]] has eigenvalues -a +- i b
        Stability s = Stability.of(new double[][] {{-0.2, -3}, {3, -0.2}});
        assertEquals(-0.2, s.real()[0], 1e-12);
        assertEquals(3, Math.abs(s.imaginary()[0]), 1e-12);
        assertFalse(Stability.of(new double[][] {{0.1, 0}, {0, -1}}).stable());
    }

    @Test
    void textbookFormIsTheDefaultAndMovesThePublishedFixedPoint() {
        // PROVENANCE: the published coefficients with the textbook (U_i tau_i)^2 term give ~(15.8, 31.3) Hz
        MeanFieldModel m = Jcns2018.config1(dir(), Jcns2018.published(dir(), "RS", null), Jcns2018.published(dir(), "FS", null), 4);
        assertEquals(ShotNoise.TEXTBOOK, m.populations().get(0).tf().form());
        List<FixedPoints.FixedPoint> fps = FixedPoints.find(new MarkovSystem(m, MarkovSystem.Order.FIRST), 0);
        boolean near = false;
        for (FixedPoints.FixedPoint fp : fps) {
            near |= Math.abs(fp.state()[0] - 15.8) < 0.05 * 15.8 && Math.abs(fp.state()[1] - 31.3) < 0.05 * 31.3;
        }
        assertTrue(near, "fixed points " + fps.stream().map(f -> java.util.Arrays.toString(f.state())).toList());
    }

    @Test
    void secondOrderTendsToFirstOrderForLargePopulations() {
        // the finite-size source term F(1/T - F)/N vanishes as N grows: covariances -> 0 and the rates -> the
        // first-order fixed point (here N = 1e12: relative difference below 1e-6)
        MeanFieldModel m = published(ShotNoise.ZERLAUT2018_LEGACY, 4);
        List<MeanFieldModel.Population> big = m.populations().stream()
                .map(p -> new MeanFieldModel.Population(p.name(), 1e12, p.tf(), p.inputs(), null)).toList();
        MeanFieldModel huge = new MeanFieldModel(big, m.afferents(), m.markovTimeMs());
        double[] first = FixedPoints.find(new MarkovSystem(huge, MarkovSystem.Order.FIRST), 0).get(0).state();
        double[] second = FixedPoints.find(new MarkovSystem(huge, MarkovSystem.Order.SECOND), 0).get(0).state();
        assertEquals(first[0], second[0], 1e-6 * first[0]);
        assertEquals(first[1], second[1], 1e-6 * first[1]);
    }

    @Test
    void timeVaryingDriveMovesBetweenFixedPoints() {
        // drive 4 Hz until 100 ms, then 6 Hz: the trajectory sits on the 4 Hz fixed point before the switch and
        // reaches the 6 Hz one (found by Newton separately) 300 ms later, to 1e-6 relative
        RateWaveform step = RateWaveform.sampled(0, 100, new double[] {4, 4, 6});
        MeanFieldModel m = Jcns2018.config1(dir(), Jcns2018.published(dir(), "RS", ShotNoise.ZERLAUT2018_LEGACY),
                Jcns2018.published(dir(), "FS", ShotNoise.ZERLAUT2018_LEGACY), RateWaveform.constant(4));
        MarkovSystem sys = new MarkovSystem(m.withAfferents(Map.of("drive", step)), MarkovSystem.Order.FIRST);
        double[] at4 = FixedPoints.find(new MarkovSystem(published(ShotNoise.ZERLAUT2018_LEGACY, 4), MarkovSystem.Order.FIRST), 0).get(0).state();
        double[] at6 = FixedPoints.find(new MarkovSystem(published(ShotNoise.ZERLAUT2018_LEGACY, 6), MarkovSystem.Order.FIRST), 0).get(0).state();
        Trajectory tr = Integrator.run(sys, at4, 0, 500, 0.1, 1, ProgressListener.NONE);
        assertEquals(at4[0], tr.states()[100][0], 1e-9 * at4[0]);
        assertEquals(at6[0], tr.last()[0], 1e-6 * at6[0]);
        assertEquals(at6[1], tr.last()[1], 1e-6 * at6[1]);
        assertTrue(at6[0] > at4[0] * 1.2, "more drive, more activity");
    }

    @Test
    void adaptationFixedPointSatisfiesTheWEquation() {
        // di Volo 2019: at a fixed point W = a (mu_V - E_L) + tau_w b nu; adaptation lowers the rates
        TransferFunction rs = TfFitCase.fit(dir(), "RS").tf();
        TransferFunction fs = TfFitCase.fit(dir(), "FS").tf();
        MeanFieldModel plain = Jcns2018.config1(dir(), rs, fs, 4);
        MeanFieldModel.Population exc = plain.populations().get(0);
        MeanFieldModel adapted = new MeanFieldModel(List.of(
                new MeanFieldModel.Population("RS", exc.size(), rs, exc.inputs(), new MeanFieldModel.Adaptation(4, 20, 500)),
                plain.populations().get(1)), plain.afferents(), plain.markovTimeMs());
        MarkovSystem sys = new MarkovSystem(adapted, MarkovSystem.Order.FIRST);
        List<FixedPoints.FixedPoint> fps = FixedPoints.find(sys, 0);
        assertFalse(fps.isEmpty());
        double[] y = fps.get(0).state();
        int w = sys.adaptationIndex(0);
        double[] f = new double[2];
        org.neurite.meanfield.stats.Moments[] mm = {new org.neurite.meanfield.stats.Moments(), new org.neurite.meanfield.stats.Moments()};
        sys.transferRates(0, y, f, mm);
        assertEquals(4 * (mm[0].muV - (-65)) + 500 * 20 * y[0] * 1e-3, y[w], 1e-8);
        assertEquals(y[0], f[0], 1e-9);
        double plainRate = FixedPoints.find(new MarkovSystem(plain, MarkovSystem.Order.FIRST), 0).get(0).state()[0];
        assertTrue(y[0] < plainRate, y[0] + " vs " + plainRate);
        assertTrue(fps.get(0).stability().stable());
    }

    @Test
    void extrapolationIsReported() {
        // the fitted RS/FS transfer functions driven at 40 Hz leave the data's range (rates above 30 Hz)
        TransferFunction rs = TfFitCase.fit(dir(), "RS").tf();
        TransferFunction fs = TfFitCase.fit(dir(), "FS").tf();
        MarkovSystem calm = new MarkovSystem(Jcns2018.config1(dir(), rs, fs, 4), MarkovSystem.Order.FIRST);
        double[] fp = FixedPoints.find(calm, 0).get(0).state();
        assertTrue(FitRange.outside(calm, 0, fp).isEmpty(), FitRange.outside(calm, 0, fp).toString());
        MarkovSystem hot = new MarkovSystem(Jcns2018.config1(dir(), rs, fs, 40), MarkovSystem.Order.FIRST);
        List<String> msgs = FitRange.outside(hot, 0, hot.state(new double[] {20, 60}));
        assertFalse(msgs.isEmpty());
        assertTrue(msgs.get(0).startsWith("population RS at t = 0.000 ms: "), msgs.get(0));
        assertTrue(msgs.get(0).contains("extrapolated"), msgs.get(0));
    }

    @Test
    void badModelsAreNamed() {
        MeanFieldModel m = published(ShotNoise.TEXTBOOK, 4);
        BadInputException e = assertThrows(BadInputException.class,
                () -> new MeanFieldModel(m.populations(), Map.of(), 5));
        assertTrue(e.getMessage().contains("input drive"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> new MeanFieldModel(m.populations(), m.afferents(), 0));
        assertTrue(e.getMessage().contains("mean field T"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> m.withAfferents(Map.of("AffExc", RateWaveform.constant(1))));
        assertTrue(e.getMessage().contains("known: drive"), e.getMessage());
    }
}
