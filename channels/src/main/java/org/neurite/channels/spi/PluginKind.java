package org.neurite.channels.spi;

/** The kinds of plugin neurite discovers at run time. */
public enum PluginKind {
    NEURON_MODEL("neuron models"),
    CONNECTION_RULE("connection rules"),
    RECEPTOR("receptors"),
    CHANNEL("ion channels"),
    CONCENTRATION_MODEL("concentration models"),
    SPIKE_SOURCE("spike sources"),
    CURRENT_SOURCE("current sources");

    private final String title;

    PluginKind(String title) {
        this.title = title;
    }

    /** Plural title used in listings. */
    public String title() {
        return title;
    }
}
