package org.neurite.viewer.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.testing.ValidationData;
import org.neurite.morphology.cell.CellRun;

/** cell.h5 files made by the morphology module's {@code cell run} for the tests. */
public final class TestRecordings {
    private TestRecordings() {
    }

    /** The spec of {@link #ballAndStick}: the project's ball and stick, a 0.5 nA step at the soma from 1 to 6 ms, 10 ms. */
    public static Path ballAndStickSpec(Path dir, String extra) throws IOException {
        Path swc = ValidationData.repositoryRoot().resolve("morphologies/ball_and_stick.swc");
        Path spec = dir.resolve("bs.json");
        Files.writeString(spec, "{\n  \"morphology\": \"" + swc.toString().replace("\\", "/") + "\",\n"
                + "  \"discretization\": {\"policy\": \"d_lambda\", \"value\": 0.1},\n"
                + "  \"passive\": [{\"region\": \"all\", \"Ra\": 150, \"cm\": 1, \"g_pas\": 5e-5, \"e_pas\": -70}],\n"
                + "  \"current_clamps\": [{\"location\": \"soma\", \"amp_nA\": 0.5, \"delay_ms\": 1, \"dur_ms\": 5}],\n"
                + "  \"probes\": [{\"name\": \"soma\", \"location\": \"soma\"}],\n"
                + "  \"dt\": 0.025, \"tstop\": 10, \"v_init\": -70" + extra + "\n}\n");
        return spec;
    }

    /**
     * Runs the ball-and-stick spec and writes dir/cell.h5.
     *
     * @param extra more keys, e.g. {@code , "record_all_every_ms": 0.5}
     */
    public static Path ballAndStick(Path dir, String extra) throws IOException {
        CellRun run = CellRun.prepare(ballAndStickSpec(dir, extra));
        run.run(ProgressListener.NONE);
        Path h5 = dir.resolve("cell.h5");
        run.writeHdf5(h5);
        return h5;
    }
}
