# Side-by-side reference for `neurite bench coba`: Brette et al. 2007 COBA with the parameters of
# examples/coba_brian2.json in Brian2 C++ standalone (1 thread). Debian: apt-get install python3-brian.
# Run: /usr/bin/python3 tools/bench/brian2_coba.py OUTDIR, then OUTDIR/main a few times; the run phase
# in seconds is the first number of OUTDIR/results/last_run_info.txt.
import sys
from brian2 import *
OUT = sys.argv[1] if len(sys.argv) > 1 else "brian2_coba_out"
set_device('cpp_standalone', directory=OUT, build_on_run=False)
prefs.devices.cpp_standalone.openmp_threads = 0
defaultclock.dt = 0.1*ms
Cm = 200*pF; gl = 10*nS; El = -60*mV; Vt = -50*mV; Vr = -60*mV
Ee = 0*mV; Ei = -80*mV; taue = 5*ms; taui = 10*ms; we = 6*nS; wi = 67*nS; I = 200*pA
eqs = '''
dv/dt = (gl*(El - v) + ge*(Ee - v) + gi*(Ei - v) + I)/Cm : volt (unless refractory)
dge/dt = -ge/taue : siemens
dgi/dt = -gi/taui : siemens
'''
P = NeuronGroup(4000, eqs, threshold='v > Vt', reset='v = Vr', refractory=5*ms, method='euler')
P.v = 'Vr + rand()*(Vt - Vr)'
Ce = Synapses(P[:3200], P, on_pre='ge += we'); Ce.connect(p=0.02)
Ci = Synapses(P[3200:], P, on_pre='gi += wi'); Ci.connect(p=0.02)
M = SpikeMonitor(P)
run(1*second)
device.build(directory=OUT, compile=True, run=False)
