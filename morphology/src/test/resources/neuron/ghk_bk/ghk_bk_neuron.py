# Reference traces for neurite's GHK calcium current (cal_ghk) and BK channel (bk), made with NEURON 8.2.2
# (Debian packages neuron, python3-neuron, neuron-dev 8.2.2-4) on the project machine:
#   nrnivmodl cad.mod cal2.mod cagk.mod     (in this folder; the pool first, so its state is updated
#                                            before the channels read [Ca]i, as in neurite)
#   /usr/bin/python3 ghk_bk_neuron.py       -> ghk_neuron.csv, ghk_bk_neuron.csv
# (Debian's nrnivmodl looks for nrnmech_makefile and libnrniv.so under /usr/bin and /usr/lib; on this
# machine it was run with NRNHOME pointing to a folder of links to /usr/lib/nrn/* (bin/, lib/) and to
# /usr/include; only x86_64/libnrnmech.so is needed.)
#
# One compartment: soma L = diam = 20 um (nseg 1, no ends), cm 1 uF/cm2, NEURON's hh (gnabar 0.12,
# gkbar 0.036, gl 0.0003 S/cm2, el -54.3, ena 50, ek -77 mV; usetable_hh = 0), cal (gcalbar 0.003 S/cm2,
# [Ca]o 2 mM) and the cad pool (0.1 um, 200 ms, 1e-4 mM); "ghk_bk" adds bk (gkbar 0.01 S/cm2).
# celsius 6.3, v_init -65 mV, backward Euler (secondorder 0), dt 0.025 ms; IClamp 0.15 nA from 10 ms
# for 100 ms; tstop 150 ms. Columns every 0.1 ms: t [ms], v [mV], cai [mM], m of cal, o of bk (0 without).
import sys
from neuron import h

h.load_file("stdrun.hoc")
try:
    h.cal  # loaded automatically from ./x86_64 when run in this folder
except (AttributeError, LookupError, TypeError):
    h.nrn_load_dll(sys.argv[1] if len(sys.argv) > 1 else "x86_64/libnrnmech.so")

mt = h.MechanismType(0)
name = h.ref("")
order = []
for i in range(int(mt.count())):
    mt.select(i)
    mt.selected(name)
    order.append(name[0])
assert order.index("cad") < order.index("cal") < order.index("bk"), order


def run(with_bk, out):
    soma = h.Section(name="soma")
    soma.L = 20
    soma.diam = 20
    soma.nseg = 1
    soma.cm = 1
    soma.insert("hh")
    soma.insert("cal")
    soma.insert("cad")
    h.usetable_hh = 0
    s = soma(0.5)
    s.hh.gnabar = 0.12
    s.hh.gkbar = 0.036
    s.hh.gl = 0.0003
    s.hh.el = -54.3
    s.cal.gcalbar = 0.003
    if with_bk:
        soma.insert("bk")
        s.bk.gkbar = 0.01
    soma.ena = 50
    soma.ek = -77
    soma.cao = 2
    h.celsius = 6.3
    ic = h.IClamp(s)
    ic.delay = 10
    ic.dur = 100
    ic.amp = 0.15
    h.secondorder = 0
    h.dt = 0.025
    h.steps_per_ms = 40
    rec = [h.Vector().record(h._ref_t), h.Vector().record(s._ref_v), h.Vector().record(s._ref_cai),
           h.Vector().record(s.cal._ref_m)]
    if with_bk:
        rec.append(h.Vector().record(s.bk._ref_o))
    h.finitialize(-65)
    h.continuerun(150)
    with open(out, "w") as f:
        f.write("t_ms,v_mV,cai_mM,m_cal,o_bk\n")
        for k in range(0, len(rec[0]), 4):
            o = rec[4][k] if with_bk else 0.0
            f.write("%.3f,%.10f,%.12e,%.12e,%.12e\n" % (rec[0][k], rec[1][k], rec[2][k], rec[3][k], o))
    print(out, "area um2 %.6f" % s.area(), "spikes-ish max v %.3f" % max(rec[1]), "max cai %.6g" % max(rec[2]))


run(False, "ghk_neuron.csv")
run(True, "ghk_bk_neuron.csv")
