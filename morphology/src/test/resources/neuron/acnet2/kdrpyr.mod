: ACnet2 Kdr_pyr, typed from Kdr_pyr.channel.nml
NEURON { SUFFIX kdrpyr USEION k READ ek WRITE ik RANGE gbar }
UNITS { (mV) = (millivolt) (mA) = (milliamp) (S) = (siemens) }
PARAMETER { gbar = 0.08 (S/cm2) }
ASSIGNED { v (mV) ek (mV) ik (mA/cm2) }
STATE { n }
BREAKPOINT { SOLVE states METHOD cnexp  ik = gbar*n*(v - ek) }
INITIAL { n = an(v)/(an(v)+bn(v)) }
DERIVATIVE states { n' = an(v)*(1-n) - bn(v)*n }
FUNCTION el(r, mid, sc, v) { LOCAL x  x = (v - mid)/sc  if (fabs(x) < 1e-9) { el = r } else { el = r*x/(1 - exp(-x)) } }
FUNCTION an(v (mV)) { an = el(0.04, -24.9, 5, v) }
FUNCTION bn(v (mV)) { bn = 0.125*exp((v + 40)/(-40)) }
