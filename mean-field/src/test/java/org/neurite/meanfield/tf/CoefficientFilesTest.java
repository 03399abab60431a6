package org.neurite.meanfield.tf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.Json;
import org.neurite.channels.testing.ValidationData;
import org.neurite.meanfield.stats.Membrane;
import org.neurite.meanfield.stats.MembraneStatistics;
import org.neurite.meanfield.stats.Moments;
import org.neurite.meanfield.stats.Pathway;
import org.neurite.meanfield.stats.ShotNoise;
import org.neurite.meanfield.validation.TfFitCase;

class CoefficientFilesTest {
    @TempDir
    Path tmp;

    private static Path dir() {
        return ValidationData.folder("meanfield_zerlaut");
    }

    @Test
    void readsThePublishedNotebookFits() {
        Coefficients c = CoefficientFiles.read(dir().resolve("jcns2018_notebook_fits_and_fixed_points.json"), "FS");
        assertEquals(Template.ZERLAUT2018, c.template());
        assertEquals(-53.9174436, c.coefficientsMV()[0], 0);
        assertEquals(200, c.membrane().cmPF(), 0);
        assertNull(c.form(), "the published files do not record the fluctuation form");
        assertEquals(ShotNoise.TEXTBOOK, c.transferFunction(null, null).form(), "textbook is the default");
    }

    @Test
    void readsDiVoloCoefficientsInVoltsAsMillivolts() {
        Coefficients e = CoefficientFiles.read(dir().resolve("divolo2019_tvb_coefficients.json"), "e");
        assertEquals(Template.DIVOLO2019, e.template());
        assertEquals(-49.83106, e.coefficientsMV()[0], 1e-9);
        Coefficients r = CoefficientFiles.read(dir().resolve("divolo2019_tvb_coefficients.json"), "i:rounded");
        assertEquals(-51.4, r.coefficientsMV()[0], 1e-9);
        assertEquals(-65, e.membrane().elMV(), 0);
    }

    @Test
    void divoloTemplateEvaluatesAsTvbWritesIt() {
        // TVB's template (file "template"): V_thre = P0 + P1 V + P2 S + P3 T + P4 V^2 + P5 S^2 + P6 T^2 + P7 V S + P8 V T + P9 S T,
        // nu = erfc((V_thre - muV)/(sqrt2 sV))/(2 Tv), written out here term by term
        TransferFunction tf = CoefficientFiles.read(dir().resolve("divolo2019_tvb_coefficients.json"), "e").transferFunction(null, null);
        MembraneStatistics s = new MembraneStatistics(tf.membrane(), List.of(new Pathway("e", 400, 1.5, 5, 0),
                new Pathway("i", 100, 5, 5, -80)), ShotNoise.TEXTBOOK);
        Moments m = s.compute(new double[] {8, 12}, 0, new Moments());
        double[] p = tf.coefficientsMV();
        double v = (m.muV + 60) / 10;
        double sv = (m.sigmaV - 4) / 6;
        double t = m.tauV * 10 / 200 - 0.5;
        double thr = p[0] + p[1] * v + p[2] * sv + p[3] * t + p[4] * v * v + p[5] * sv * sv + p[6] * t * t + p[7] * v * sv
                + p[8] * v * t + p[9] * sv * t;
        double hz = Erf.erfc((thr - m.muV) / (Math.sqrt(2) * m.sigmaV)) / (2 * m.tauV * 1e-3);
        assertEquals(hz, tf.rateHz(m), 1e-12 * Math.max(1, hz));
    }

    @Test
    void readsTheSeedToolkit31CoefficientsAndEvaluatesTheQuadraticForm() {
        Coefficients c = CoefficientFiles.read(dir().resolve("seed_ntwk_COEFFS.json"), "The_Spectrum_of_Asynch_Dyn_2018/COEFFS_RecExc");
        assertEquals(Template.NTWK31, c.template());
        assertNull(c.membrane());
        BadInputException e = assertThrows(BadInputException.class, () -> c.transferFunction(null, null));
        assertTrue(e.getMessage().contains("without cell parameters"), e.getMessage());
        Membrane cell = new Membrane(10, 200, -70, -50);
        TransferFunction tf = c.transferFunction(cell, null);
        MembraneStatistics s = new MembraneStatistics(cell, List.of(new Pathway("e", 200, 2, 5, 0),
                new Pathway("i", 50, 10, 5, -80)), ShotNoise.TEXTBOOK);
        Moments m = s.compute(new double[] {10, 15}, 0, new Moments());
        // the seed's template (file "template"): X = ((muV+60)/10, (sV-4)/6, gV, (Tv-10 ms)/200 ms, Proba)
        double x = (-50 - m.muV) / m.sigmaV;
        double g = m.skewV;
        double proba = x * x * g * Math.exp(-x * x / 2) / 6 - g * Math.exp(-x * x / 2) / 6
                - Math.sqrt(Math.PI / 2) * Erf.erf(x / Math.sqrt(2)) + Math.sqrt(Math.PI / 2);
        double[] xs = {(m.muV + 60) / 10, (m.sigmaV - 4) / 6, g, (m.tauV - 10) / 200, proba};
        double[] k = c.coefficientsMV();
        double thr = k[0];
        for (int i = 0; i < 5; i++) {
            thr += k[1 + i] * xs[i];
            for (int j = 0; j < 5; j++) {
                thr += k[6 + 5 * i + j] * xs[i] * xs[j];
            }
        }
        assertEquals(thr, tf.thresholdMV(m), 1e-10);
    }

    @Test
    void fitFileRoundTrip() {
        TransferFunctionFit.Result r = TfFitCase.fit(dir(), "FS");
        Path f = tmp.resolve("fit.json");
        FitFile.write(f, r, TfFitCase.data(dir(), "FS"));
        Coefficients c = CoefficientFiles.read(f, null);
        assertArrayEquals(r.tf().coefficientsMV(), c.coefficientsMV(), 0);
        assertEquals(ShotNoise.TEXTBOOK, c.form());
        assertEquals(r.tf().domain(), c.domain());
        assertEquals(r.tf().membrane(), c.membrane());
        assertEquals(r.rmsHz(), Json.read(f).require("fit").getDouble("rms_Hz"), 0);
    }

    @Test
    void badCoefficientFilesGiveOneClearMessage() throws IOException {
        Path nb = dir().resolve("jcns2018_notebook_fits_and_fixed_points.json");
        BadInputException e = assertThrows(BadInputException.class, () -> CoefficientFiles.read(nb, null));
        assertTrue(e.getMessage().contains("select one (RS or FS)"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> CoefficientFiles.read(nb, "PY"));
        assertTrue(e.getMessage().contains("no entry \"PY\""), e.getMessage());
        Path other = tmp.resolve("other.json");
        Files.writeString(other, "{\n  \"a\": 1\n}\n");
        e = assertThrows(BadInputException.class, () -> CoefficientFiles.read(other, null));
        assertTrue(e.getMessage().startsWith(other + ":1: not a known coefficient file"), e.getMessage());
        Path wrong = tmp.resolve("wrong.json");
        Files.writeString(wrong, "{\n \"template\": \"zerlaut2018\",\n \"coefficients_mV\": [1, 2, 3]\n}\n");
        e = assertThrows(BadInputException.class, () -> CoefficientFiles.read(wrong, null));
        assertTrue(e.getMessage().startsWith(wrong + ":3: coefficients_mV: template zerlaut2018 needs 11 coefficients"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> CoefficientFiles.read(tmp.resolve("missing.json"), null));
        assertTrue(e.getMessage().contains("file not found"), e.getMessage());
    }
}
