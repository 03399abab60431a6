package org.neurite.pointneuron.build;

import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.rng.RandomStreams;
import org.neurite.channels.spi.ParameterSet;

/**
 * What a {@link ConnectionRule} connects: sources 0 … nPre−1 and targets 0 … nPost−1 (indices
 * into the pathway's source and target groups, whose global ids tell when a pair is an autapse),
 * the autapse and multapse switches, the rule's validated numbers and string options, positions
 * [µm] when the groups have them, and the random streams. A rule draws from
 * {@link #targetStream(int)} (or {@link #sourceStream(int)}, {@link #ruleStream()}): never from
 * thread timing, so the same seed gives the same graph.
 *
 * @param pathway name of the pathway ("pre->post"), part of every stream's kind
 * @param preIds global ids of the sources (increasing)
 * @param postIds global ids of the targets (increasing)
 * @param autapses whether a neuron may connect to itself
 * @param multapses whether a pair may be connected more than once
 * @param parameters the rule's numbers
 * @param options the rule's string settings (e.g. "rule": "gaussian")
 * @param prePositions source positions [n][2 or 3] in µm, or null
 * @param postPositions target positions, or null
 * @param streams the simulation's random streams
 */
public record RuleContext(String pathway, int[] preIds, int[] postIds, boolean autapses, boolean multapses,
                          ParameterSet parameters, Map<String, String> options, double[][] prePositions,
                          double[][] postPositions, RandomStreams streams) {
    /** Number of sources. */
    public int nPre() {
        return preIds.length;
    }

    /** Number of targets. */
    public int nPost() {
        return postIds.length;
    }

    /** Whether (source i, target j) is a neuron connected to itself. */
    public boolean isAutapse(int i, int j) {
        return preIds[i] == postIds[j];
    }

    /** Whether pair (i, j) is allowed by the autapse switch. */
    public boolean allowed(int i, int j) {
        return autapses || preIds[i] != postIds[j];
    }

    /** The stream of target j (NEST draws the inputs of a target from the target's stream). */
    public UniformRandomProvider targetStream(int j) {
        return streams.stream("connect:" + pathway, postIds[j]);
    }

    /** The stream of source i. */
    public UniformRandomProvider sourceStream(int i) {
        return streams.stream("connect-out:" + pathway, preIds[i]);
    }

    /** One stream for the whole rule. */
    public UniformRandomProvider ruleStream() {
        return streams.stream("connect-rule:" + pathway);
    }

    /** A string option with a default; errors name the allowed values. */
    public String option(String key, String dflt, String... allowed) {
        String v = options.getOrDefault(key, dflt);
        for (String a : allowed) {
            if (a.equals(v)) {
                return v;
            }
        }
        throw BadInputException.parameter("connection " + pathway + " " + key,
                "must be one of " + String.join(", ", allowed) + ", got \"" + v + "\"");
    }

    /** Number of sources target j may draw from (excluding itself when autapses are off). */
    public int candidatesFor(int j) {
        if (autapses) {
            return nPre();
        }
        return java.util.Arrays.binarySearch(preIds, postIds[j]) >= 0 ? nPre() - 1 : nPre();
    }

    /** Number of targets source i may reach. */
    public int candidatesFrom(int i) {
        if (autapses) {
            return nPost();
        }
        return java.util.Arrays.binarySearch(postIds, preIds[i]) >= 0 ? nPost() - 1 : nPost();
    }
}
