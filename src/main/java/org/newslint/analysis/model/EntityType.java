package org.newslint.analysis.model;

/** The CoNLL-style entity classes newslint distinguishes. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    MISC;

    public String label() {
        return switch (this) {
            case PERSON -> "person";
            case ORGANIZATION -> "organisation";
            case LOCATION -> "place";
            case MISC -> "other name";
        };
    }
}
