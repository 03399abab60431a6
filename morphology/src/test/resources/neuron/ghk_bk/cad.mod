: Calcium pool in a thin shell under the membrane, written for neurite's GHK/BK reference from the
: equations of Destexhe et al. 1994 / Mainen & Sejnowski 1996 (cad): shell depth 0.1 um, decay 200 ms
: to 1e-4 mM, outward calcium current ignored. d[Ca]/dt = max(0, -ica/(2 F depth)) + (cainf - [Ca])/taur,
: with ica [mA/cm2] -> mM/ms through 1e4/(2 F depth[um]). Integrated with cnexp (exact for a step in
: which ica is held), as neurite's CalciumPool does. F: CODATA 2018 (NEURON 8.2's value).
NEURON {
    SUFFIX cad
    USEION ca READ ica WRITE cai
    RANGE depth, taur, cainf
}
UNITS {
    (mA) = (milliamp)
    (mM) = (milli/liter)
    (um) = (micron)
}
PARAMETER {
    depth = 0.1 (um)
    taur = 200 (ms)
    cainf = 1e-4 (mM)
}
ASSIGNED {
    ica (mA/cm2)
    drive (mM/ms)
}
STATE { cai (mM) }
INITIAL { cai = cainf }
BREAKPOINT { SOLVE states METHOD cnexp }
UNITSOFF
DERIVATIVE states {
    drive = -10000*ica/(2*96485.33212*depth)
    if (drive < 0) { drive = 0 }
    cai' = drive + (cainf - cai)/taur
}
UNITSON
