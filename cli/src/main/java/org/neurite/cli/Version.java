package org.neurite.cli;

import picocli.CommandLine;

/** The version string, taken from the jar manifest (or "development" when run from classes). */
public final class Version implements CommandLine.IVersionProvider {
    /** neurite's version. */
    public static String get() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v != null ? v : "development";
    }

    @Override
    public String[] getVersion() {
        return new String[] {"neurite " + get()};
    }
}
