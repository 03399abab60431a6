package org.neurite.pointneuron.reference;

import org.neurite.channels.spi.ValidationCase;
import org.neurite.channels.testing.ValidationData;

public class ScratchCases {
    public static void main(String[] a) {
        for (ValidationCase c : new ValidationCase[] {new BrunelPanelCCase(), new RsfsConfig1Case(), new CobaCase()}) {
            ValidationCase.Result r = c.run(ValidationData.folder(c.dataFolder()));
            System.out.println(c.name() + " " + r.error() + " <= " + r.tolerance() + " : " + r.detail());
        }
    }
}
