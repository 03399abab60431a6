package org.neurite.morphology.tree;

/**
 * The standard SWC structure identifiers (the {@code type} column) and NEURON's section name for
 * each (Import3d: soma, axon, dend, apic). Custom types (≥ 5, or 0 "undefined") are kept as numbers.
 */
public final class SwcType {
    private SwcType() {
    }

    /** Undefined (SWC type 0). */
    public static final int UNDEFINED = 0;
    /** Soma. */
    public static final int SOMA = 1;
    /** Axon. */
    public static final int AXON = 2;
    /** Basal dendrite. */
    public static final int BASAL = 3;
    /** Apical dendrite. */
    public static final int APICAL = 4;

    /** NEURON's section name prefix for a type: soma, axon, dend, apic, or {@code type<k>}. */
    public static String sectionPrefix(int type) {
        switch (type) {
            case SOMA:
                return "soma";
            case AXON:
                return "axon";
            case BASAL:
                return "dend";
            case APICAL:
                return "apic";
            default:
                return "type" + type;
        }
    }

    /** A readable name of a type: soma, axon, basal, apical, undefined or custom&lt;k&gt;. */
    public static String label(int type) {
        switch (type) {
            case UNDEFINED:
                return "undefined";
            case SOMA:
                return "soma";
            case AXON:
                return "axon";
            case BASAL:
                return "basal";
            case APICAL:
                return "apical";
            default:
                return "custom" + type;
        }
    }
}
