package org.safepace.bot.text;

/** How far apart two spellings are, for the readers that forgive one slip of the keyboard. */
public final class Edits {

    private Edits() {
    }

    /**
     * Are the two the same or one edit apart: one letter changed, added or dropped, or two neighbours swapped
     * (optimal string alignment distance at most one). Allocates nothing: the spelling look-ups call it per word.
     */
    public static boolean withinOneEdit(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(n, m) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (n == m) {
            if (i == n || a.regionMatches(i + 1, b, i + 1, n - i - 1)) {
                return true; // the same, or one letter changed
            }
            return i + 1 < n && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, n - i - 2); // two neighbours swapped
        }
        return n > m ? a.regionMatches(i + 1, b, i, m - i) : b.regionMatches(i + 1, a, i, n - i);
    }
}
