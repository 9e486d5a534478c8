package org.newslint.text;

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

    public static CommonEnds of(String old, String now) {
        int max = Math.min(old.length(), now.length());
        int p = 0;
        while (p < max && old.charAt(p) == now.charAt(p)) {
            p++;
        }
        int s = 0;
        int room = max - p;
        int o = old.length() - 1;
        int n = now.length() - 1;
        while (s < room && old.charAt(o - s) == now.charAt(n - s)) {
            s++;
        }
        return new CommonEnds(p, s, old.length(), now.length() - old.length());
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
