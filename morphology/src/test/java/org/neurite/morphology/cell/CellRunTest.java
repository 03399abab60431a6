package org.neurite.morphology.cell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.NumericTable;
import org.neurite.channels.record.Hdf5Reading;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.testing.ValidationData;

/**
 * {@code cell run} end to end: the NEURON passive protocol written as a spec reproduces NEURON
 * 8.2.2's ball-and-stick traces within 0.05 mV (validation/neuron_reference), and cell.h5 holds the
 * geometry and every compartment's voltage.
 */
class CellRunTest {
    private static String spec(Path swc, String extra) {
        return "{\n  \"morphology\": \"" + swc.toString().replace("\\", "/") + "\",\n"
                + "  \"discretization\": {\"policy\": \"d_lambda\", \"value\": 0.1},\n"
                + "  \"passive\": [{\"region\": \"all\", \"Ra\": 150, \"cm\": 1, \"g_pas\": 5e-5, \"e_pas\": -70}],\n"
                + "  \"current_clamps\": [{\"location\": \"soma\", \"amp_nA\": 0.01, \"delay_ms\": 20, \"dur_ms\": 200}],\n"
                + "  \"probes\": [{\"name\": \"soma\", \"location\": \"soma\"}, {\"name\": \"dend_tip\", \"location\": {\"swc_id\": 3}}],\n"
                + "  \"dt\": 0.025, \"tstop\": 300, \"v_init\": -70, \"probe_every_ms\": 0.1" + extra + "\n}\n";
    }

    @Test
    void ballAndStickSpecMatchesNeuronAndWritesFiles(@TempDir Path dir) throws IOException {
        Path swc = ValidationData.file("morphology_swc", "synthetic/arbor_ball_and_stick.swc");
        Path specFile = dir.resolve("bs.json");
        Files.writeString(specFile, spec(swc, ", \"record_all_every_ms\": 1.0"));
        CellRun run = CellRun.prepare(specFile);
        run.run(ProgressListener.NONE);
        Path csv = dir.resolve("probes.csv");
        Path h5 = dir.resolve("cell.h5");
        run.writeCsv(csv);
        run.writeHdf5(h5);

        Map<String, double[]> ours = NumericTable.csv(csv);
        Map<String, double[]> ref = NumericTable.csv(ValidationData.file("neuron_reference", "arbor_ball_and_stick_passive.csv"));
        for (String col : new String[] {"v_soma_mV", "v_dend_tip_mV"}) {
            double[] a = ref.get(col);
            double[] b = ours.get(col);
            double worst = 0;
            for (int i = 0; i < a.length; i++) {
                worst = Math.max(worst, Math.abs(a[i] - b[i]));
            }
            assertTrue(worst < 0.05, col + ": max |ΔV| vs NEURON = " + worst + " mV");
        }
        assertEquals(0.1, ours.get("t_ms")[1], 1e-12);

        try (HdfFile f = Hdf5Reading.open(h5)) {
            assertEquals(CellFile.FORMAT, f.getAttribute("format").getData());
            long[] parent = Hdf5Reading.longs(f, "/compartments/parent");
            assertEquals(10, parent.length, "NEURON's 10 segments (nseg 1 + 9; no junction needed)");
            double[][] all = Hdf5Reading.matrix(f, "/traces/compartments/v/data");
            assertEquals(301, all.length, "0 … 300 ms every 1 ms");
            assertEquals(10, all[0].length);
            double[] soma = ours.get("v_soma_mV");
            assertEquals(soma[2200], all[220][(int) Hdf5Reading.longs(f, "/probes/compartment")[0]], 1e-6);
            double[][] points = Hdf5Reading.matrix(f, "/compartments/extent_points");
            assertEquals(4, points[0].length);
            assertArrayEquals(new String[] {"soma[0]", "dend[0]"}, (String[]) f.getDatasetByPath("/morphology/section_names").getData());
        }
    }

    @Test
    void specErrorsNameFileLineAndKey(@TempDir Path dir) throws IOException {
        Path swc = ValidationData.file("morphology_swc", "synthetic/arbor_ball_and_stick.swc");
        Path specFile = dir.resolve("bad.json");
        String[][] cases = {
            {", \"solver\": \"rk4\"", ":7: solver: must be backward_euler or crank_nicolson"},
            {", \"tsop\": 3", "unknown key"},
            {", \"record_all_every_ms\": 0.03", "record_all_every_ms: must be a positive multiple of dt"},
        };
        for (String[] c : cases) {
            Files.writeString(specFile, spec(swc, c[0]));
            BadInputException e = assertThrows(BadInputException.class, () -> CellRun.prepare(specFile));
            assertTrue(e.getMessage().startsWith(specFile.toString() + ":"), e.getMessage());
            assertTrue(e.getMessage().contains(c[1]), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
        Files.writeString(specFile, spec(swc, "").replace("{\"swc_id\": 3}", "{\"swc_id\": 99}"));
        BadInputException e = assertThrows(BadInputException.class, () -> CellRun.prepare(specFile));
        assertTrue(e.getMessage().contains(":6: probes[1].location.swc_id: no sample/segment with id 99"), e.getMessage());
        Files.writeString(specFile, spec(swc, "").replace("\"region\": \"all\"", "\"region\": \"dendrites\""));
        e = assertThrows(BadInputException.class, () -> CellRun.prepare(specFile));
        assertTrue(e.getMessage().contains("unknown region \"dendrites\""), e.getMessage());
    }
}
