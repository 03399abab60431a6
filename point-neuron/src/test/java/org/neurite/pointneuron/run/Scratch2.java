package org.neurite.pointneuron.run;

import org.neurite.channels.io.Json;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.record.SpikeRecord;
import org.neurite.pointneuron.config.NetworkFile;

public class Scratch2 {
    public static void main(String[] a) {
        String text = BuiltinNetworks.text(a[0]);
        for (int k = 2; k + 1 < a.length; k += 2) text = text.replace(a[k], a[k + 1]);
        double tstop = Double.parseDouble(a[1]);
        Network net = new Network(NetworkFile.parse(Json.parse(text, "x"), new NetworkFile.Overrides(null, tstop, null)), 1);
        net.run(ProgressListener.NONE);
        for (String l : NetworkRun.summary(net)) System.out.println(l);
        for (SpikeRecord r : net.spikeRecords()) {
            int[] c = r.countsPerBin(0, tstop, tstop / 20);
            System.out.println(r.population() + " " + java.util.Arrays.toString(c));
            for (int k = 0; k < Math.min(10, r.size()); k++) System.out.print(r.nodeId(k) + "@" + r.timeMs(k) + " ");
            System.out.println();
        }
    }
}
