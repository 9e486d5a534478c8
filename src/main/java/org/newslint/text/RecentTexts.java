package org.newslint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The last few texts an editor-path stage analysed, newest first, each with what the stage kept of it
 * ({@code R}), and the one a new text shares most with at its ends ({@link CommonEnds}). A new version
 * of a text replaces the older version it was compared with, so documents edited in turn each keep one
 * entry. Safe across threads: readers see an immutable list, writers replace it under a lock.
 */
public final class RecentTexts<R> {
    private final int capacity;
    private final Function<R, String> text;
    private volatile List<R> recent = List.of();

    /** @param text the text an entry was made from */
    public RecentTexts(int capacity, Function<R, String> text) {
        this.capacity = capacity;
        this.text = text;
    }

    /** The recent entry sharing the most characters at its ends with {@code now}, and what they share. */
    public record Closest<R>(R entry, CommonEnds common) {}

    /** The closest recent entry to {@code now} (entry null and {@link CommonEnds#NONE} when there is none). */
    public Closest<R> closest(String now) {
        R best = null;
        CommonEnds common = CommonEnds.NONE;
        for (R r : recent) {
            CommonEnds c = CommonEnds.of(text.apply(r), now);
            if (c.prefix() + (long) c.suffix() > common.prefix() + (long) common.suffix()) {
                common = c;
                best = r;
            }
            if (c.sharesMost()) {
                break; // newest first: an older version of this text shares less
            }
        }
        return new Closest<>(best, common);
    }

    /** Makes {@code r} the newest entry, in place of {@code replaced} (its older version, or null). */
    public synchronized void remember(R r, R replaced) {
        List<R> next = new ArrayList<>(capacity);
        next.add(r);
        for (R old : recent) {
            if (next.size() < capacity && text.apply(old) != text.apply(r) && old != replaced) {
                next.add(old);
            }
        }
        recent = List.copyOf(next);
    }
}
