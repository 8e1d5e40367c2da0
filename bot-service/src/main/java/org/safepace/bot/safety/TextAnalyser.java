package org.safepace.bot.safety;

import java.util.Arrays;
import java.util.Map;
import org.safepace.bot.text.TextNormaliser;

/**
 * Turns a raw message into {@link AnalysedText}: the shared {@link TextNormaliser#forMatching} form (invisible
 * characters out, NFKC, look-alikes folded, emphasis collapsed, accents stripped, lower case); then words, sentences and clauses, with contractions written without an
 * apostrophe restored ("dont"), number words as digits ("an eight out of ten" = "an 8 out of 10") and misspelled
 * red-flag words corrected ({@link Spelling}). Tokens are joined by single spaces; every sentence ends in its
 * punctuation token (".", "?", "!"), so patterns that step over words ({@code (?:\w[\w'-]* ){0,3}}) never
 * cross a sentence.
 */
final class TextAnalyser {

    /**
     * The longest text analysed at once; far above any channel's limit. {@link SafetyScreen} splits anything longer
     * into windows of this size, so the cut below never drops text from the screen.
     */
    static final int MAX_CHARS = 50_000;

    private static final Map<String, String> REWRITES = Map.ofEntries(
            Map.entry("dont", "don't"), Map.entry("doesnt", "doesn't"), Map.entry("didnt", "didn't"),
            Map.entry("cant", "can't"), Map.entry("cannot", "can't"), Map.entry("wont", "won't"),
            Map.entry("isnt", "isn't"), Map.entry("wasnt", "wasn't"), Map.entry("arent", "aren't"),
            Map.entry("werent", "weren't"), Map.entry("havent", "haven't"), Map.entry("hasnt", "hasn't"),
            Map.entry("hadnt", "hadn't"), Map.entry("wouldnt", "wouldn't"), Map.entry("couldnt", "couldn't"),
            Map.entry("shouldnt", "shouldn't"), Map.entry("aint", "ain't"), Map.entry("im", "i'm"),
            Map.entry("ive", "i've"), Map.entry("thats", "that's"), Map.entry("whats", "what's"),
            Map.entry("theres", "there's"), Map.entry("shes", "she's"), Map.entry("hes", "he's"),
            // texting without apostrophes, where the bare form is no word ("hell", "ill", "id": UnmarkedContractions)
            Map.entry("weve", "we've"), Map.entry("youre", "you're"), Map.entry("theyre", "they're"),
            Map.entry("theyll", "they'll"), Map.entry("youll", "you'll"), Map.entry("theyve", "they've"),
            Map.entry("youve", "you've"), Map.entry("itll", "it'll"), Map.entry("hed", "he'd"),
            Map.entry("tho", "though"), Map.entry("altho", "although"),
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
            Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("fourteen", "14"), Map.entry("fifteen", "15"), Map.entry("twenty", "20"),
            Map.entry("thirty", "30"), Map.entry("forty", "40"), Map.entry("forty-eight", "48"),
            Map.entry("fortyeight", "48"), Map.entry("fortnight", "2 weeks"), Map.entry("&", "and"));

    /** Words that open a new clause: a negation's (or history's) scope ends before them. */
    private static final java.util.List<String> CLAUSE_OPENERS = java.util.List.of(
            "but", "however", "although", "though", "whereas", "except", "apart", ";");

    private TextAnalyser() {
    }

    static String normalise(String raw) {
        String s = raw == null ? "" : raw;
        if (s.length() > MAX_CHARS) {
            s = s.substring(0, MAX_CHARS);
        }
        return TextNormaliser.forMatching(s);
    }

