package org.neurite.cli.view;

/**
 * Pictures are painted with Java2D on images only; the AWT toolkit is never needed (the GL window is
 * NEWT). Running AWT headless keeps it from opening a connection of its own to the X display.
 */
final class Headless {
    private Headless() {
    }

    /** Sets {@code java.awt.headless=true} unless the user chose otherwise. */
    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
