package org.newslint.analysis.sourcing;

/**
 * The feature strings a cue lemma gives ({@code "by-cue=" + lemma}, {@code "by-class=" + class}, {@code "cue=" +
 * lemma}, {@code "cue-class=" + class}, and {@code "cue-class-source=" + class + "/" + source} per source kind in
 * {@link #SOURCES} order), made once per lemma so that an editor's memory hands out the same instances and feature
 * lists compare by reference. A function of the lemma and its verb class ({@link SourcingFeatures#cueStrings}).
 */
record CueStrings(String byCue, String byClass, String cue, String cueClass, String[] classSource) {
    /** The kinds of source a cue can have, in the order of {@link #classSource}. */
    static final String[] SOURCES = {"none", "vague", "entity", "named"};

    static CueStrings of(String lemma, String cueClass) {
        String[] classSource = new String[SOURCES.length];
        for (int k = 0; k < SOURCES.length; k++) {
            classSource[k] = "cue-class-source=" + cueClass + "/" + SOURCES[k];
        }
        return new CueStrings(
                "by-cue=" + lemma, "by-class=" + cueClass, "cue=" + lemma, "cue-class=" + cueClass, classSource);
    }
}
