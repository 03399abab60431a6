package org.neurite.cli.view;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.Callable;
import org.neurite.cli.GlobalOptions;
import org.neurite.viewer.gl.GlSupport;
import org.neurite.viewer.gl.RenderSettings;
import org.neurite.viewer.gl.ViewerWindow;
import org.neurite.viewer.input.ViewerInput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code neurite view INPUT}: the interactive 3-D window; returns when it is closed. */
@Command(name = "view", description = "Open the interactive 3-D window on a morphology file or a cell.h5 "
        + "(drag: orbit; right/shift drag: pan; wheel: zoom; space: play/pause; arrows: step; bottom band: scrub; "
        + "R: reset; 1-4: views; S: save PNG; Q: close).")
public final class ViewCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Mixin
    PictureOptions picture;

    @Parameters(paramLabel = "INPUT", description = "A morphology file (SWC, NeuroML2) or a cell.h5 from cell run / replay.")
    Path input;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Headless.ensure();
        picture.validate();
        ViewerInput in = ViewerInput.load(input);
        RenderSettings settings = picture.settings(in.series());
        GlSupport.require();
        PrintWriter w = spec.commandLine().getOut();
        int frames = in.series().frameCount();
        w.printf("%s: %d compartments, %d frame%s (%s in %s); drag to orbit, right-drag to pan, wheel to zoom, "
                + "space to play, Q to close%n", input.getFileName(), in.series().compartmentCount(), frames,
                frames == 1 ? "" : "s", in.series().quantity(), in.series().units());
        w.flush();
        ViewerWindow window = ViewerWindow.open(in.geometry(), in.series(), settings, "neurite view — " + input.getFileName(),
                Paths.get("").toAbsolutePath(), msg -> {
                    w.println(msg);
                    w.flush();
                });
        window.awaitClosed();
        return 0;
    }
}
