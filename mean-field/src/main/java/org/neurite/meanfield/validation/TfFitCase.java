package org.neurite.meanfield.validation;

import java.nio.file.Path;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.meanfield.stats.ShotNoise;
import org.neurite.meanfield.tf.JcnsTfData;
import org.neurite.meanfield.tf.Template;
import org.neurite.meanfield.tf.TfData;
import org.neurite.meanfield.tf.TransferFunctionFit;

/**
 * Fits the zerlaut2018 template (textbook fluctuations, Levenberg–Marquardt) to the numerical
 * transfer functions of the JCNS 2018 RS and FS cells (80 grid points each). The original fits
 * stored with the data reach 0.36 Hz (RS) and 0.44 Hz (FS) RMS; the tolerance is the issue's
 * 0.5 Hz on either cell.
 */
public final class TfFitCase implements ValidationCase {
    /** Largest RMS accepted [Hz]. */
    public static final double TOLERANCE_HZ = 0.5;

    @Override
    public String name() {
        return "meanfield/jcns2018-tf-fit";
    }

    @Override
    public String reference() {
        return "zerlaut2018 template fitted to the JCNS 2018 RS and FS TF data: fit RMS (original fits 0.36 / 0.44 Hz)";
    }

    @Override
    public String dataFolder() {
        return "meanfield_zerlaut";
    }

    /** The published grid of a cell ("RS" or "FS"). */
    public static TfData data(Path dataDir, String cell) {
        return JcnsTfData.read(dataDir.resolve("jcns2018_tf_data_" + cell + ".csv"), dataDir.resolve("jcns2018_tf_data_" + cell + ".json"));
    }

    /** The fit of one cell's data. */
    public static TransferFunctionFit.Result fit(Path dataDir, String cell) {
        return TransferFunctionFit.fit(data(dataDir, cell), Template.ZERLAUT2018, ShotNoise.TEXTBOOK);
    }

    @Override
    public Result run(Path dataDir) {
        TransferFunctionFit.Result rs = fit(dataDir, "RS");
        TransferFunctionFit.Result fs = fit(dataDir, "FS");
        return new Result(Math.max(rs.rmsHz(), fs.rmsHz()), TOLERANCE_HZ, "fit RMS [Hz]",
                String.format("RS %.3f Hz (max %.3f), FS %.3f Hz (max %.3f)", rs.rmsHz(), rs.maxAbsHz(), fs.rmsHz(), fs.maxAbsHz()));
    }
}
