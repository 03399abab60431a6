: ACnet2 Kahp_pyr, typed from Kahp_pyr.channel.nml (rates from its LEMS ComponentTypes; cai in mM)
NEURON { SUFFIX kahppyr USEION k READ ek WRITE ik USEION ca READ cai RANGE gbar }
UNITS { (mV) = (millivolt) (mA) = (milliamp) (S) = (siemens) (mM) = (milli/liter) }
PARAMETER { gbar = 0.0025 (S/cm2) }
ASSIGNED { v (mV) ek (mV) ik (mA/cm2) cai (mM) }
STATE { z }
BREAKPOINT { SOLVE states METHOD cnexp  ik = gbar*z*(v - ek) }
INITIAL { z = az(cai)/(az(cai) + 0.02) }
DERIVATIVE states { z' = az(cai)*(1-z) - 0.02*z }
FUNCTION az(c) { if (c < 500) { az = 0.4e-3*c } else { az = 0.2 } }
