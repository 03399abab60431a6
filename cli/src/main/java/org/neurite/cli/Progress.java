package org.neurite.cli;

import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.neurite.channels.spi.ProgressListener;

/**
 * A progress bar on stderr for a long job, or nothing when progress is off or stderr is not a
 * terminal. Use in try-with-resources and pass {@link #listener()} to the job.
 */
public final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * @param task label shown before the bar
     * @param show whether to draw it (see {@link GlobalOptions#showProgress()})
     */
    public static Progress start(String task, boolean show) {
        if (!show) {
            return new Progress(null);
        }
        ProgressBar b = new ProgressBarBuilder().setTaskName(task).setInitialMax(100)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                .setMaxRenderedLength(100).continuousUpdate().setEtaFunction(state -> java.util.Optional.<Duration>empty())
                .build();
        return new Progress(b);
    }

    /** The listener to hand to the job. */
    public ProgressListener listener() {
        if (bar == null) {
            return ProgressListener.NONE;
        }
        return (done, total) -> {
            if (bar.getMax() != total) {
                bar.maxHint(total);
            }
            bar.stepTo(done);
        };
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
