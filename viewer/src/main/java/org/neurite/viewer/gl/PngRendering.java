package org.neurite.viewer.gl;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.viewer.frame.FrameFolder;
import org.neurite.viewer.frame.FramePlan;
import org.neurite.viewer.frame.OverlayPainter;
import org.neurite.viewer.frame.PngFiles;
import org.neurite.viewer.scene.CellGeometry;
import org.neurite.viewer.scene.CompartmentSeries;
import org.neurite.viewer.scene.MorphologyMesh;

/**
 * PNG pictures of a cell: one frame at a time, or a numbered sequence ({@code frame_00000.png}, …)
 * in a folder. Each file, and each sequence, is written whole or not at all. One offscreen renderer serves the whole
 * sequence, so only the values change between frames.
 */
public final class PngRendering {
    private PngRendering() {
    }

    /**
     * Writes the frame shown at a time.
     *
     * @param geometry what to draw
     * @param series values per compartment over time
     * @param settings size, view, colours
     * @param timeMs the time [ms] (the frame at or before it is shown; NaN: the first frame)
     * @param out the PNG file
     * @return the label written on the picture: the frame's time, or the quantity for a static picture
     */
    public static String single(CellGeometry geometry, CompartmentSeries series, RenderSettings settings,
                                double timeMs, Path out) {
        int k = Double.isNaN(timeMs) ? 0 : series.frameAt(timeMs);
        double step = series.frameCount() > 1 ? series.timeMs(1) - series.timeMs(0) : Double.NaN;
        String label = series.frameCount() > 1 ? OverlayPainter.timeLabel(series.timeMs(k), step) : series.quantity();
        float[] values = new float[series.compartmentCount()];
        series.frame(k, values);
        try (OffscreenRenderer r = new OffscreenRenderer(MorphologyMesh.of(geometry), settings)) {
            BufferedImage img = r.render(values, label);
            PngFiles.write(img, out);
        }
        return label;
    }

    /**
     * Writes a sequence of frames into a folder (created if needed), whole or not at all: the frames
     * of an earlier sequence there are replaced only when every new frame is written
     * ({@link FrameFolder}).
     *
     * @param plan which frames, with their labels
     * @return the files written, in order
     */
    public static List<Path> sequence(CellGeometry geometry, CompartmentSeries series, RenderSettings settings,
                                      FramePlan plan, Path dir, ProgressListener progress) {
        float[] values = new float[series.compartmentCount()];
        try (FrameFolder folder = FrameFolder.open(dir);
             OffscreenRenderer r = new OffscreenRenderer(MorphologyMesh.of(geometry), settings)) {
            for (int k = 0; k < plan.size(); k++) {
                series.frame(plan.frame(k), values);
                BufferedImage img = r.render(values, plan.label(k));
                PngFiles.write(img, folder.staged(k));
                progress.progress(k + 1, plan.size());
            }
            return folder.commit(plan.size());
        }
    }
}
