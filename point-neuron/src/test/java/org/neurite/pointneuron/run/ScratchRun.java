package org.neurite.pointneuron.run;

import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.record.SpikeRecord;
import org.neurite.pointneuron.config.NetworkFile;

public class ScratchRun {
    public static void main(String[] a) {
        String name = a[0];
        double tstop = Double.parseDouble(a[1]);
        int threads = Integer.parseInt(a[2]);
        long t0 = System.nanoTime();
        Network net = new Network(BuiltinNetworks.config(name, new NetworkFile.Overrides(null, tstop, a.length > 3 ? Long.parseLong(a[3]) : null)), threads);
        long t1 = System.nanoTime();
        net.run(ProgressListener.NONE);
        long t2 = System.nanoTime();
        System.out.printf("setup %.3f run %.3f syn %d bytes/syn %.2f%n", (t1-t0)*1e-9, (t2-t1)*1e-9, net.synapseCount(), net.connectionBytes()/(double)net.synapseCount());
        for (String l : NetworkRun.summary(net)) System.out.println(l);
        for (SpikeRecord r : net.spikeRecords()) {
            int[] c = r.countsPerBin(0, tstop, tstop / 20);
            System.out.println(r.population() + " " + java.util.Arrays.toString(c));
        }
    }
}
