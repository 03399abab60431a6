: ACnet2 Ca_pyr, typed from Ca_pyr.channel.nml (h gate from its LEMS ComponentTypes), fixed E 80 mV
NEURON { SUFFIX capyr USEION ca WRITE ica RANGE gbar, erev }
UNITS { (mV) = (millivolt) (mA) = (milliamp) (S) = (siemens) }
PARAMETER { gbar = 0.01 (S/cm2) erev = 80 (mV) }
ASSIGNED { v (mV) ica (mA/cm2) }
STATE { m h }
BREAKPOINT { SOLVE states METHOD cnexp  ica = gbar*m*m*h*(v - erev) }
INITIAL { m = am(v)/(am(v)+bm(v))  h = hinf(v) }
DERIVATIVE states { m' = am(v)*(1-m) - bm(v)*m  h' = (hinf(v) - h)/200 }
FUNCTION el(r, mid, sc, v) { LOCAL x  x = (v - mid)/sc  if (fabs(x) < 1e-9) { el = r } else { el = r*x/(1 - exp(-x)) } }
FUNCTION am(v (mV)) { am = 1.6/(1 + exp(-(v - 5)/13.89)) }
FUNCTION bm(v (mV)) { bm = el(0.1, -8.9, -5, v) }
FUNCTION hinf(v (mV)) { if (v > -60) { hinf = exp(-50*(v*0.001 + 0.06)) } else { hinf = 1 } }
