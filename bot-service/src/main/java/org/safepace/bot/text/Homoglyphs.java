package org.safepace.bot.text;

/**
 * Letters from Cyrillic, Greek and Armenian (and a few Latin variants) that look like a Latin letter, folded to it,
 * so "blееding" written with Cyrillic "е" reads as "bleeding". Only letters a reader would take for the Latin one
 * are listed (after Unicode's confusables data, UTS #39), not every similar shape.
 */
final class Homoglyphs {

    private static final String FROM =
            // Cyrillic lower case, then upper case
            "аеёіїјоԁрсѕуһԛԝхӏкмнтвь"
            + "АВЕЁІЇЈКМНОРСЅТУХӀԚԜ"
            // Greek lower case, then upper case
            + "αεικνορτυχωγ"
            + "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
            // Armenian
            + "օսհոց"
            // Latin variants that NFKC leaves alone
            + "ıɑɡɩʟ";
    private static final String TO =
            "aeeiijodpcsyhqwxlkmhtbb"
            + "ABEEIIJKMHOPCSTYXIQW"
            + "aeikvoptuxwy"
            + "ABEZHIKMNOPTYX"
            + "ouhng"
            + "iagil";

    private static final char FIRST;
    private static final char[] TABLE;

    static {
        if (FROM.length() != TO.length()) {
            throw new IllegalStateException("Homoglyphs: " + FROM.length() + " letters map to " + TO.length());
        }
        char min = Character.MAX_VALUE;
        char max = 0;
        for (int i = 0; i < FROM.length(); i++) {
            min = (char) Math.min(min, FROM.charAt(i));
            max = (char) Math.max(max, FROM.charAt(i));
        }
        FIRST = min;
        TABLE = new char[max - min + 1];
        for (int i = 0; i < FROM.length(); i++) {
            TABLE[FROM.charAt(i) - min] = TO.charAt(i);
        }
    }

    private Homoglyphs() {
    }

    static char latin(char c) {
        int i = c - FIRST;
        return i >= 0 && i < TABLE.length ? TABLE[i] : 0;
    }

    /** Folds every look-alike in a mostly Latin text; otherwise only those inside words that also hold Latin. */
    static String fold(String s) {
        int latin = 0;
        int other = 0;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                if (Character.isLetter(c)) {
                    latin++;
                }
            } else if (Character.isLetter(c)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.LATIN) {
                    latin++;
                } else {
                    other++;
                }
                any |= latin(c) != 0;
            }
        }
        if (!any) {
            return s;
        }
        boolean all = latin >= other;
        char[] out = s.toCharArray();
        int wordStart = 0;
        for (int i = 0; i <= out.length; i++) {
            if (i == out.length || !Character.isLetterOrDigit(out[i])) {
                if (all || mixed(s, wordStart, i)) {
                    for (int j = wordStart; j < i; j++) {
                        char folded = latin(out[j]);
                        if (folded != 0) {
                            out[j] = folded;
                        }
                    }
                }
                wordStart = i + 1;
            }
        }
        return new String(out);
    }

    private static boolean mixed(String s, int from, int to) {
        boolean latin = false;
        boolean lookAlike = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (latin(c) != 0) {
                lookAlike = true;
            } else if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                latin = true;
            }
        }
        return latin && lookAlike;
    }
}
