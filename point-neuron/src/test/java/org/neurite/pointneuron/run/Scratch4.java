package org.neurite.pointneuron.run;

import org.neurite.channels.io.Json;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.record.SpikeRecord;
import org.neurite.pointneuron.config.NetworkFile;

public class Scratch4 {
    public static void main(String[] a) {
        String text = BuiltinNetworks.text("rsfs_config1");
        for (int k = 3; k + 1 < a.length; k += 2) text = text.replace(a[k], a[k + 1]);
        double tstop = Double.parseDouble(a[0]);
        double t0 = Double.parseDouble(a[1]);
        Network net = new Network(NetworkFile.parse(Json.parse(text, "x"), new NetworkFile.Overrides(null, tstop, Long.parseLong(a[2]))), 2);
        net.run(ProgressListener.NONE);
        SpikeRecord r = net.spikeRecords().get(0);
        long e = 0, i = 0;
        for (int k = 0; k < r.size(); k++) if (r.timeMs(k) >= t0) { if (r.nodeId(k) < 8000) e++; else i++; }
        System.out.printf("rates after %.0f: E %.4f I %.4f%n", t0, e * 1000.0 / (8000 * (tstop - t0)), i * 1000.0 / (2000 * (tstop - t0)));
    }
}
