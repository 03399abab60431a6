package org.neurite.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.record.SonataSpikes;
import org.neurite.channels.record.SpikeRecord;
import org.neurite.channels.testing.ValidationData;
import org.neurite.cli.Main;

/** The demo runs end to end and writes what it says; its network is the one in examples/. */
class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void theBundledNetworkIsExamplesDemoNetworkAndItsBumpIsTheIssuesFormula() throws Exception {
        Path example = ValidationData.repositoryRoot().resolve("examples/demo_network.json");
        assertEquals(Files.readString(example), DemoNetwork.text());
        JsonValue config = DemoNetwork.config();
        double[][] rate = DemoNetwork.afferentRate(config);
        for (int k = 0; k < rate[0].length; k++) {
            double t = rate[0][k];
            assertEquals(4 + 4 * Math.exp(-(t - 1000) * (t - 1000) / (2 * 100.0 * 100.0)), rate[1][k], 1e-9, "bump at " + t);
        }
        assertEquals(1500.0, config.getDouble("tstop"), 0);
    }

    @Test
    void demoWritesResultsFigureAndPage() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"demo", "--out", dir.toString(), "--no-progress"},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, out + "\n" + err);
        Map<String, SpikeRecord> spikes = SonataSpikes.read(dir.resolve("results.h5"));
        int exc = spikes.get("RecExc").size();
        int inh = spikes.get("RecInh").size();
        assertTrue(exc > 1000 && inh > 1000, "spikes " + exc + " / " + inh);
        // the printed summary states the same counts as the file
        assertTrue(out.toString().contains("RecExc 4000 " + exc + " "), out.toString());
        BufferedImage png = ImageIO.read(dir.resolve("network.png").toFile());
        assertEquals(1000, png.getWidth());
        String html = Files.readString(dir.resolve("index.html"));
        assertTrue(html.contains("<img src=\"network.png\""), html);
        assertTrue(html.contains("RecExc 4000 " + exc), html);
    }
}
