package org.newslint.text;

import java.util.Arrays;

/**
 * What two versions of a text share at their ends, so an editor's analysis can tell in O(1) that a
 * stretch of the new text is character for character a stretch of the old one: the longest common
 * prefix, and the longest common suffix that does not overlap it in either text. A stretch of the new
 * text that lies inside the prefix equals the old text at the same offsets; one inside the suffix
 * equals the old text {@link #delta} characters earlier. One pass over each end, nothing allocated.
 *
 * @param prefix how many leading characters the texts share
 * @param suffix how many trailing characters they share, beyond the prefix in both
 * @param oldLength the old text's length
 * @param delta the new length minus the old: how far the suffix moved
 */
public record CommonEnds(int prefix, int suffix, int oldLength, int delta) {
    /** Nothing in common (no earlier text). */
    public static final CommonEnds NONE = new CommonEnds(0, 0, 0, 0);

    /** How many characters are compared at a time (copied into two small arrays, compared vectorised). */
    private static final int CHUNK = 2048;

    public static CommonEnds of(String old, String now) {
        int max = Math.min(old.length(), now.length());
        char[] a = new char[Math.min(CHUNK, max)];
        char[] b = new char[a.length];
        int p = 0;
        while (p < max) {
            int len = Math.min(a.length, max - p);
            old.getChars(p, p + len, a, 0);
            now.getChars(p, p + len, b, 0);
            int m = Arrays.mismatch(a, 0, len, b, 0, len);
            if (m >= 0) {
                p += m;
                break;
            }
            p += len;
        }
        int room = max - p;
        int s = 0;
        while (s < room) {
            int len = Math.min(a.length, room - s);
            old.getChars(old.length() - s - len, old.length() - s, a, 0);
            now.getChars(now.length() - s - len, now.length() - s, b, 0);
            int k = len - 1; // compared from the end backwards
            while (k >= 0 && a[k] == b[k]) {
                k--;
            }
            if (k >= 0) {
                s += len - 1 - k;
                break;
            }
            s += len;
        }
        return new CommonEnds(p, s, old.length(), now.length() - old.length());
    }

    /**
     * Whether the shared ends cover at least half of the shorter text: a version of the same document,
     * good enough to stop looking at older texts (an editor's newest text is usually the closest).
     */
    public boolean sharesMost() {
        return 2L * (prefix + (long) suffix) >= Math.min(oldLength, oldLength + delta);
    }

    /**
     * Where the new text's {@code [start, end)} was in the old text, when the old text holds exactly
     * the same characters there (inside the common prefix, or inside the common suffix), else -1.
     */
    public int oldStart(int start, int end) {
        if (end <= prefix) {
            return start;
        }
        int oldStart = start - delta;
        return suffix > 0 && oldStart >= oldLength - suffix && end - delta <= oldLength ? oldStart : -1;
    }
}
