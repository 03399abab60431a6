: L-type calcium channel with a Goldman-Hodgkin-Katz current, written for neurite's reference from the
: published equations of Migliore, Cook, Jaffe, Turner & Johnston 1995 (J Neurophysiol 73:1157):
:   ica = gcalbar*m*h2(cai)*ghk(v, cai, cao),  h2 = ki/(ki + cai), ki = 0.001 mM
:   alpha_m = 15.69 (81.5 - v)/(exp((81.5 - v)/10) - 1),  beta_m = 0.29 exp(-v/10.86)   [1/ms]
:   ghk = -f (1 - (ci/co) exp(v/f)) efun(v/f),  f = RT/(2F) [mV],  efun(z) = z/(exp(z) - 1)
: The thermal voltage uses the exact constants (CODATA 2018 R and F, NEURON 8.2's values), not the
: 25 mV * T/293.15 K approximation of the distributed cal2.mod; no rate tables.
NEURON {
    SUFFIX cal
    USEION ca READ cai, cao WRITE ica
    RANGE gcalbar, m
}
UNITS {
    (mA) = (milliamp)
    (mV) = (millivolt)
    (mM) = (milli/liter)
}
PARAMETER {
    gcalbar = 0.003 (mho/cm2)
    ki = 0.001 (mM)
}
ASSIGNED {
    v (mV)
    celsius (degC)
    cai (mM)
    cao (mM)
    ica (mA/cm2)
    minf
    tau (ms)
}
STATE { m }
INITIAL {
    rates(v)
    m = minf
}
BREAKPOINT {
    SOLVE states METHOD cnexp
    ica = gcalbar*m*h2(cai)*ghk(v, cai, cao)
}
DERIVATIVE states {
    rates(v)
    m' = (minf - m)/tau
}
UNITSOFF
FUNCTION h2(c) {
    h2 = ki/(ki + c)
}
FUNCTION ghk(v, ci, co) {
    LOCAL nu, f
    f = 1000*8.314462618*(celsius + 273.15)/(2*96485.33212)
    nu = v/f
    ghk = -f*(1 - (ci/co)*exp(nu))*efun(nu)
}
FUNCTION efun(z) {
    if (fabs(z) < 1e-4) {
        efun = 1 - z/2
    } else {
        efun = z/(exp(z) - 1)
    }
}
PROCEDURE rates(v) {
    LOCAL a, b
    a = 15.69*(81.5 - v)/(exp((81.5 - v)/10) - 1)
    b = 0.29*exp(-v/10.86)
    tau = 1/(a + b)
    minf = a*tau
}
UNITSON
