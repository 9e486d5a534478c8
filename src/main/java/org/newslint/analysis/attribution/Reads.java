package org.newslint.analysis.attribution;

import java.util.Map;
import org.newslint.analysis.entities.EntityFinder;

/**
 * How far back in the document one computation of the attribution stage read: the lowest offset at
 * which it asked whether a word is quoted, looked a mention up, walked the mentions or read a sentence's
 * tokens ({@link #floor}), and whether it read an entity's mentions all over the document
 * ({@link #everywhere}: whether an organisation is a news outlet by the word after any of its names).
 * Every read the stage makes of the rest of the document goes through here or records its offset here,
 * so that an editor's {@link LastAttribution} can tell that an answer of the last analysis read only
 * what is still the same. A mention read through {@link #covering} counts from the mention found (its
 * answer hangs on that mention and on none starting between it and the offset), or from the document's
 * start when there is none before the offset.
 */
final class Reads {
    /** The floor of a computation that read from the document's start (or whose reads cannot be bounded). */
    static final int START = Integer.MIN_VALUE;
    /** The floor before anything is read. */
    static final int NOTHING = Integer.MAX_VALUE;

    private final EntityFinder.Result entities;
    /** The lowest offset read since {@link #begin}. */
    int floor = NOTHING;
    /** Whether an entity's mentions all over the document were read since {@link #begin}. */
    boolean everywhere;

    Reads(EntityFinder.Result entities) {
        this.entities = entities;
    }

    /** Something at {@code offset} was read. */
    void at(int offset) {
        if (offset < floor) {
            floor = offset;
        }
    }

    /** Starts a computation of its own, returning what {@link #end} needs to resume the enclosing one. */
    long begin() {
        long saved = ((long) floor << 1) | (everywhere ? 1 : 0);
        floor = NOTHING;
        everywhere = false;
        return saved;
    }

    /** Ends a computation begun with {@link #begin}: the enclosing one's reads are back, without this one's. */
    void end(long saved) {
        floor = (int) (saved >> 1);
        everywhere = (saved & 1) != 0;
    }

    /** {@link EntityFinder.Result#mentionCovering}, reading from the mention found (or the start: none). */
    EntityFinder.MentionRef covering(int offset) {
        Map.Entry<Integer, EntityFinder.MentionRef> e = entities.mentions().floorEntry(offset);
        if (e == null) {
            floor = START;
            return null;
        }
        at(e.getKey());
        return e.getValue().range().touches(offset) ? e.getValue() : null;
    }
}
