package org.neurite.channels.receptor;

/**
 * The time course of a synaptic receptor's response to one event of weight w (nS for
 * conductance-based, pA for current-based receptors). Every kind is linear in its state, so a
 * {@link SynapseBank} advances it exactly over a step with precomputed factors.
 *
 * <ul>
 *   <li>{@link Exponential}: w·exp(−t/τ) (NEST {@code *_exp}, ntwk {@code Tsyn_*});</li>
 *   <li>{@link BiExponential}: w·f·(exp(−t/τ_decay) − exp(−t/τ_rise)), with f such that the peak is w
 *       (NEURON's Exp2Syn);</li>
 *   <li>{@link Alpha}: w·(e/τ)·t·exp(−t/τ), peak w at t = τ (NEST's normalisation);</li>
 *   <li>{@link Nmda}: the bi-exponential times the Jahr–Stevens magnesium block of the voltage;</li>
 *   <li>{@link Delta}: an instantaneous kick of size w (NEST {@code iaf_psc_delta}: a voltage jump).</li>
 * </ul>
 */
public sealed interface ReceptorKinetics permits Exponential, BiExponential, Alpha, Nmda, Delta {

    /** Number of state variables per synapse (0 for delta). */
    int stateCount();

    /** Short name as used in config files: exp, exp2, alpha, nmda, delta. */
    String kindName();

    /**
     * The response to one unit event at time 0, evaluated at time t ≥ 0 [ms] (without any
     * voltage dependence). For delta kinetics this is 0 for every t &gt; 0.
     */
    double unitResponse(double tMs);
}
