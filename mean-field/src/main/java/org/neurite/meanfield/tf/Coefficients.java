package org.neurite.meanfield.tf;

import org.neurite.channels.io.BadInputException;
import org.neurite.meanfield.stats.Membrane;
import org.neurite.meanfield.stats.ShotNoise;

/**
 * Transfer-function coefficients as read from a file, before they are bound to a cell: the
 * template and coefficients [mV], and whatever the file says about the membrane, the fluctuation
 * form and the fitted region (each may be null when the file does not say).
 *
 * @param source file (and entry) the coefficients came from, for messages
 * @param template the basis
 * @param coefficientsMV the coefficients [mV]
 * @param membrane the cell the coefficients were fitted for, or null
 * @param form the fluctuation form the coefficients were fitted with, or null when not recorded
 * @param domain the fitted region, or null
 */
public record Coefficients(String source, Template template, double[] coefficientsMV, Membrane membrane, ShotNoise form,
                           FitDomain domain) {
    public Coefficients {
        coefficientsMV = coefficientsMV.clone();
    }

    /** The coefficients of a transfer function (its membrane, form and region recorded). */
    public static Coefficients of(TransferFunction tf, String source) {
        return new Coefficients(source, tf.template(), tf.coefficientsMV(), tf.membrane(), tf.form(), tf.domain());
    }

    /**
     * The transfer function for a cell.
     *
     * @param cell the membrane to use, or null to use the file's (an error if the file has none)
     * @param formOverride the fluctuation form to use, or null for the file's (textbook when the
     *                     file does not record one)
     */
    public TransferFunction transferFunction(Membrane cell, ShotNoise formOverride) {
        Membrane m = cell != null ? cell : membrane;
        if (m == null) {
            throw BadInputException.at(source, 0, "these coefficients come without cell parameters; give the cell's Gl, Cm, El, Vthre");
        }
        ShotNoise f = formOverride != null ? formOverride : form != null ? form : ShotNoise.TEXTBOOK;
        return new TransferFunction(template, coefficientsMV, m, f, domain);
    }
}
