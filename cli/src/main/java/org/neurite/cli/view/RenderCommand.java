package org.neurite.cli.view;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.neurite.channels.io.BadInputException;
import org.neurite.cli.GlobalOptions;
import org.neurite.cli.OutputPaths;
import org.neurite.cli.Progress;
import org.neurite.viewer.frame.FramePlan;
import org.neurite.viewer.gl.GlSupport;
import org.neurite.viewer.gl.PngRendering;
import org.neurite.viewer.gl.RenderSettings;
import org.neurite.viewer.input.ViewerInput;
import org.neurite.viewer.scene.CompartmentSeries;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code neurite render INPUT --out frame.png [--time MS]} or {@code --frames DIR [--every MS]}:
 * PNG pictures of a morphology (coloured by path distance) or of a cell.h5 (coloured by voltage),
 * with colour bar and time label. Needs an X display (Xvfb will do).
 */
@Command(name = "render", description = "Write PNG pictures of a morphology file or a cell.h5: one frame (--out) "
        + "or a numbered sequence (--frames DIR). Needs an X display (e.g. xvfb-run -a).")
public final class RenderCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Mixin
    PictureOptions picture;

    @Parameters(paramLabel = "INPUT", description = "A morphology file (SWC, NeuroML2) or a cell.h5 from cell run / replay.")
    Path input;

    @Option(names = "--out", paramLabel = "FILE", description = "Write one frame to this PNG file.")
    Path out;

    @Option(names = "--time", paramLabel = "MS", description = "Time of the frame written with --out, within the recording (the recorded frame at or before it; default: the first).")
    Double time;

    @Option(names = "--frames", paramLabel = "DIR", description = "Write a sequence frame_00000.png, ... into this folder (replacing the frames of an earlier sequence there, once all are written).")
    Path frames;

    @Option(names = "--every", paramLabel = "MS", description = "Spacing of the sequence (default: every recorded frame).")
    Double every;

    @Option(names = "--from", paramLabel = "MS", description = "First time of the sequence (default: the first frame).")
    Double from;

    @Option(names = "--to", paramLabel = "MS", description = "Last time of the sequence (default: the last frame).")
    Double to;

    @Option(names = "--at", paramLabel = "MS", split = ",", description = "A sequence of chosen moments instead of --every/--from/--to, e.g. --at 500,1000,1200.")
    double[] at;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if ((out == null) == (frames == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --out FILE or --frames DIR");
        }
        if (out != null && (every != null || from != null || to != null || at != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--every, --from, --to and --at go with --frames");
        }
        if (at != null && (every != null || from != null || to != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--at replaces --every, --from and --to");
        }
        if (frames != null && time != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--time goes with --out (use --from/--to with --frames)");
        }
        Headless.ensure();
        picture.validate();
        double timeMs = nan("--time", time);
        double fromMs = nan("--from", from);
        double toMs = nan("--to", to);
        double everyMs = nan("--every", every);
        OutputPaths.file("--out", out, input);
        OutputPaths.folder("--frames", frames);
        ViewerInput in = ViewerInput.load(input);
        RenderSettings settings = picture.settings(in.series());
        FramePlan plan = frames == null ? null
                : at != null ? FramePlan.at(in.series(), at) : FramePlan.of(in.series(), fromMs, toMs, everyMs);
        if (out != null) {
            checkRecorded(in.series(), timeMs);
        }
        GlSupport.require();
        PrintWriter w = spec.commandLine().getOut();
        if (out != null) {
            String label = PngRendering.single(in.geometry(), in.series(), settings, timeMs, out);
            w.printf("wrote %s (%dx%d, view %s, %s)%n", out, settings.width(), settings.height(), settings.view().label(), label);
        } else {
            List<Path> files;
            try (Progress p = Progress.start("render", global.showProgress())) {
                files = PngRendering.sequence(in.geometry(), in.series(), settings, plan, frames, p.listener());
            }
            w.printf("wrote %d frames to %s (%s … %s; %s … %s)%n", files.size(), frames,
                    files.get(0).getFileName(), files.get(files.size() - 1).getFileName(), plan.label(0), plan.label(plan.size() - 1));
        }
        w.flush();
        return 0;
    }

    /** The option's value, NaN when not given. */
    private static double nan(String option, Double v) {
        if (v != null && !Double.isFinite(v)) {
            throw BadInputException.parameter(option, "must be a finite time [ms], got " + v);
        }
        return v == null ? Double.NaN : v;
    }

    /** --time must fall in a recording (the same rule as --at); a picture of a morphology has no time. */
    private static void checkRecorded(CompartmentSeries series, double timeMs) {
        int n = series.frameCount();
        if (Double.isNaN(timeMs) || n < 2) {
            return;
        }
        double first = series.timeMs(0);
        double last = series.timeMs(n - 1);
        double step = (last - first) / (n - 1);
        if (timeMs < first || timeMs > last + step) {
            throw BadInputException.parameter("--time", "time " + timeMs + " ms is outside the recording (" + first + " … " + last + " ms)");
        }
    }
}
