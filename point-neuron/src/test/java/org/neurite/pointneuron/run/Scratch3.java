package org.neurite.pointneuron.run;

import java.nio.file.Path;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.pointneuron.config.NetworkFile;

public class Scratch3 {
    public static void main(String[] a) {
        NetworkRun.Result r = NetworkRun.run(Path.of(a[0]), new NetworkRun.Options(NetworkFile.Overrides.NONE, Integer.parseInt(a[1]), a.length > 2 ? Path.of(a[2]) : null, "dev"), ProgressListener.NONE);
        System.out.printf("setup %.3f run %.3f syn %d%n", r.setupSeconds(), r.runSeconds(), r.network().synapseCount());
        r.lines().forEach(System.out::println);
    }
}
