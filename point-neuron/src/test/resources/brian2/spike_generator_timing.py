# Peer reference for SpikeGeneratorTimingBrian2Test: when a SpikeGeneratorGroup spike reaches its target
# in Brian2 2.5.1 (Debian: apt-get install python3-brian), the convention neurite's ntwk (Brian2) models follow.
# Run: /usr/bin/python3 spike_generator_timing.py > spike_generator_timing.json
#
# One generator spike at t (on and off the 0.1 ms grid) is sent through a synapse with delay d onto a
# variable that only jumps (dv/dt = 0, on_pre v += 1). A StateMonitor samples v every step; the output is
# the first sample time [ms] at which v shows the jump.
import json
import numpy as np
from brian2 import ms, defaultclock, prefs, SpikeGeneratorGroup, NeuronGroup, Synapses, StateMonitor, run, start_scope

prefs.codegen.target = 'numpy'
out = []
for t in [1.0, 1.05, 2.3]:
    for d in [0.0, 0.1, 0.5]:
        start_scope()
        defaultclock.dt = 0.1 * ms
        g = SpikeGeneratorGroup(1, [0], [t] * ms)
        n = NeuronGroup(1, 'dv/dt = 0/ms : 1', method='euler')
        s = Synapses(g, n, on_pre='v += 1')
        s.connect()
        s.delay = d * ms
        m = StateMonitor(n, 'v', record=0)
        run(4 * ms)
        k = int(np.argmax(m.v[0] > 0.5))
        out.append({'spike_ms': t, 'delay_ms': d, 'first_sample_ms': round(float(m.t[k] / ms), 6)})
print(json.dumps({'dt_ms': 0.1, 'brian2': '2.5.1', 'cases': out}, indent=1))
