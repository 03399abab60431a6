package org.neurite.channels.builtin;

import java.util.List;
import java.util.Set;
import org.neurite.channels.input.CurrentSource;
import org.neurite.channels.input.DcSource;
import org.neurite.channels.input.ExplicitSource;
import org.neurite.channels.input.GaussianNoiseSource;
import org.neurite.channels.input.InhomogeneousPoissonSource;
import org.neurite.channels.input.OrnsteinUhlenbeckSource;
import org.neurite.channels.input.PoissonSource;
import org.neurite.channels.input.RateWaveform;
import org.neurite.channels.input.RegularSource;
import org.neurite.channels.input.SineSource;
import org.neurite.channels.input.SpikeSource;
import org.neurite.channels.input.StepSource;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.rng.RandomStreams;
import org.neurite.channels.spi.CurrentSourcePlugin;
import org.neurite.channels.spi.ParameterSet;
import org.neurite.channels.spi.ParameterSpec;
import org.neurite.channels.spi.SpikeSourcePlugin;

/** The built-in spike and current sources, registered as plugins. */
public final class BuiltinSources {
    private BuiltinSources() {
    }

    private static final ParameterSpec START = ParameterSpec.any("start", "ms", 0.0, "first possible spike or onset");
    private static final ParameterSpec STOP = new ParameterSpec("stop", "ms", Double.MAX_VALUE,
            Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "end (exclusive); default: never");

    /** poisson: independent homogeneous Poisson trains. */
    public static final class Poisson implements SpikeSourcePlugin {
        @Override
        public String name() {
            return "poisson";
        }

        @Override
        public String description() {
            return "independent Poisson trains at a fixed rate (NEST poisson_generator)";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.nonNegative("rate", "Hz", Double.NaN, "rate of each train"), START, STOP);
        }

