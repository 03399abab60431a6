# Peer reference for neurite's stdp_synapse (StdpBrian2Test): NEST's pair-based all-to-all STDP with
# Guetig et al. 2003 weight dependence, written in Brian2 2.5.1 (Debian: apt-get install python3-brian).
# Run: /usr/bin/python3 brian2_stdp.py > stdp_brian2_reference.json
#
# 10 presynaptic and 10 postsynaptic neurons fire fixed Poisson trains (seeded numpy, 10-20 Hz each,
# 10 s, on the 0.1 ms grid, at most one spike per neuron and step); 100 synapses connect every pre to
# every post. The trains are written into the output, and neurite replays exactly these spike times
# through parrot neurons.
#
# NEST's delay convention: the whole delay d is dendritic. The weight is updated when the presynaptic
# spike t is processed; postsynaptic spikes count as if they happened at t_post + d. In Brian2 terms:
#   pre pathway  ('pre', no delay):      depression with K- (all post spikes with t_post + d < t), then K+ += 1
#   post pathway ('fac', delay d):       potentiation with K+ at t_post + d
#   post pathway ('trace', delay d):     K- += 1
# NEST potentiates with a post spike at exactly t_post + d = t before it depresses at t, and leaves that
# post spike out of the depression (K- strictly before t - d): 'fac' runs before 'pre' (order -1) and
# 'trace' after it (order +1) within a time step. Potentiating eagerly at t_post + d instead of when the
# next presynaptic spike arrives (NEST) gives the same weights after every presynaptic spike: the updates
# are the same, in the same order. Only at the end of the run do they differ: Brian2's weight already holds
# the potentiation by the postsynaptic spikes after the last presynaptic one (t_post + d > t_last), which
# NEST applies only at a next presynaptic spike. Both are written: 'weight' (Brian2's, eager) and
# 'weight_at_last_pre' (the weight right after each synapse's last presynaptic spike, NEST's final value).
import json
import sys
import numpy as np
from brian2 import (ms, second, defaultclock, prefs, SpikeGeneratorGroup, Synapses, StateMonitor, run, Network,
                    start_scope)

prefs.codegen.target = 'numpy'
DT = 0.1  # ms
T = 10000.0  # ms
N_PRE, N_POST = 10, 10
P = dict(tau_plus=16.8, tau_minus=33.7, lam=0.05, alpha=1.1, mu_plus=0.4, mu_minus=0.4, Wmax=100.0, w0=50.0, delay=1.5)

rng = np.random.default_rng(20031105)


def train(rate_hz):
    """Poisson train as step indices >= 10 (distinct), rate in Hz over T ms."""
    n = rng.poisson(rate_hz * T / 1000.0)
    t = np.sort(rng.uniform(1.0, T - 5.0, n))
    return sorted(set(int(round(x / DT)) for x in t))


pre_steps = [train(rng.uniform(10, 20)) for _ in range(N_PRE)]
post_steps = [train(rng.uniform(10, 20)) for _ in range(N_POST)]

start_scope()
defaultclock.dt = DT * ms


def generator(steps):
    idx = np.concatenate([np.full(len(s), k) for k, s in enumerate(steps)]).astype(int)
    st = np.concatenate([np.asarray(s, dtype=float) for s in steps]) * DT
    return SpikeGeneratorGroup(len(steps), idx, st * ms)


pre = generator(pre_steps)
post = generator(post_steps)
ns = dict(tau_plus=P['tau_plus'] * ms, tau_minus=P['tau_minus'] * ms, lam=P['lam'], alpha=P['alpha'],
          mu_plus=P['mu_plus'], mu_minus=P['mu_minus'], Wmax=P['Wmax'])
S = Synapses(pre, post,
             model='''w : 1
                      dKplus/dt = -Kplus/tau_plus : 1 (event-driven)
                      w_last : 1
                      dKminus/dt = -Kminus/tau_minus : 1 (event-driven)''',
             on_pre={'pre': '''w = Wmax*clip(w/Wmax - alpha*lam*(w/Wmax)**mu_minus*Kminus, 0, 1)
                               Kplus += 1
                               w_last = w'''},
             on_post={'fac': 'w = Wmax*clip(w/Wmax + lam*(1 - w/Wmax)**mu_plus*Kplus, 0, 1)',
                      'trace': 'Kminus += 1'},
             namespace=ns)
S.connect()  # all to all; synapse k = i*N_POST + j for pre i, post j
S.w = P['w0']
S.w_last = P['w0']
S.pre.delay = 0 * ms
S.fac.delay = P['delay'] * ms
S.trace.delay = P['delay'] * ms
S.fac.order = -1
S.pre.order = 0
S.trace.order = 1
traced = [0, 1, 23, 57, 99]
mon = StateMonitor(S, 'w', record=traced, when='end')
net = Network(pre, post, S, mon)
net.run(T * ms)

w_steps = mon.w  # [traced, steps], value at the end of each step
out_traces = []
for r, k in enumerate(traced):
    i, j = int(S.i[k]), int(S.j[k])
    steps = [s for s in pre_steps[i] if s < w_steps.shape[1]]
    out_traces.append(dict(source=i, target=j, pre_steps=steps, w=[float(w_steps[r, s]) for s in steps]))
json.dump(dict(source='Brian2 %s, numpy target; script brian2_stdp.py' % __import__('brian2').__version__,
               dt_ms=DT, tstop_ms=T, params=P, pre_steps=pre_steps, post_steps=post_steps,
               final=dict(source=[int(x) for x in S.i[:]], target=[int(x) for x in S.j[:]],
                          weight=[float(x) for x in S.w[:]], weight_at_last_pre=[float(x) for x in S.w_last[:]]),
               after_pre=out_traces), sys.stdout, separators=(',', ':'))
sys.stdout.write('\n')
