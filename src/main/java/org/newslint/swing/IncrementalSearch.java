package org.newslint.swing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * The state of one C-s / C-r incremental search, apart from any widget: the search string, the
 * current match, whether it failed or wrapped, and a history so DEL steps back exactly. Like Emacs,
 * a search string in lower case ignores case; one with a capital letter matches case.
 */
public final class IncrementalSearch {
    /** One step: the string, the match (start, end; -1 when failing) and the direction and wrapping then. */
    private record State(String query, int start, int end, boolean forward, boolean wrapped, boolean failing) {}

    private final String text;
    private final int origin;
    private final Deque<State> history = new ArrayDeque<>();
    private State state;
    /** The query of the previous search, for C-s C-s. */
    private final String previousQuery;

    /**
     * @param text     the buffer's text when the search started (keys go to the search, so it cannot change)
     * @param origin   point when the search started
     * @param previous the last search string, reused by C-s with an empty string; may be empty
     */
    public IncrementalSearch(String text, int origin, boolean forward, String previous) {
        this.text = text;
        this.origin = origin;
        this.previousQuery = previous == null ? "" : previous;
        this.state = new State("", origin, origin, forward, false, false);
    }

    public String query() {
        return state.query();
    }

    public boolean forward() {
        return state.forward();
    }

    public boolean failing() {
        return state.failing();
    }

    /** Start of the current match, or -1. */
    public int matchStart() {
        return state.failing() || state.query().isEmpty() ? -1 : state.start();
    }

    /** End of the current match, or -1. */
    public int matchEnd() {
        return state.failing() || state.query().isEmpty() ? -1 : state.end();
    }

    /** Where point goes: after the match going forward, at its start going backward; the origin otherwise. */
    public int point() {
        if (state.query().isEmpty()) {
            return origin;
        }
        if (state.failing()) {
            // point stays at the last successful match
            for (State s : history) {
                if (!s.failing() && !s.query().isEmpty()) {
                    return s.forward() ? s.end() : s.start();
                }
            }
            return origin;
        }
        return state.forward() ? state.end() : state.start();
    }

    public int origin() {
        return origin;
    }

    /** Adds a character to the search string; the match grows in place when it can. */
    public void type(char c) {
        push();
        String q = state.query() + c;
        int from;
        if (state.forward()) {
            from = state.query().isEmpty() ? origin : state.start();
        } else {
            // backward, a match must end before the origin; a longer string keeps its start when it can
            from = state.query().isEmpty() ? origin - q.length() : state.start();
        }
        find(q, from, state.forward(), state.wrapped());
    }

    /** C-s (forward) or C-r (backward): the next match in that direction, wrapping after a failure. */
    public void repeat(boolean forward) {
        push();
        String q = state.query().isEmpty() ? previousQuery : state.query();
        if (q.isEmpty()) {
            state = new State("", origin, origin, forward, false, false);
            return;
        }
        if (state.query().isEmpty()) {
            find(q, origin, forward, false);
            return;
        }
        if (forward != state.forward()) {
            // reversing direction first stays on the current match, as in Emacs
            state = new State(q, state.start(), state.end(), forward, state.wrapped(), state.failing());
            return;
        }
        if (state.failing()) {
            find(q, forward ? 0 : text.length(), forward, true);
            return;
        }
        find(q, forward ? state.end() : state.start() - 1, forward, state.wrapped());
    }

    /** DEL: undoes the last step (a character or a repeat). */
    public void backspace() {
        if (!history.isEmpty()) {
            state = history.pop();
        }
    }

    /** C-g while failing: drops the characters that do not match; returns false when nothing was failing. */
    public boolean dropFailing() {
        if (!state.failing()) {
            return false;
        }
        while (state.failing() && !history.isEmpty()) {
            state = history.pop();
        }
        return true;
    }

    /** The echo-area prompt, as Emacs shows it. */
    public String prompt() {
        StringBuilder sb = new StringBuilder();
        if (state.failing()) {
            sb.append("Failing ");
        }
        if (state.wrapped()) {
            sb.append(sb.length() == 0 ? "Wrapped " : "wrapped ");
        }
        sb.append("I-search");
        if (!state.forward()) {
            sb.append(" backward");
        }
        String p = sb.toString();
        return Character.toUpperCase(p.charAt(0)) + p.substring(1) + ": " + state.query();
    }

    private void push() {
        history.push(state);
    }

    private void find(String q, int from, boolean forward, boolean wrapped) {
        boolean ignoreCase = q.equals(q.toLowerCase(Locale.ROOT));
        int at = forward ? indexOf(q, from, ignoreCase) : lastIndexOf(q, from, ignoreCase);
        if (at < 0) {
            state = new State(q, state.start(), state.end(), forward, wrapped, true);
        } else {
            state = new State(q, at, at + q.length(), forward, wrapped, false);
        }
    }

    private int indexOf(String q, int from, boolean ignoreCase) {
        for (int i = Math.max(0, from); i + q.length() <= text.length(); i++) {
            if (text.regionMatches(ignoreCase, i, q, 0, q.length())) {
                return i;
            }
        }
        return -1;
    }

    private int lastIndexOf(String q, int from, boolean ignoreCase) {
        for (int i = Math.min(from, text.length() - q.length()); i >= 0; i--) {
            if (text.regionMatches(ignoreCase, i, q, 0, q.length())) {
                return i;
            }
        }
        return -1;
    }
}
