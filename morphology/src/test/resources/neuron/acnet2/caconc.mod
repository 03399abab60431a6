: ACnet2 Ca_conc (NeuroML fixedFactorConcentrationModel): dC/dt = rho*iCa_in/area - (C - rest)/tau,
: rho 9543.1501 mol/(m A s), tau 100 ms, rest 0; ica outward mA/cm2 -> inward A/m2 = -10 ica
NEURON { SUFFIX caconc USEION ca READ ica WRITE cai RANGE rho, tau }
UNITS { (mA) = (milliamp) (mM) = (milli/liter) }
PARAMETER { rho = 9543.150099999999 tau = 100 (ms) }
ASSIGNED { ica (mA/cm2) }
STATE { cai (mM) }
INITIAL { cai = 5e-5 }
BREAKPOINT { SOLVE states METHOD cnexp }
DERIVATIVE states { cai' = -ica*10*rho*1e-3 - cai/tau }
