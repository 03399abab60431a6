package org.neurite.meanfield.auto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.meanfield.characterize.CellSpec;
import org.neurite.meanfield.characterize.Characterization;
import org.neurite.meanfield.characterize.CharacterizationResult;
import org.neurite.meanfield.characterize.SynapseSpec;
import org.neurite.meanfield.stats.ShotNoise;
import org.neurite.meanfield.tf.Template;
import org.neurite.meanfield.tf.TfData;
import org.neurite.meanfield.tf.TransferFunctionFit;

/**
 * The automatic characterisation of one population's cell: a pre-scan and a final scan on the
 * {@link AdaptiveGrid} of its {@link InputKinds} (single cells simulated by
 * {@link Characterization}, points in parallel, seeded), then the zerlaut2018 template fitted by
 * {@link TransferFunctionFit}.
 */
final class Characterisation {
    /** The template fitted. */
    static final Template TEMPLATE = Template.ZERLAUT2018;

    private Characterisation() {
    }

    /**
     * What a characterisation did.
     *
     * @param data the final scan (grid, mean and SD of the output rate)
     * @param fit the fitted transfer function and its error
     * @param seconds wall time of both scans and the fit [s]
     */
    record Outcome(TfData data, TransferFunctionFit.Result fit, double seconds) {
    }

    /** Simulated cell-steps of a characterisation, for progress (the final scan counted at its largest). */
    static double work(CellType cell, InputKinds kinds, Settings s) {
        int rows = AdaptiveGrid.rows(kinds.kinds(), s.rows()).length;
        double pre = (double) rows * s.ladder() * s.prescanCells() * steps(cell, s.prescanMs());
        double fin = (double) rows * (s.levels() + 2) * s.cells() * steps(cell, s.durationMs());
        return pre + fin;
    }

    private static double steps(CellType cell, double measuredMs) {
        return Math.round((cell.transientMs() + measuredMs) / cell.dtMs());
    }