    static AnalysedText analyse(String raw) {
        String s = normalise(raw);
        int n = s.length();
        StringBuilder out = new StringBuilder(n + 16);
        IntList tokenStart = new IntList(n / 4 + 8); // about one token per five characters: rarely grown
        IntList clauseStart = new IntList();
        IntList clauseEnd = new IntList();
        IntList clauseSentence = new IntList();
        IntList sentenceStart = new IntList();
        IntList sentenceEnd = new IntList();
        IntList tokenClause = new IntList(n / 4 + 8);
        StringBuilder word = new StringBuilder(32);
        java.util.ArrayList<String> tokens = new java.util.ArrayList<>(n / 4 + 8);
        Builder b = new Builder(out, tokens, tokenStart, tokenClause, clauseStart, clauseEnd, clauseSentence,
                sentenceStart, sentenceEnd);
        for (int i = 0; i < n; i++) {
            char plain = s.charAt(i);
            if (plain >= 'a' && plain <= 'z' || plain >= '0' && plain <= '9') {
                word.append(plain); // the common case, as below
                continue;
            }
            char c = quote(plain);
            char prev = i > 0 ? s.charAt(i - 1) : ' ';
            char next = i + 1 < n ? s.charAt(i + 1) : ' ';
            if (Character.isLetterOrDigit(c) || c == '\u00b0') {
                word.append(c);
            } else if (c == '\'' && word.length() > 0 && Character.isLetter(next)) {
                word.append(c);
            } else if ((c == '-' || c == '\u2010' || c == '\u2011') && word.length() > 0
                    && Character.isLetterOrDigit(next)) {
                word.append('-');
            } else if ((c == '.' || c == ',') && Character.isDigit(prev) && Character.isDigit(next)) {
                word.append('.');
            } else if (c == '/' && Character.isDigit(prev) && Character.isDigit(next) && word.length() > 0) {
                word.append('/');
            } else if (c == '(' && ageTagEnd(s, i) > 0) {
                // "i (m32) kept going": the writer's age and sex in brackets is no word of the sentence
                b.word(word);
                i = ageTagEnd(s, i);
            } else {
                b.word(word);
                switch (c) {
                    case '.', '!', '?', '\n', '\u2026' -> b.endSentence(c == '\n' || c == '\u2026' ? '.' : c);
                    case ',' -> b.token(",");
                    case ';', ':', '\u2013', '\u2014' -> b.token(";");
                    case '/' -> b.token("/");
                    case '&' -> b.token("and");
                    default -> {
                        if (c == '-' && (prev == ' ' || next == ' ')) {
                            b.token(";");
                        }
                    }
                }
            }
        }
        b.word(word);
        b.endSentence('.');
        return new AnalysedText(out.toString(), tokens.toArray(String[]::new), tokenStart.toArray(),
                tokenClause.toArray(), clauseStart.toArray(), clauseEnd.toArray(), clauseSentence.toArray(), sentenceStart.toArray(), sentenceEnd.toArray());
    }

    /**
     * The {@link #REWRITES} keys by first character (ASCII) and length, with their values: a look-up compares a word
     * with the few keys of its shape instead of hashing it.
     */
    private static final String[][] REWRITE_KEYS = new String[128 * 12][];
    private static final String[][] REWRITE_VALUES = new String[128 * 12][];

    static {
        REWRITES.forEach((key, value) -> {
            int shape = key.charAt(0) * 12 + key.length();
            String[] keys = REWRITE_KEYS[shape] == null ? new String[0] : REWRITE_KEYS[shape];
            String[] values = REWRITE_VALUES[shape] == null ? new String[0] : REWRITE_VALUES[shape];
            REWRITE_KEYS[shape] = Arrays.copyOf(keys, keys.length + 1);
            REWRITE_KEYS[shape][keys.length] = key;
            REWRITE_VALUES[shape] = Arrays.copyOf(values, values.length + 1);
            REWRITE_VALUES[shape][values.length] = value;
        });
    }

