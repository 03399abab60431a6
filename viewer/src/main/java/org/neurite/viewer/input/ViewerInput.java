package org.neurite.viewer.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.InputFiles;
import org.neurite.morphology.io.MorphologyFile;
import org.neurite.morphology.io.SwcConvention;
import org.neurite.viewer.scene.CellGeometry;
import org.neurite.viewer.scene.CompartmentSeries;

/**
 * What {@code neurite render} and {@code neurite view} show, read from their INPUT: a cell.h5
 * (recognised by the HDF5 signature) gives the compartments coloured by their recorded voltage; a
 * morphology file (SWC or NeuroML2, read by the morphology module) gives its pieces coloured by the
 * path distance from the soma.
 *
 * @param source the file
 * @param geometry what to draw
 * @param series the values that colour it, frame by frame
 */
public record ViewerInput(Path source, CellGeometry geometry, CompartmentSeries series) {
    private static final byte[] HDF5_SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    /**
     * Reads an input file.
     *
     * @throws BadInputException naming the file when it cannot be read or is not a cell or morphology
     */
    public static ViewerInput load(Path file) {
        InputFiles.requireFile(file);
        if (isHdf5(file)) {
            CellFileReader.Recording r = CellFileReader.read(file);
            return new ViewerInput(file, r.geometry(), r.voltages());
        }
        // geometry as written in the file (SWC: pieces between each sample and its parent)
        MorphologyFile m = MorphologyFile.read(file, SwcConvention.STRICT, null);
        CellGeometries.Pieces p;
        try {
            p = CellGeometries.perPiece(m.morphology());
        } catch (IllegalArgumentException e) {
            throw BadInputException.at(file.toString(), 0, e.getMessage());
        }
        return new ViewerInput(file, p.geometry(),
                CompartmentSeries.constant("path distance from the soma", "µm", p.pathDistanceUm()));
    }

    /** Whether the input has more than one frame (a recording rather than a static picture). */
    public boolean timeResolved() {
        return series.frameCount() > 1;
    }

    static boolean isHdf5(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HDF5_SIGNATURE.length);
            return Arrays.equals(head, HDF5_SIGNATURE);
        } catch (IOException e) {
            throw BadInputException.at(file.toString(), 0, "cannot read: " + e.getMessage());
        }
    }
}