    /**
     * @param cell the cell
     * @param kinds its inputs and their ranges
     * @param form fluctuation formulas of the fit
     * @param s settings
     * @param threads worker threads
     * @param progress receives progress in cell-steps over {@link #work} (serialised calls)
     */
    static Outcome run(CellType cell, InputKinds kinds, ShotNoise form, Settings s, int threads, ProgressListener progress) {
        long t0 = System.nanoTime();
        List<InputKinds.Kind> k = kinds.kinds();
        double[][] rows = AdaptiveGrid.rows(k, s.rows());
        double[] ladder = AdaptiveGrid.ladder(k.get(0).loHz(), k.get(0).hiHz(), s.ladder(), 2.0);
        double total = work(cell, kinds, s);
        double preWork = (double) rows.length * s.ladder() * s.prescanCells() * steps(cell, s.prescanMs());

        double[][] prePoints = new double[rows.length * ladder.length][];
        for (int r = 0; r < rows.length; r++) {
            for (int j = 0; j < ladder.length; j++) {
                prePoints[r * ladder.length + j] = point(ladder[j], rows[r]);
            }
        }
        TfData pre = scan(cell, kinds, prePoints, s.prescanCells(), s.prescanMs(), s.seed(), threads,
                share(progress, 0, preWork, total)).data();

        List<double[]> points = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            double[] out = new double[ladder.length];
            for (int j = 0; j < ladder.length; j++) {
                out[j] = pre.meanHz()[r * ladder.length + j];
            }
            for (double f : AdaptiveGrid.rowLevels(ladder, out, s.outputCapHz(), s.levels())) {
                points.add(point(f, rows[r]));
            }
        }
        double[][] fin = points.toArray(new double[0][]);
        double finWork = (double) fin.length * s.cells() * steps(cell, s.durationMs());
        TfData data = scan(cell, kinds, fin, s.cells(), s.durationMs(), s.seed() + 1, threads,
                share(progress, preWork, finWork, total)).data();
        progress.progress(Math.round(total), Math.round(total));
        TransferFunctionFit.Result fit;
        try {
            fit = TransferFunctionFit.fit(data, TEMPLATE, form, new TransferFunctionFit.Options(2000, 1e-12, s.countingFloorHz()));
        } catch (BadInputException e) {
            throw BadInputException.parameter("transfer function of " + cell.population(), "the automatic characterisation failed ("
                    + e.getMessage() + "); give one with --tf " + cell.population() + "=FILE");
        }
        return new Outcome(data, fit, (System.nanoTime() - t0) * 1e-9);
    }

    private static double[] point(double driving, double[] row) {
        double[] p = new double[row.length + 1];
        p[0] = driving;
        System.arraycopy(row, 0, p, 1, row.length);
        return p;
    }

    private static CharacterizationResult scan(CellType cell, InputKinds kinds, double[][] points, int cells, double measuredMs,
                                               long seed, int threads, ProgressListener progress) {
        List<SynapseSpec> syn = new ArrayList<>();
        for (InputKinds.Kind k : kinds.kinds()) {
            syn.add(new SynapseSpec(k.pathway(name(k, kinds)), k.port()));
        }
        CellSpec spec = new CellSpec("automatic characterisation of " + cell.population(), cell.model(), cell.parameters(),
                cell.integrator(), cell.membrane(), syn, points, cells, seed, cell.transientMs() + measuredMs, cell.transientMs(),
                cell.dtMs(), false, "");
        return Characterization.run(spec, threads, progress);
    }

    /** A kind's pathway name: its port, with Q when two kinds share the port. */
    static String name(InputKinds.Kind k, InputKinds kinds) {
        long same = kinds.kinds().stream().filter(o -> o.port().equals(k.port())).count();
        return same > 1 ? k.port() + "_Q" + k.qNS() : k.port();
    }

    /** Maps a scan's own progress onto [offset, offset + weight) of the whole characterisation. */
    private static ProgressListener share(ProgressListener parent, double offset, double weight, double total) {
        return (done, all) -> parent.progress(Math.round(offset + weight * done / Math.max(1, all)), Math.round(total));
    }

    /**
     * How the characterisation samples the cell. The defaults, and why, are in
     * {@link #DEFAULT}.
     *
     * @param outputCapHz highest output rate the grid aims at, and the rate assumed at most for
     *                    recurrent sources [Hz]
     * @param rows number of rows (levels of the non-driving kinds)
     * @param levels firing levels of the driving kind per row
     * @param ladder pre-scan rungs per row
     * @param prescanCells cells per pre-scan point
     * @param prescanMs counted time per pre-scan cell [ms]
     * @param cells cells per final point
     * @param durationMs counted time per final cell [ms] (after the cell's transient)
     * @param seed random seed (the final scan uses seed + 1)
     * @param countingFloorHz floor of the counting-noise weights of the fit [Hz] (see {@link TransferFunctionFit.Options})
     */
    record Settings(double outputCapHz, int rows, int levels, int ladder, int prescanCells, double prescanMs, int cells,
                    double durationMs, long seed, double countingFloorHz) {
        /**
         * Defaults: a 30 Hz cap as the JCNS 2018 grids (outputs up to ~26 Hz), 8 inhibitory rows
         * × 10 firing levels (their 8 × 10), pre-scan 24 rungs × 4 cells × 1 s, final 4 cells ×
         * 5 s per point.
         */
        static final Settings DEFAULT = new Settings(30, 8, 10, 24, 4, 1000, 4, 5000, 1, 1.0);

        /** The settings as a JSON-able map (part of the cache key). */
        Map<String, Object> describe() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("output_cap_Hz", outputCapHz);
            m.put("rows", rows);
            m.put("levels", levels);
            m.put("ladder", ladder);
            m.put("prescan_cells", prescanCells);
            m.put("prescan_ms", prescanMs);
            m.put("cells", cells);
            m.put("duration_ms", durationMs);
            m.put("seed", seed);
            m.put("counting_floor_Hz", countingFloorHz);
            return m;
        }
    }
}
