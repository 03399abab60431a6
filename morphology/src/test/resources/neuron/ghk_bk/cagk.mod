: Calcium- and voltage-activated potassium (BK) channel, written for neurite's reference from the
: kinetic model of Moczydlowski & Latorre 1983 (J Gen Physiol 82:511) as NEURON models use it (cagk):
:   o' = alpha (1 - o) - beta o,  ik = gkbar o (v - ek)
:   alpha = abar/(1 + k1 exp(-2 d1 F v/(R T))/cai),  beta = bbar/(1 + cai/(k4 exp(-2 d4 F v/(R T))))
:   d1 0.84, d4 1.0, k1 0.18 mM, k4 0.011 mM, abar 0.48/ms, bbar 0.28/ms
: alpha is written cai*abar/(cai + k1 exp(...)) (the same, defined at cai = 0). R, F: CODATA 2018.
NEURON {
    SUFFIX bk
    USEION ca READ cai
    USEION k READ ek WRITE ik
    RANGE gkbar, o
}
UNITS {
    (mA) = (milliamp)
    (mV) = (millivolt)
    (mM) = (milli/liter)
}
PARAMETER {
    gkbar = 0.01 (mho/cm2)
    d1 = 0.84
    d4 = 1.0
    k1 = 0.18 (mM)
    k4 = 0.011 (mM)
    abar = 0.48 (/ms)
    bbar = 0.28 (/ms)
}
ASSIGNED {
    v (mV)
    celsius (degC)
    cai (mM)
    ek (mV)
    ik (mA/cm2)
    oinf
    tau (ms)
}
STATE { o }
INITIAL {
    rate(v, cai)
    o = oinf
}
BREAKPOINT {
    SOLVE state METHOD cnexp
    ik = gkbar*o*(v - ek)
}
DERIVATIVE state {
    rate(v, cai)
    o' = (oinf - o)/tau
}
UNITSOFF
FUNCTION boltz(k, d, v) {
    boltz = k*exp(-2*d*96485.33212*v/(1000*8.314462618*(273.15 + celsius)))
}
PROCEDURE rate(v, c) {
    LOCAL a, b
    a = c*abar/(c + boltz(k1, d1, v))
    b = bbar/(1 + c/boltz(k4, d4, v))
    tau = 1/(a + b)
    oinf = a*tau
}
UNITSON
