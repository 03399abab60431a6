package org.neurite.channels.input;

import java.util.Arrays;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.record.SpikeRecord;

/**
 * Replays a recorded {@link SpikeRecord}: train i emits the spikes of node id i of the record,
 * shifted by an offset. This is how spikes recorded in a network simulation drive a detailed cell.
 */
public final class ReplaySource implements SpikeSource {
    private final ExplicitSource trains;

    /**
     * @param record the recorded spikes of one population
     * @param trainCount number of trains (node ids 0 … trainCount−1); ids at or above are an error
     * @param offsetMs added to every spike time [ms]
     */
    public ReplaySource(SpikeRecord record, int trainCount, double offsetMs) {
        int[] ids = record.nodeIds();
        double[] ts = record.timesMs();
        int[] count = new int[trainCount];
        for (int id : ids) {
            if (id < 0 || id >= trainCount) {
                throw BadInputException.parameter("replay " + record.population(),
                        "node id " + id + " outside 0.." + (trainCount - 1));
            }
            count[id]++;
        }
        double[][] times = new double[trainCount][];
        for (int i = 0; i < trainCount; i++) {
            times[i] = new double[count[i]];
        }
        int[] fill = new int[trainCount];
        for (int k = 0; k < ids.length; k++) {
            times[ids[k]][fill[ids[k]]++] = ts[k] + offsetMs;
        }
        for (double[] t : times) {
            Arrays.sort(t);
        }
        this.trains = new ExplicitSource(times);
    }

    @Override
    public int size() {
        return trains.size();
    }

    @Override
    public void emit(double fromMs, double toMs, SpikeSink sink) {
        trains.emit(fromMs, toMs, sink);
    }

    @Override
    public void reset() {
        trains.reset();
    }
}
