/**
 * Point-neuron models: the {@link org.neurite.pointneuron.model.NeuronBlock} contract between the
 * simulator and a model, and the built-in models, found as
 * {@link org.neurite.pointneuron.model.NeuronModelPlugin}s under their NEST or ntwk names.
 *
 * <table>
 *   <caption>Models, ports and integrators (measured accuracy: see each class and its tests)</caption>
 *   <tr><th>name</th><th>ports (NEST signed weight w)</th><th>ACCURATE</th><th>FAST</th></tr>
 *   <tr><td>iaf_psc_delta, iaf_psc_exp, iaf_psc_alpha</td><td>"delta" (mV) / "ex","in" (pA; w &lt; 0 → in, sign kept)</td>
 *       <td colspan="2">exact propagators (both modes)</td></tr>
 *   <tr><td>iaf_cond_exp, iaf_cond_alpha</td><td>"ex","in" (nS; w &lt; 0 → in as |w|)</td>
 *       <td>RKF45, NEST's abs. 1e-3</td><td>exact step with step-mean conductances</td></tr>
 *   <tr><td>aeif_cond_exp, aeif_cond_alpha</td><td>"ex","in" (nS)</td>
 *       <td>RKF45, NEST's gsl_error_tol, in-step reset</td><td>Heun, reset at the interpolated crossing</td></tr>
 *   <tr><td>izhikevich</td><td>"delta" (mV)</td><td>RKF45, in-step reset</td><td>NEST's Euler (its definition)</td></tr>
 *   <tr><td>hh_psc_alpha, hh_cond_exp_traub</td><td>"ex","in" (pA / nS)</td>
 *       <td>RKF45, NEST's abs. 1e-3</td><td>Strang splitting, Crank–Nicolson V</td></tr>
 *   <tr><td>parrot_neuron</td><td>"relay" (every event is one spike), "ignored"</td>
 *       <td colspan="2">no membrane: relays events as spikes</td></tr>
 *   <tr><td>LIF, EIF, AdExp (ntwk)</td><td>one per pathway (BlockSpec ports, named)</td>
 *       <td>RKF45 1e-6, in-step threshold</td><td>Brian2's forward Euler</td></tr>
 * </table>
 *
 * <p>All models but the delta-jump ones (iaf_psc_delta, izhikevich) take their step's events as a
 * jump of their synapse banks at its end, so a simulator may deliver events straight into the
 * banks ({@link org.neurite.pointneuron.model.NeuronBlock#eventBanks()}, direct events).
 *
 * <p>Sub-packages: {@code nest} and {@code ntwk} (the models), {@code core} (ports on synapse
 * banks, channel ODEs, shared block code, the inlinable {@code FastExp}), {@code ode} (the RKF45 integrator), {@code theory}
 * (the Siegert rate), {@code validation} (reference comparisons run by {@code neurite validate}
 * and the tests), {@code bench} ({@code neurite bench neuron-models}).
 */
package org.neurite.pointneuron.model;
