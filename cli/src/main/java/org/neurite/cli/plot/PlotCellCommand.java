package org.neurite.cli.plot;

import io.jhdf.HdfFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.record.Hdf5Reading;
import org.neurite.cli.GlobalOptions;
import org.neurite.morphology.cell.CellFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code neurite plot cell cell.h5 --out cell.png}: the probe voltages of a cell run (soma panel,
 * dendrite panel), read from {@code /probes/names} and {@code /traces/probes/v} of a
 * {@code neurite-cell/1} file — the demo's cell figure.
 */
@Command(name = "cell", description = "Probe voltages (soma, dendrites) of a 'neurite cell run' or 'neurite replay' cell.h5.")
final class PlotCellCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Mixin
    PlotOutput output;

    @Parameters(index = "0", paramLabel = "CELL_H5", description = "cell.h5 of 'neurite cell run' or 'neurite replay'.")
    Path cell;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        output.check(cell);
        String name = cell.toString();
        double[] t;
        String[] names;
        List<double[]> columns = new ArrayList<>();
        double tStop;
        try (HdfFile f = Hdf5Reading.open(cell)) {
            String format = Hdf5Reading.stringAttribute(f, "format");
            if (!CellFile.FORMAT.equals(format)) {
                throw BadInputException.at(name, 0, "not a neurite cell file (format attribute "
                        + (format == null ? "missing" : "\"" + format + "\"") + ", expected \"" + CellFile.FORMAT + "\")");
            }
            if (f.getChildren().get("probes") == null) {
                throw BadInputException.at(name, 0, "has no probes to plot (the cell spec recorded none)");
            }
            if (!(Hdf5Reading.dataset(f, "/probes/names").getData() instanceof String[] n)) {
                throw BadInputException.at(name, 0, "/probes/names must hold strings");
            }
            names = n;
            t = Hdf5Reading.doubles(f, "/traces/probes/v/time");
            double[][] data = Hdf5Reading.matrix(f, "/traces/probes/v/data");
            if (data.length != t.length || t.length == 0 || data[0].length != names.length) {
                throw BadInputException.at(name, 0, "/traces/probes/v/data is " + data.length + " x " + (data.length == 0 ? 0 : data[0].length)
                        + " for " + t.length + " times and " + names.length + " probes");
            }
            for (int j = 0; j < names.length; j++) {
                double[] c = new double[t.length];
                for (int k = 0; k < t.length; k++) {
                    c[k] = data[k][j];
                }
                columns.add(c);
            }
            tStop = Hdf5Reading.numberAttribute(f, "tstop_ms", t[t.length - 1]);
        } catch (BadInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw BadInputException.at(name, 0, "unreadable cell file: " + e.getMessage());
        }
        Figure fig = CellFigure.of(t, List.of(names), columns, 0, tStop, output.width);
        output.write(fig, spec.commandLine().getOut(), names.length + " probes, " + t.length + " samples");
        return 0;
    }
}
