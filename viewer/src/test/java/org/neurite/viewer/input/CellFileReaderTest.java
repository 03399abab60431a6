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
import org.neurite.channels.testing.ValidationData;
import org.neurite.morphology.cell.CellRun;
import org.neurite.viewer.scene.CompartmentSeries;

/**
 * cell.h5 as written by the morphology module's {@code cell run} and read back for the viewer: the
 * reference is the run's own record of every compartment (the values must come back exactly, as
 * float) and its discretisation (compartment count, frame times).
 */
class CellFileReaderTest {
    /** A ball and stick with a current step at the soma, every compartment recorded each 0.5 ms. */
    static Path runBallAndStick(Path dir, String extra) throws IOException {
        Path swc = ValidationData.repositoryRoot().resolve("morphologies/ball_and_stick.swc");
        Path spec = dir.resolve("bs.json");
        Files.writeString(spec, "{\n  \"morphology\": \"" + swc.toString().replace("\\", "/") + "\",\n"
                + "  \"discretization\": {\"policy\": \"d_lambda\", \"value\": 0.1},\n"
                + "  \"passive\": [{\"region\": \"all\", \"Ra\": 150, \"cm\": 1, \"g_pas\": 5e-5, \"e_pas\": -70}],\n"
                + "  \"current_clamps\": [{\"location\": \"soma\", \"amp_nA\": 0.5, \"delay_ms\": 1, \"dur_ms\": 5}],\n"
                + "  \"probes\": [{\"name\": \"soma\", \"location\": \"soma\"}],\n"
                + "  \"dt\": 0.025, \"tstop\": 10, \"v_init\": -70" + extra + "\n}\n");
        CellRun run = CellRun.prepare(spec);
        run.run(ProgressListener.NONE);
        Path h5 = dir.resolve("cell.h5");
        run.writeHdf5(h5);
        return h5;
    }

    @Test
    void voltagesOfEveryCompartmentComeBackAsRecorded(@TempDir Path dir) throws IOException {
        Path swc = ValidationData.repositoryRoot().resolve("morphologies/ball_and_stick.swc");
        Path spec = dir.resolve("bs.json");
        Path h5 = runBallAndStick(dir, ", \"record_all_every_ms\": 0.5");
        CellRun again = CellRun.prepare(spec);
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
        assertTrue(swc.toFile().isFile());
    }

    @Test
    void aCellFileWithoutEveryCompartmentsVoltageIsBadInput(@TempDir Path dir) throws IOException {
        Path h5 = runBallAndStick(dir, "");
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
