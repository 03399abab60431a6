package org.neurite.viewer.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.record.TraceRecord;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.morphology.cell.CellRun;
import org.neurite.viewer.scene.CompartmentSeries;

/**
 * cell.h5 as written by the morphology module's {@code cell run} and read back for the viewer: the
 * reference is the run's own record of every compartment (the values must come back exactly, as
 * float) and its discretisation (compartment count, frame times).
 */
class CellFileReaderTest {
    @Test
    void voltagesOfEveryCompartmentComeBackAsRecorded(@TempDir Path dir) throws IOException {
        Path h5 = TestRecordings.ballAndStick(dir, ", \"record_all_every_ms\": 0.5");
        CellRun again = CellRun.prepare(dir.resolve("bs.json"));
        again.run(ProgressListener.NONE);
        TraceRecord all = again.simulation().allRecord();

        CellFileReader.Recording r = CellFileReader.read(h5);
        CompartmentSeries v = r.voltages();
        assertEquals(20, v.compartmentCount());
        assertEquals(21, v.frameCount(), "0 … 10 ms every 0.5 ms");
        assertEquals(2.5, v.timeMs(5), 1e-12);
        assertEquals("mV", v.units());
        int[] nodes = all.nodeIds();
        for (int k = 0; k < v.frameCount(); k++) {
            for (int j = 0; j < nodes.length; j++) {
                assertEquals((float) all.value(k, j), v.value(k, nodes[j]), "frame " + k + " compartment " + nodes[j]);
            }
        }
        assertTrue(v.max() > -60, "the step depolarises the soma: max " + v.max());
        assertEquals(1, r.geometry().sphereCount());
        assertEquals(20, r.geometry().compartmentCount());
        assertTrue(ViewerInput.load(h5).timeResolved());
    }

    @Test
    void aCellFileWithoutEveryCompartmentsVoltageIsBadInput(@TempDir Path dir) throws IOException {
        Path h5 = TestRecordings.ballAndStick(dir, "");
        BadInputException e = assertThrows(BadInputException.class, () -> CellFileReader.read(h5));
        assertTrue(e.getMessage().contains("record_all_every_ms") && e.getMessage().contains("cell.h5"), e.getMessage());
    }

    @Test
    void otherFilesAreBadInput(@TempDir Path dir) throws IOException {
        Path txt = dir.resolve("x.h5");
        Files.writeString(txt, "not hdf5");
        assertThrows(BadInputException.class, () -> CellFileReader.read(txt));
        assertThrows(BadInputException.class, () -> ViewerInput.load(dir.resolve("missing.swc")));
    }
}
