: ACnet2 Na_pyr, typed from Na_pyr.channel.nml (NeuroML rate forms), for the neurite cross-check
NEURON { SUFFIX napyr USEION na READ ena WRITE ina RANGE gbar }
UNITS { (mV) = (millivolt) (mA) = (milliamp) (S) = (siemens) }
PARAMETER { gbar = 0.12 (S/cm2) }
ASSIGNED { v (mV) ena (mV) ina (mA/cm2) }
STATE { m h }
BREAKPOINT { SOLVE states METHOD cnexp  ina = gbar*m*m*h*(v - ena) }
INITIAL { m = am(v)/(am(v)+bm(v))  h = ah(v)/(ah(v)+bh(v)) }
DERIVATIVE states { m' = am(v)*(1-m) - bm(v)*m  h' = ah(v)*(1-h) - bh(v)*h }
FUNCTION el(r, mid, sc, v) { LOCAL x  x = (v - mid)/sc  if (fabs(x) < 1e-9) { el = r } else { el = r*x/(1 - exp(-x)) } }
FUNCTION am(v (mV)) { am = el(1.28, -46.9, 4, v) }
FUNCTION bm(v (mV)) { bm = el(1.4, -19.9, -5, v) }
FUNCTION ah(v (mV)) { ah = 0.128*exp((v + 43)/(-18)) }
FUNCTION bh(v (mV)) { bh = 4/(1 + exp(-(v + 20)/5)) }