    /** What the word is rewritten to ({@link #REWRITES}), or null. */
    private static String rewrite(String w) {
        char first = w.charAt(0);
        if (w.length() > 11 || first >= 128) {
            return null;
        }
        int shape = first * 12 + w.length();
        String[] keys = REWRITE_KEYS[shape];
        if (keys != null) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].equals(w)) {
                    return REWRITE_VALUES[shape][i];
                }
            }
        }
        return null;
    }

    /**
     * Where an age-and-sex tag in brackets that opens at {@code open} ends (its ')'), or -1: "(m32)", "(32f)",
     * "(F, 29)", "(29 m)", as people write them after "i" or "my wife". Only a letter m or f with two digits.
     */
    static int ageTagEnd(String s, int open) {
        int close = s.indexOf(')', open);
        if (close < 0 || close - open > 9) {
            return -1;
        }
        String inside = s.substring(open + 1, close).replace(" ", "").replace(",", "").toLowerCase(java.util.Locale.ROOT);
        boolean tag = inside.length() == 3 && (isSex(inside.charAt(0)) && digits(inside, 1, 3)
                || digits(inside, 0, 2) && isSex(inside.charAt(2)));
        return tag ? close : -1;
    }

    private static boolean isSex(char c) {
        return c == 'm' || c == 'f';
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean opensClause(String token) {
        for (String opener : CLAUSE_OPENERS) {
            if (opener.equals(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayOpenClause(char first) {
        return first == 'b' || first == 'h' || first == 'a' || first == 't' || first == 'w' || first == 'e'
                || first == ';';
    }

    private static char quote(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u02bc', '`', '\u00b4' -> '\'';
            case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033' -> '"';
            case '\r', '\t' -> ' ';
            default -> c;
        };
    }

    /** Emits tokens and keeps the sentence and clause boundaries as character offsets. */
    private static final class Builder {
        private final StringBuilder out;
        private final java.util.List<String> tokens;
        private final IntList tokenStart;
        private final IntList tokenClause;
        private final IntList clauseStart;
        private final IntList clauseEnd;
        private final IntList clauseSentence;
        private final IntList sentenceStart;
        private final IntList sentenceEnd;
        private boolean inSentence;
        private boolean clauseHasTokens;

        Builder(StringBuilder out, java.util.List<String> tokens, IntList tokenStart, IntList tokenClause,
                IntList clauseStart, IntList clauseEnd, IntList clauseSentence, IntList sentenceStart,
                IntList sentenceEnd) {
            this.out = out;
            this.tokens = tokens;
            this.tokenStart = tokenStart;
            this.tokenClause = tokenClause;
            this.clauseStart = clauseStart;
            this.clauseEnd = clauseEnd;
            this.clauseSentence = clauseSentence;
            this.sentenceStart = sentenceStart;
            this.sentenceEnd = sentenceEnd;
        }

        void word(StringBuilder word) {
            if (word.length() == 0) {
                return;
            }
            // Trailing hyphens and apostrophes ("parents'") carry no meaning for the rules.
            int len = word.length();
            while (len > 0 && (word.charAt(len - 1) == '-' || word.charAt(len - 1) == '\'')) {
                len--;
            }
            String w = word.substring(0, len);
            word.setLength(0);
            if (w.isEmpty()) {
                return;
            }
            String rewritten = rewrite(w);
            if (rewritten != null) {
                w = rewritten;
            } else {
                w = Spelling.correct(w);
            }
            token(w);
        }

        void token(String token) {
            if (!inSentence) {
                if (token.equals(",") || token.equals(";")) {
                    return; // nothing to separate yet
                }
                startSentence();
            } else if (clauseHasTokens && mayOpenClause(token.charAt(0)) && opensClause(token)) {
                endClause();
                startClause();
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            tokenStart.add(out.length());
            tokenClause.add(clauseStart.size() - 1);
            tokens.add(token);
            out.append(token);
            clauseHasTokens = true;
        }

        void endSentence(char punctuation) {
            if (!inSentence) {
                return;
            }
            out.append(' ');
            tokenStart.add(out.length());
            tokenClause.add(clauseStart.size() - 1);
            tokens.add(punctuation == '?' ? "?" : punctuation == '!' ? "!" : ".");
            out.append(punctuation);
            endClause();
            sentenceEnd.add(out.length());
            inSentence = false;
        }

        private void startSentence() {
            inSentence = true;
            sentenceStart.add(out.length() == 0 ? 0 : out.length() + 1);
            startClause();
        }

        private void startClause() {
            clauseStart.add(out.length() == 0 ? 0 : out.length() + 1);
            clauseSentence.add(sentenceStart.size() - 1);
            clauseHasTokens = false;
        }

        private void endClause() {
            clauseEnd.add(out.length());
        }
    }

    /** A growable int array, to avoid boxing on the hot path. */
    static final class IntList {
        private int[] values;
        private int size;

        IntList() {
            this(64);
        }

        IntList(int capacity) {
            values = new int[capacity];
        }

        int get(int i) {
            return values[i];
        }

        void clear() {
            size = 0;
        }

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
