package org.neurite.cli.meanfield;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.neurite.channels.io.BadInputException;
import org.neurite.cli.GlobalOptions;
import org.neurite.cli.OutputPaths;
import org.neurite.meanfield.characterize.TfFile;
import org.neurite.meanfield.stats.ShotNoise;
import org.neurite.meanfield.tf.FitFile;
import org.neurite.meanfield.tf.JcnsTfData;
import org.neurite.meanfield.tf.Template;
import org.neurite.meanfield.tf.TfData;
import org.neurite.meanfield.tf.TransferFunctionFit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code neurite meanfield fit tf.h5 --out fit.json}: fits a transfer-function template. */
@Command(name = "fit",
        description = {"Fit a phenomenological-threshold template (erfc of an effective threshold) to characterised "
                + "output rates with Levenberg-Marquardt; print the coefficients and the fit error.",
            "Input: a tf.h5 from 'meanfield characterize', or a JCNS 2018 TF CSV with --params (its .json description)."})
final class FitCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "tf.h5", description = "Characterisation to fit.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "fit.json", description = "Output coefficient file.")
    Path out;

    @Option(names = "--template", defaultValue = "zerlaut2018", paramLabel = "NAME",
            description = "zerlaut2018 (P0..P10, default) or divolo2019 (10 terms).")
    String template;

    @Option(names = "--fluctuations", defaultValue = "textbook", paramLabel = "FORM",
            description = "Shot-noise formulas: textbook (default) or zerlaut2018-legacy (the JCNS 2018 code's (Q_i U_i)^2 term).")
    String fluctuations;

    @Option(names = "--params", paramLabel = "JSON", description = "For a JCNS 2018 CSV input: its parameter description.")
    Path params;

    @Option(names = "--max-iterations", defaultValue = "2000", paramLabel = "N", description = "Levenberg-Marquardt iterations (default: ${DEFAULT-VALUE}).")
    int maxIterations;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        Template t = Template.parse(template, "--template");
        ShotNoise form = ShotNoise.parse(fluctuations, "--fluctuations");
        if (maxIterations < 1) {
            throw BadInputException.parameter("--max-iterations", "must be >= 1, got " + maxIterations);
        }
        OutputPaths.file("--out", out, input, params);
        TfData data;
        if (input.toString().endsWith(".csv")) {
            if (params == null) {
                throw BadInputException.parameter("--params", "a CSV input needs its JCNS 2018 parameter description (.json)");
            }
            data = JcnsTfData.read(input, params);
        } else {
            data = TfFile.read(input);
        }
        TransferFunctionFit.Result r = TransferFunctionFit.fit(data, t, form, new TransferFunctionFit.Options(maxIterations, 1e-12));
        FitFile.write(out, r, data);
        o.printf("fit of %s: template %s, fluctuations %s, %d points (%d firing)%n", input, t.id(), form.id(), r.points(), r.firingPoints());
        o.printf("RMS %.4f Hz, max |error| %.4f Hz (linear start %.4f Hz), %d iterations%n", r.rmsHz(), r.maxAbsHz(), r.linearStartRmsHz(),
                r.iterations());
        double[] c = r.tf().coefficientsMV();
        StringBuilder sb = new StringBuilder("coefficients [mV]:");
        for (int k = 0; k < c.length; k++) {
            sb.append(String.format(" P%d=%.6g", k, c[k]));
        }
        o.println(sb);
        o.println("wrote " + out);
        o.flush();
        return 0;
    }
}
