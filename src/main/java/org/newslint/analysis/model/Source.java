package org.newslint.analysis.model;

import org.newslint.text.TextRange;

/**
 * Who a statement is attributed to, as written ("he", "a spokesperson for the ministry"), with the
 * entity it resolves to when there is one (entityId and name are null otherwise).
 */
public record Source(TextRange range, String text, String entityId, String name) {
    /** The name to show people: the resolved entity's name, else the text as written. */
    public String displayName() {
        return name != null ? name : text;
    }
}
