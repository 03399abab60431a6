# The NEURON 8.2.2 peer of NonUniformDensityTest: the cell of nonuniform_cable.cell.nml built by hand
# in NEURON, with the same distance-dependent densities painted segment by segment from
# h.distance() measured from soma(0) (NeuroML's root: the root segment's proximal point).
# Produced with NEURON 8.2.2 (Debian packages neuron, python3-neuron 8.2.2-4) on the project machine:
#   /usr/bin/python3 nonuniform_neuron.py > nonuniform_neuron.csv
# Cell: soma 20 um x 20 um (3-D points y 0 -> 20), apic 500 um x 2 um from soma(1) (y 20 -> 520),
# nseg 25 in both, Ra 100 ohm cm, cm 1 uF/cm2, NEURON's hh everywhere with usetable_hh = 0 (the
# NeuroML file's rates are the same closed forms), celsius 6.3 (q10 factor 1, as the NeuroML
# channels without q10), ena 50, ek -77, el_hh -54.3 mV.
#   gnabar: soma 0.12, apic 0.012 S/cm2
#   gkbar:  soma 0.036, apic 1e-4 * 360 exp(-d/200) S/cm2, d = distance from soma(0) [um]
#   gl:     soma 3e-4, apic 1e-4 * (3 + 7 r) S/cm2, r = (d - 20)/(520 - 20) (the apical group's extent)
# IClamp soma(0.5) 0.6 nA from 5 ms for 40 ms; backward Euler (secondorder 0), dt 0.025 ms,
# v_init -65 mV, tstop 60 ms. Output: every 4th step (0.1 ms), t and v at soma(0.5), apic(0.5),
# apic(0.98) (the last segment's centre).
import math
from neuron import h

h.load_file("stdrun.hoc")
soma = h.Section(name="soma")
apic = h.Section(name="apic")
apic.connect(soma(1), 0)
for sec, pts in ((soma, [(0, 0, 0, 20), (0, 20, 0, 20)]), (apic, [(0, 20 + 100 * k, 0, 2) for k in range(6)])):
    h.pt3dclear(sec=sec)
    for x, y, z, d in pts:
        h.pt3dadd(x, y, z, d, sec=sec)
    sec.nseg = 25
    sec.Ra = 100
    sec.cm = 1
    sec.insert("hh")
h.usetable_hh = 0
h.celsius = 6.3
for sec in (soma, apic):
    for seg in sec:
        seg.ena = 50
        seg.ek = -77
        seg.hh.el = -54.3
h.distance(0, soma(0))
for seg in soma:
    seg.hh.gnabar = 0.12
    seg.hh.gkbar = 0.036
    seg.hh.gl = 3e-4
d_start, d_end = h.distance(apic(0)), h.distance(apic(1))
for seg in apic:
    d = h.distance(seg)
    r = (d - d_start) / (d_end - d_start)
    seg.hh.gnabar = 0.012
    seg.hh.gkbar = 1e-4 * 360 * math.exp(-d / 200)
    seg.hh.gl = 1e-4 * (3 + 7 * r)

stim = h.IClamp(soma(0.5))
stim.delay = 5
stim.dur = 40
stim.amp = 0.6
t = h.Vector().record(h._ref_t)
vs = [h.Vector().record(s(x)._ref_v) for s, x in ((soma, 0.5), (apic, 0.5), (apic, 0.98))]
h.secondorder = 0
h.dt = 0.025
h.steps_per_ms = 40
h.tstop = 60
h.finitialize(-65)
h.run()
print("t_ms,v_soma_mV,v_apic_0.5_mV,v_apic_0.98_mV")
for i in range(0, len(t), 4):
    print("%.4f,%.9f,%.9f,%.9f" % (t[i], vs[0][i], vs[1][i], vs[2][i]))