        @Override
        public SpikeSource create(int n, JsonValue config, RandomStreams streams, long sourceId) {
            ParameterSet p = ParameterSet.fromJson("poisson source", parameters(), config, Set.of("type"));
            return new PoissonSource(n, p.get("rate"), p.get("start"), p.get("stop"), streams, sourceId);
        }
    }

    /** inhomogeneous_poisson: rate from samples or a Gaussian bump. */
    public static final class InhomogeneousPoisson implements SpikeSourcePlugin {
        @Override
        public String name() {
            return "inhomogeneous_poisson";
        }

        @Override
        public String description() {
            return "Poisson trains following a rate waveform: rate_times/rate_values (linear interpolation), "
                    + "or base + amplitude*exp(-(t-t0)^2/(2 sigma^2))";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.nonNegative("base", "Hz", 0.0, "bump: baseline rate"),
                    ParameterSpec.nonNegative("amplitude", "Hz", 0.0, "bump: peak above baseline"),
                    ParameterSpec.any("t0", "ms", 0.0, "bump: centre"),
                    ParameterSpec.positive("sigma", "ms", 1.0, "bump: width"),
                    START, STOP);
        }

        @Override
        public SpikeSource create(int n, JsonValue config, RandomStreams streams, long sourceId) {
            ParameterSet p = ParameterSet.fromJson("inhomogeneous_poisson source", parameters(), config,
                    Set.of("type", "rate_times", "rate_values"));
            RateWaveform w;
            if (config.has("rate_values")) {
                double[] values = config.require("rate_values").asDoubleArray();
                double[] times = config.require("rate_times").asDoubleArray();
                if (times.length != values.length || times.length == 0) {
                    throw config.require("rate_times").error("rate_times and rate_values must be non-empty and of equal length");
                }
                double dt = times.length > 1 ? times[1] - times[0] : 1.0;
                for (int k = 1; k < times.length; k++) {
                    if (Math.abs(times[k] - times[0] - k * dt) > 1e-9 * Math.max(1, Math.abs(times[k]))) {
                        throw config.require("rate_times").error("must be evenly spaced");
                    }
                }
                w = RateWaveform.sampled(times[0], dt, values);
            } else {
                w = RateWaveform.gaussianBump(p.get("base"), p.get("amplitude"), p.get("t0"), p.get("sigma"));
            }
            return new InhomogeneousPoissonSource(n, w, p.get("start"), p.get("stop"), streams, sourceId);
        }
    }

    /** regular: periodic trains. */
    public static final class Regular implements SpikeSourcePlugin {
        @Override
        public String name() {
            return "regular";
        }

        @Override
        public String description() {
            return "periodic trains, spikes at start + k/rate";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.positive("rate", "Hz", Double.NaN, "rate"), START, STOP);
        }

        @Override
        public SpikeSource create(int n, JsonValue config, RandomStreams streams, long sourceId) {
            ParameterSet p = ParameterSet.fromJson("regular source", parameters(), config, Set.of("type"));
            return new RegularSource(n, p.get("rate"), p.get("start"), p.get("stop"));
        }
    }

    /** spike_times: explicit times, one list per train or one list for all. */
    public static final class SpikeTimes implements SpikeSourcePlugin {
        @Override
        public String name() {
            return "spike_times";
        }

        @Override
        public String description() {
            return "explicit spike times (NEST spike_generator): \"spike_times\": [t, ...] for every train or [[t, ...], ...] per train";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of();
        }

        @Override
        public SpikeSource create(int n, JsonValue config, RandomStreams streams, long sourceId) {
            ParameterSet.fromJson("spike_times source", parameters(), config, Set.of("type", "spike_times"));
            JsonValue st = config.require("spike_times");
            double[][] times = new double[n][];
            boolean perTrain = st.size() > 0 && st.elements().get(0).isArray();
            if (perTrain && st.size() != n) {
                throw st.error("has " + st.size() + " lists for " + n + " trains");
            }
            for (int i = 0; i < n; i++) {
                times[i] = perTrain ? st.elements().get(i).asDoubleArray() : st.asDoubleArray();
            }
            return new ExplicitSource(times);
        }
    }

    /** dc: constant current. */
    public static final class Dc implements CurrentSourcePlugin {
        @Override
        public String name() {
            return "dc";
        }

        @Override
        public String description() {
            return "constant current between start and stop (NEST dc_generator, NEURON IClamp)";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.any("amplitude", "pA", Double.NaN, "current"), START, STOP);
        }

        @Override
        public CurrentSource create(int n, JsonValue config, RandomStreams streams, long sourceId) {
            ParameterSet p = ParameterSet.fromJson("dc source", parameters(), config, Set.of("type"));
            return new DcSource(p.get("amplitude"), p.get("start"), p.get("stop"));
        }
    }

    /** step: piecewise constant current. */
    public static final class Step implements CurrentSourcePlugin {
        @Override
        public String name() {
            return "step";
        }

        @Override
        public String description() {
            return "piecewise constant: amplitude_values[k] from amplitude_times[k] (NEST step_current_generator)";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of();
        }

        @Override
        public CurrentSource create(int n, JsonValue config, RandomStreams streams, long sourceId) {
            ParameterSet.fromJson("step source", parameters(), config, Set.of("type", "amplitude_times", "amplitude_values"));
            return new StepSource(config.require("amplitude_times").asDoubleArray(), config.require("amplitude_values").asDoubleArray());
        }
    }

    /** ac: sinusoidal current. */
    public static final class Ac implements CurrentSourcePlugin {
        @Override
        public String name() {
            return "ac";
        }

        @Override
        public String description() {
            return "offset + amplitude*sin(2 pi f t + phase) (NEST ac_generator)";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.any("amplitude", "pA", Double.NaN, "amplitude"),
                    ParameterSpec.nonNegative("frequency", "Hz", Double.NaN, "frequency"),
                    ParameterSpec.any("phase", "deg", 0.0, "phase"),
                    ParameterSpec.any("offset", "pA", 0.0, "offset"));
        }

        @Override
        public CurrentSource create(int n, JsonValue config, RandomStreams streams, long sourceId) {
            ParameterSet p = ParameterSet.fromJson("ac source", parameters(), config, Set.of("type"));
            return new SineSource(p.get("amplitude"), p.get("frequency"), p.get("phase"), p.get("offset"));
        }
    }

    /** ou_noise: Ornstein-Uhlenbeck current. */
    public static final class OuNoise implements CurrentSourcePlugin {
        @Override
        public String name() {
            return "ou_noise";
        }

        @Override
        public String description() {
            return "Ornstein-Uhlenbeck current with stationary mean and std, correlation time tau (exact update)";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.any("mean", "pA", 0.0, "stationary mean"),
                    ParameterSpec.nonNegative("std", "pA", Double.NaN, "stationary standard deviation"),
                    ParameterSpec.positive("tau", "ms", Double.NaN, "correlation time"));
        }

        @Override
        public CurrentSource create(int n, JsonValue config, RandomStreams streams, long sourceId) {
            ParameterSet p = ParameterSet.fromJson("ou_noise source", parameters(), config, Set.of("type"));
            return new OrnsteinUhlenbeckSource(n, p.get("mean"), p.get("std"), p.get("tau"), streams, sourceId);
        }
    }

    /** noise: NEST-style piecewise constant Gaussian noise. */
    public static final class Noise implements CurrentSourcePlugin {
        @Override
        public String name() {
            return "noise";
        }

        @Override
        public String description() {
            return "Gaussian noise redrawn every dt (NEST noise_generator)";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.any("mean", "pA", 0.0, "mean"),
                    ParameterSpec.nonNegative("std", "pA", Double.NaN, "standard deviation"),
                    ParameterSpec.positive("dt", "ms", 1.0, "interval between draws"));
        }

        @Override
        public CurrentSource create(int n, JsonValue config, RandomStreams streams, long sourceId) {
            ParameterSet p = ParameterSet.fromJson("noise source", parameters(), config, Set.of("type"));
            return new GaussianNoiseSource(n, p.get("mean"), p.get("std"), p.get("dt"), streams, sourceId);
        }
    }
}
