package org.neurite.cli.plot;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.neurite.cli.GlobalOptions;
import org.neurite.meanfield.tf.TfData;
import org.neurite.meanfield.characterize.TfFile;
import org.neurite.meanfield.tf.CoefficientFiles;
import org.neurite.meanfield.tf.Coefficients;
import org.neurite.meanfield.tf.RateFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code neurite plot tf tf.h5 [--fit fit.json] --out tf.png}: the measured transfer function of
 * {@code neurite meanfield characterize} (output rate against excitatory input rate, one curve per
 * inhibitory rate, mean ± SD over cells) and, with {@code --fit}, the fitted transfer function of
 * {@code neurite meanfield fit} dashed.
 */
@Command(name = "tf", description = "Transfer-function curves of 'neurite meanfield characterize' data, with a 'meanfield fit' dashed.")
final class PlotTfCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Mixin
    PlotOutput output;

    @Parameters(index = "0", paramLabel = "TF_H5", description = "tf.h5 of 'neurite meanfield characterize'.")
    Path data;

    @Option(names = "--fit", paramLabel = "FIT_JSON", description = "fit.json of 'neurite meanfield fit' (or another coefficient file with one entry).")
    Path fit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        output.check(data, fit);
        TfData d = TfFile.read(data);
        RateFunction tf = null;
        String fitName = null;
        if (fit != null) {
            Coefficients c = CoefficientFiles.read(fit, null);
            tf = c.transferFunction(c.membrane() == null ? d.membrane() : null, null).bind(d.pathways());
            fitName = c.template().id();
        }
        LinePanel p = TfFigure.panel(d, tf, fitName);
        Figure f = new Figure(output.width).add(p, 600);
        output.write(f, spec.commandLine().getOut(), TfFigure.curves(d).size() + " curves, " + d.size() + " points"
                + (tf == null ? "" : ", fit " + fitName + " dashed"));
        return 0;
    }
}
