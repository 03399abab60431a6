# Produced with NEURON 8.2.2 (Debian packages neuron, python3-neuron, neuron-dev 8.2.2-4) on the project machine:
#   nrnivmodl   (in this folder: napyr.mod kdrpyr.mod capyr.mod kahppyr.mod caconc.mod)
#   /usr/bin/python3 acnet2_pyr_neuron.py
# Output (AcnetNeuronCase holds these spike times):
#   secondorder 0 dt 0.025 amp 0.1 nA: 
#   secondorder 0 dt 0.025 amp 0.3 nA: 36.4500 90.3000
#   secondorder 0 dt 0.025 amp 0.5 nA: 28.3000 51.5250 81.2500 120.0750 164.2500 209.5250
#   secondorder 2 dt 0.025 amp 0.1 nA: 
#   secondorder 2 dt 0.025 amp 0.3 nA: 36.3750 89.1250
#   secondorder 2 dt 0.025 amp 0.5 nA: 28.2500 51.3250 80.7750 119.1500 162.9250 207.8500
#   secondorder 2 dt 0.005 amp 0.1 nA: 
#   secondorder 2 dt 0.005 amp 0.3 nA: 36.3700 89.0050
#   secondorder 2 dt 0.005 amp 0.5 nA: 28.2450 51.2900 80.7200 119.0350 162.7700 207.6650

# ACnet2 pyr_4_sym (validation/neuroml2/acnet2) rebuilt in NEURON 8.2.2 by hand, as a peer check of
# neurite's NeuroML channel reading and cable integration. Mechanisms: napyr, kdrpyr, capyr, kahppyr,
# caconc (.mod files beside this script, typed from the NeuroML channel files), built with nrnivmodl.
# One section per NeuroML segment (nseg 1, NEURON's 3-D points from proximal/distal), Ra 200 ohm cm,
# cm 2.84 uF/cm2, leak 0.1420051 mS/cm2 at -66 mV everywhere, soma channels and the calcium pool as in
# the cell file, v_init -65 mV, celsius 6.3 (no channel depends on it). IClamp at soma(0.5) from 20 ms
# for 200 ms; spike times = NetCon on soma(0.5) v, threshold 0 mV.
import sys
import xml.etree.ElementTree as ET
from neuron import h
h.load_file("stdrun.hoc")
try:
    h.napyr  # loaded automatically from ./x86_64 when run in this folder
except (AttributeError, LookupError, TypeError):
    h.nrn_load_dll(sys.argv[1] if len(sys.argv) > 1 else "x86_64/libnrnmech.so")

NS = {"n": "http://www.neuroml.org/schema/neuroml2"}
root = ET.parse("/work/shared/validation/neuroml2/acnet2/pyr_4_sym.cell.nml").getroot()
segs = root.findall(".//n:morphology/n:segment", NS)
sec = {}
distal = {}
for s in segs:
    sid = int(s.get("id"))
    sc = h.Section(name=s.get("name"))
    p = s.find("n:proximal", NS)
    d = s.find("n:distal", NS)
    par = s.find("n:parent", NS)
    if p is None:
        p = distal[int(par.get("segment"))]
    for pt in (p, d):
        sc.pt3dadd(float(pt.get("x")), float(pt.get("y")), float(pt.get("z")), float(pt.get("diameter")))
    distal[sid] = d
    sec[sid] = sc
    if par is not None:
        sc.connect(sec[int(par.get("segment"))](float(par.get("fractionAlong", "1"))), 0)
for sc in sec.values():
    sc.nseg = 1
    sc.Ra = 200
    sc.cm = 2.84
    sc.insert("pas")
    sc.g_pas = 0.1420051e-3
    sc.e_pas = -66
soma = sec[0]
for m in ("napyr", "kdrpyr", "capyr", "kahppyr", "caconc"):
    soma.insert(m)
soma(0.5).napyr.gbar = 0.12
soma(0.5).kdrpyr.gbar = 0.08
soma(0.5).capyr.gbar = 0.01
soma(0.5).kahppyr.gbar = 0.0025
soma.ena = 55
soma.ek = -75
h.celsius = 6.3

ic = h.IClamp(soma(0.5))
ic.delay = 20
ic.dur = 200
nc = h.NetCon(soma(0.5)._ref_v, None, sec=soma)
nc.threshold = 0
times = h.Vector()
nc.record(times)

for secondorder, dt in ((0, 0.025), (2, 0.025), (2, 0.005)):
    for amp in (0.1, 0.3, 0.5):
        ic.amp = amp
        h.secondorder = secondorder
        h.dt = dt
        h.steps_per_ms = 1.0 / dt
        h.finitialize(-65)
        h.continuerun(240)
        print("secondorder %d dt %g amp %g nA: %s" % (secondorder, dt, amp, " ".join("%.4f" % t for t in times)))
