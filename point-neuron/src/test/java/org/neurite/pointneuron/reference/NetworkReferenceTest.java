package org.neurite.pointneuron.reference;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neurite.channels.testing.ValidationCases;

/** The network-level validation cases, run as `neurite validate` runs them (references and tolerances in each case). */
class NetworkReferenceTest {
    @Test
    @DisplayName("Brunel 2000 panel C: E rate within 10 % of the diffusion-approximation 37.95 Hz")
    void brunelPanelC() {
        ValidationCases.assertPasses(new BrunelPanelCCase());
    }

    @Test
    @DisplayName("JCNS 2018 RS-FS CONFIG1: rates within 10 % of Brian2's 1.606 / 8.290 Hz")
    void rsfsConfig1() {
        ValidationCases.assertPasses(new RsfsConfig1Case());
    }

    @Test
    @DisplayName("Brette 2007 COBA: published parameters, AI rates and CV")
    void coba() {
        ValidationCases.assertPasses(new CobaCase());
    }
}
