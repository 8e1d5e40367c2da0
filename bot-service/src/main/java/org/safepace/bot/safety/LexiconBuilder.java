package org.safepace.bot.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.safepace.bot.safety.AnalysedText.Term;
import org.safepace.bot.text.NegationCues;

/**
 * Compiles the vocabulary files in {@code safety/lexicon/} into {@link Term}s: the regex and its fast-path gate words
 * both come from the same phrases, so they cannot disagree. A file has {@code [name]} sections of phrases, one a line
 * ({@code #} starts a comment). In a phrase:
 * <ul>
 *   <li>{@code word}: that word, written as people write it (it is read through the same normaliser, contraction
 *       and spelling steps as a message, so "dont", "don't" and "cannot" all work);</li>
 *   <li>{@code word*}: any word starting with it (at least three letters); {@code <n>}: any number;
 *       {@code <n:7-10>}: a number from 7 to 10 (7.5 and 8/10 too), {@code <n:7-10>/10} only written with "/10";
 *       {@code <n>mg}: any number written with "mg"; {@code <?>}: a question mark;
 *       {@code <w>}: any one word (not first in a phrase); {@code <end>}: a comma, the end of the sentence, or a
 *       new clause of run-on texting: "and"/"but" with a new subject ("he wouldn't and i don't know what to do"), or
 *       a subject with its verb or a time where the comma would be ("he didnt last night");</li>
 *   <li>{@code !(a|b)}: not a or b here, i.e. the message does not go on with them ("blood !(test)"); first in a
 *       phrase (or in an alternative), the words right before it ("!(interstitial) cystitis");</li>
 *   <li>{@code (a|b c|d)}: one of; {@code [a|b]}: optionally one of;</li>
 *   <li>{@code ~} up to three other words, {@code ~5} up to five: never a negation and never punctuation;</li>
 *   <li>{@code @name}: the phrases of section {@code [@name]} (in the same file or in {@code shared.txt}).</li>
 * </ul>
 * A phrase matches whole words inside one sentence, except that an {@code <end>} or {@code <?>} with more of the
 * phrase after it may be a full stop, so such a phrase may go on into the next sentence: the builder counts, per
 * phrase, how many sentence ends it can step over ({@link #crossings}) and the index then reads that many sentences
 * after the one it starts in. Loading fails fast, naming the file, line and problem.
 */
final class LexiconBuilder {

    /** The subjects that open a new clause after "and" or "but" (an {@code <end>} of run-on text). */
    private static final String NEW_SUBJECT = "(?:i|i'm|i've|i'd|i'll|he|he's|he'll|she|she's|she'll|they|they're|we|"
            + "we're|it|it's|my|now|idk|honestly)";
    /**
     * A new clause typed where a comma would be, without "and" or "but" ("he didnt last night", "better off im just a
     * burden", "it was a 2 this morning"): a subject with its verb, or a time that opens the next clause.
     */
    private static final String BARE_CLAUSE = "(?:(?:i|he|she|they|we|it) (?:was|is|am|were|are|have|has|had|just|"
            + "really|still|only|never|did|didn't|don't|can't|feel|felt|think|thought|said|says|keep|kept|mean)|"
            + "i'm|i've|it's|its|he's|she's|they're|now|last (?:night|week|weekend)|yesterday|this morning)";
    private static final String GAP_WORD = "(?!" + NegationCues.WORDS_REGEX + " )[\\w'-]+ ";
    private static final List<Term> COMPILED = Collections.synchronizedList(new ArrayList<>());
    private static volatile Map<String, List<String>> shared;

    private LexiconBuilder() {
    }

    /** The named terms of {@code safety/lexicon/<file>.txt}, in file order. */
    static Map<String, Term> load(String file) {
        Map<String, List<String>> sections = read(file);
        Map<String, List<String>> lists = new LinkedHashMap<>(file.equals("shared") ? Map.of() : shared());
        sections.forEach((name, phrases) -> {
            if (name.startsWith("@")) {
                lists.put(name.substring(1), phrases);
            }
        });
        Map<String, Term> terms = new LinkedHashMap<>();
        sections.forEach((name, phrases) -> {
            if (!name.startsWith("@")) {
                terms.put(name, compile(file + ".txt [" + name + "]", phrases, lists));
            }
        });
        return Collections.unmodifiableMap(terms);
    }

    /** One term by name, failing fast when the file has no such section. */
    static Term term(Map<String, Term> terms, String name) {
        Term term = terms.get(name);
        if (term == null) {
            throw new IllegalStateException("safety lexicon has no section [" + name + "]; it has " + terms.keySet());
        }
        return term;
    }

    /** Every term compiled so far, for the gate consistency test. */
    static List<Term> compiled() {
        synchronized (COMPILED) {
            return List.copyOf(COMPILED);
        }
    }

    private static Map<String, List<String>> shared() {
        if (shared == null) {
            Map<String, List<String>> lists = new LinkedHashMap<>();
            read("shared").forEach((name, phrases) -> {
                if (!name.startsWith("@")) {
                    throw new IllegalStateException("safety/lexicon/shared.txt holds only [@lists], not [" + name + "]");
                }
                lists.put(name.substring(1), phrases);
            });
            shared = lists;
        }
        return shared;
    }

    private static Map<String, List<String>> read(String file) {
        String path = "/safety/lexicon/" + file + ".txt";
        try (InputStream in = LexiconBuilder.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing safety lexicon " + path);
            }
            Map<String, List<String>> sections = new LinkedHashMap<>();
            List<String> current = null;
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                int comment = line.indexOf('#');
                if (comment >= 0) {
                    line = line.substring(0, comment).strip();
                }
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]") && !line.contains(" ")) {
                    String name = line.substring(1, line.length() - 1);
                    if (sections.containsKey(name)) {
                        throw new IllegalStateException(path + ":" + (i + 1) + ": section [" + name + "] twice");
                    }
                    current = new ArrayList<>();
                    sections.put(name, current);
                } else if (current == null) {
                    throw new IllegalStateException(path + ":" + (i + 1) + ": a phrase before any [section]");
                } else {
                    current.add(line + "\t" + path + ":" + (i + 1));
                }
            }
            sections.forEach((name, phrases) -> {
                if (phrases.isEmpty()) {
                    throw new IllegalStateException(path + ": section [" + name + "] is empty");
                }
            });
            return sections;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read safety lexicon " + path, e);
        }
    }

    private static Term compile(String origin, List<String> listed, Map<String, List<String>> lists) {
        List<String> phrases = new ArrayList<>();
        listed.forEach(phrase -> expandWholeList(phrase, lists, 0, phrases));
        String[] regexes = new String[phrases.size()];
        String[][] gates = new String[phrases.size()][];
        String[][][] required = new String[phrases.size()][][];
        int[] reach = new int[phrases.size()];
        for (int i = 0; i < phrases.size(); i++) {
            String[] phraseAndPlace = phrases.get(i).split("\t", 2);
            Parser parser = new Parser(phraseAndPlace[0], phraseAndPlace[1], lists, 0);
            Node node = parser.parseAll();
            // A match starts where a word starts: right after a space, or at the start of the text.
            regexes[i] = "(?<![^ ])" + node.regex();
            Set<String> first = new LinkedHashSet<>();
            if (!node.firstWords(first)) {
                throw new IllegalStateException(phraseAndPlace[1] + ": a phrase must start with a word: "
                        + phraseAndPlace[0]);
            }
            gates[i] = first.toArray(String[]::new);
            required[i] = required(node);
            reach[i] = crossings(node, false);
        }
        Term term = Term.phrases(regexes, gates, required, reach);
        COMPILED.add(term);
        return term;
    }

    /**
     * A phrase that is a whole list and nothing else ({@code @ended}) becomes the list's phrases, in order, each with
     * its own gates and required words: one phrase made of a long alternation would be tried whole at every token any
     * of its alternatives starts with, while a message rarely has the words of more than one. The term matches the
     * same text (its phrases are tried in order and the first that matches wins, as in an alternation).
     */
    private static void expandWholeList(String phrase, Map<String, List<String>> lists, int depth, List<String> into) {
        String text = phrase.split("\t", 2)[0];
        List<String> list = text.startsWith("@") && text.indexOf(' ') < 0 ? lists.get(text.substring(1)) : null;
        if (list == null || depth > 8) { // an unknown list (or a cycle) is left for the parser to report
            into.add(phrase);
            return;
        }
        list.forEach(inner -> expandWholeList(inner, lists, depth + 1, into));
    }

    /**
     * For each mandatory part of the phrase, the words it can start with: the phrase can only match a message in
     * which every part finds one of its words (checked once per message, before any regex runs). Null when the
     * phrase is a choice at the top level (it is then tried at its gates regardless).
     */
    private static String[][] required(Node node) {
        List<Node> parts = node instanceof Sequence sequence ? sequence.parts() : List.of(node);
        List<String[]> sets = new ArrayList<>();
        for (Node part : parts) {
            if (part instanceof Gap || part instanceof End || part instanceof Number || part instanceof Not
                    || part instanceof Choice choice && choice.optional()) {
                continue;
            }
            Set<String> words = new LinkedHashSet<>();
            if (part.firstWords(words) && !words.contains(Term.DIGIT)) {
                Set<String> stems = new LinkedHashSet<>();
                part.firstStems(stems);
                // A stem's words are any word starting with it: marked with a trailing * for the presence check.
                sets.add(words.stream().map(w -> stems.contains(w) ? w + "*" : w).toArray(String[]::new));
            }
        }
        return sets.isEmpty() ? null : sets.toArray(String[][]::new);
    }

    /**
     * How many sentence ends a match of the node can step over and then go on (the sentences after its first one it
     * may reach): an {@code <end>} or {@code <?>} with more of the phrase after it ({@code followed}) may be a full
     * stop. Words, stems, numbers and gaps never take punctuation; a {@code !(..)} only looks. Derived from the phrase
     * itself, so no list of "phrases that cross a full stop" is kept by hand; counting a part that can match nothing
     * as more of the phrase only widens where the phrase is tried, never what it matches.
     */
    static int crossings(Node node, boolean followed) {
        if (node instanceof End || node instanceof Question) {
            return followed ? 1 : 0;
        }
        if (node instanceof Choice choice) {
            return choice.options().stream().mapToInt(option -> crossings(option, followed)).max().orElse(0);
        }
        if (node instanceof Sequence sequence) {
            int total = 0;
            boolean after = followed;
            for (int i = sequence.parts().size() - 1; i >= 0; i--) {
                Node part = sequence.parts().get(i);
                total += crossings(part, after);
                after |= !(part instanceof Not);
            }
            return total;
        }
        return 0;
    }

    /** The phrase parsed (for tests of what the builder derives from it). */
    static Node parse(String phrase, Map<String, List<String>> lists) {
        return new Parser(phrase, "test", lists, 0).parseAll();
    }

    /** A parsed phrase: its regex (every word followed by its space) and the words a match can start with. */
    sealed interface Node permits Word, Stem, Number, End, Question, Gap, Choice, Sequence, Not {
        String regex();

        /** Adds the possible first words; false when the node can match nothing at all (only optional parts). */
        boolean firstWords(Set<String> into);

        /** Adds those of the first words that are stems (prefixes of a word, not whole words). */
        default void firstStems(Set<String> into) {
        }
    }

    private record Word(List<String> tokens) implements Node {
        public String regex() {
            StringBuilder out = new StringBuilder();
            tokens.forEach(token -> out.append(Pattern.quote(token)).append(' '));
            return out.toString();
        }

        public boolean firstWords(Set<String> into) {
            String first = tokens.get(0);
            into.add(Character.isDigit(first.charAt(0)) ? Term.DIGIT : first);
            return true;
        }
    }

    private record Stem(String prefix) implements Node {
        public String regex() {
            return Pattern.quote(prefix) + "[^ ]* ";
        }

        public boolean firstWords(Set<String> into) {
            into.add(prefix);
            return true;
        }

        public void firstStems(Set<String> into) {
            into.add(prefix);
        }
    }

    /**
     * A word starting with any number ({@code min < 0}), or with one from min to max (with its decimals or a unit
     * written onto it: "39.5", "39°c"); with a suffix, the number (digits, a decimal part) then exactly the suffix,
     * in one word ("8/10", "400mg").
     */
    private record Number(int min, int max, String suffix) implements Node {
        public String regex() {
            if (min < 0 && suffix.isEmpty()) {
                return "\\d[^ ]* ";
            }
            StringBuilder out = new StringBuilder("(?:");
            if (min < 0) {
                out.append("\\d+");
            }
            for (int n = max; n >= min && min >= 0; n--) {
                out.append(n == max ? "" : "|").append(n);
            }
            // Without a suffix, whatever is written onto the number ("39.5", "39°c", "8/10"); with one, exactly it.
            return out.append(suffix.isEmpty() ? ")(?!\\d)[^ ]* " : ")(?:\\.\\d+)?" + Pattern.quote(suffix) + " ")
                    .toString();
        }

        public boolean firstWords(Set<String> into) {
            into.add(Term.DIGIT);
            return true;
        }
    }

    /**
     * A comma, or the punctuation that ends the sentence: the space after a sentence's last token lies beyond the
     * sentence a phrase is matched in (and the message's last token has none), so it is looked at, not consumed.
     */
    private record End() implements Node {
        public String regex() {
            // Run-on texting ends a clause with "and i ..." where a writer with punctuation puts a stop ("he
            // wouldn't and i don't know what to do"): looked at, not consumed, like the sentence end.
            return "(?:, |[.!?;](?: |(?![^ ]))|(?=(?:and|but) " + NEW_SUBJECT + " )|(?=" + BARE_CLAUSE + " ))";
        }

        public boolean firstWords(Set<String> into) {
            return false;
        }
    }

    /** A question mark (the message asks something). */
    private record Question() implements Node {
        public String regex() {
            return "\\?(?![^ ])(?: )?";
        }

        public boolean firstWords(Set<String> into) {
            into.add("?");
            return true;
        }
    }

    private record Gap(int min, int max) implements Node {
        public String regex() {
            return "(?:" + GAP_WORD + "){" + min + "," + max + "}";
        }

        public boolean firstWords(Set<String> into) {
            return false;
        }
    }

    private record Choice(List<Node> options, boolean optional) implements Node {
        public String regex() {
            StringBuilder out = new StringBuilder("(?:");
            for (int i = 0; i < options.size(); i++) {
                out.append(i == 0 ? "" : "|").append(options.get(i).regex());
            }
            return out.append(optional ? ")?" : ")").toString();
        }

        public boolean firstWords(Set<String> into) {
            boolean all = true;
            for (Node option : options) {
                all &= option.firstWords(into);
            }
            return all && !optional;
        }

        public void firstStems(Set<String> into) {
            options.forEach(option -> option.firstStems(into));
        }
    }

    private record Sequence(List<Node> parts) implements Node {
        public String regex() {
            StringBuilder out = new StringBuilder();
            parts.forEach(part -> out.append(part.regex()));
            return out.toString();
        }

        public boolean firstWords(Set<String> into) {
            for (Node part : parts) {
                if (part instanceof Gap) {
                    return false; // a gap first would let a match start anywhere
                }
                if (part instanceof Not) {
                    continue; // a condition on the text around, not a word of the match
                }
                if (part.firstWords(into)) {
                    return true;
                }
                if (!(part instanceof Choice choice && choice.optional())) {
                    return false; // a choice with an alternative that can start anywhere
                }
            }
            return false;
        }

        public void firstStems(Set<String> into) {
            for (Node part : parts) {
                if (part instanceof Not) {
                    continue;
                }
                part.firstStems(into);
                Set<String> words = new LinkedHashSet<>();
                if (part instanceof Gap || part.firstWords(words)) {
                    return;
                }
            }
        }
    }

    /** Words that must not be here: after what comes before ({@code before}: ending right here), or next. */
    private record Not(Node inner, boolean before) implements Node {
        public String regex() {
            return (before ? "(?<!" : "(?!") + inner.regex() + ")";
        }

        public boolean firstWords(Set<String> into) {
            return false;
        }
    }

    /** Recursive descent over one phrase line. */
    private static final class Parser {
        private final String text;
        private final String place;
        private final Map<String, List<String>> lists;
        private final int depth;
        private int at;

        Parser(String text, String place, Map<String, List<String>> lists, int depth) {
            this.text = text;
            this.place = place;
            this.lists = lists;
            this.depth = depth;
            if (depth > 8) {
                throw fail("lists refer to each other too deeply");
            }
        }

        Node parseAll() {
            Node node = alternatives();
            if (at < text.length()) {
                throw fail("unexpected '" + text.charAt(at) + "'");
            }
            return node;
        }

        private Node alternatives() {
            List<Node> options = new ArrayList<>();
            options.add(sequence());
            while (at < text.length() && text.charAt(at) == '|') {
                at++;
                options.add(sequence());
            }
            return options.size() == 1 ? options.get(0) : new Choice(options, false);
        }

        private Node sequence() {
            List<Node> parts = new ArrayList<>();
            while (true) {
                skipSpaces();
                if (at >= text.length() || text.charAt(at) == '|' || text.charAt(at) == ')'
                        || text.charAt(at) == ']') {
                    break;
                }
                parts.add(element(parts.isEmpty()));
            }
            if (parts.isEmpty()) {
                throw fail("an empty phrase or alternative");
            }
            return parts.size() == 1 ? parts.get(0) : new Sequence(parts);
        }

        private Node element(boolean first) {
            char c = text.charAt(at);
            if (c == '!') {
                at++;
                if (at >= text.length() || " |)]~!".indexOf(text.charAt(at)) >= 0) {
                    throw fail("'!' needs the words that must not be there");
                }
                Node inner = element(false);
                if (inner instanceof Choice choice && choice.optional() || first && !fixedWords(inner)) {
                    throw fail("'!' first in a phrase takes only words and (a|b) choices of words");
                }
                return new Not(inner, first);
            }
            if (c == '(' || c == '[') {
                at++;
                Node inner = alternatives();
                char close = c == '(' ? ')' : ']';
                if (at >= text.length() || text.charAt(at) != close) {
                    throw fail("missing '" + close + "'");
                }
                at++;
                List<Node> options = inner instanceof Choice choice ? choice.options() : List.of(inner);
                return new Choice(options, c == '[');
            }
            if (c == '~') {
                at++;
                int start = at;
                while (at < text.length() && Character.isDigit(text.charAt(at))) {
                    at++;
                }
                return new Gap(0, start == at ? 3 : Integer.parseInt(text.substring(start, at)));
            }
            String word = word();
            if (word.equals("<n>")) {
                return new Number(-1, -1, "");
            }
            if (word.startsWith("<n:")) {
                return range(word);
            }
            if (word.startsWith("<n>")) {
                return new Number(-1, -1, suffix(word, word.substring(3)));
            }
            if (word.equals("<?>")) {
                return new Question();
            }
            if (word.equals("<w>")) {
                return new Gap(1, 1);
            }
            if (word.equals("<end>")) {
                return new End();
            }
            if (word.startsWith("@")) {
                List<String> phrases = lists.get(word.substring(1));
                if (phrases == null) {
                    throw fail("no list [" + word + "]");
                }
                List<Node> options = new ArrayList<>();
                for (String phrase : phrases) {
                    String[] phraseAndPlace = phrase.split("\t", 2);
                    options.add(new Parser(phraseAndPlace[0], phraseAndPlace[1], lists, depth + 1).parseAll());
                }
                return new Choice(options, false);
            }
            String bare = word.endsWith("*") ? word.substring(0, word.length() - 1) : word;
            for (int i = 0; i < bare.length(); i++) {
                char ch = bare.charAt(i);
                if (!Character.isLetterOrDigit(ch) && ch != '\'' && ch != '-' && ch != '\u2019' && ch != '\u00b0') {
                    throw fail("'" + word + "' is not a word (regex marks such as ? and + mean nothing here)");
                }
            }
            if (word.endsWith("*")) {
                String prefix = org.safepace.bot.text.TextNormaliser.forMatching(word.substring(0, word.length() - 1));
                if (prefix.length() < 3 || prefix.contains(" ")) {
                    throw fail("a stem needs three or more letters: " + word);
                }
                return new Stem(prefix);
            }
            return new Word(canonical(word));
        }

        /** {@code <n:7-10>} and {@code <n:7-10>/10}: a number from 7 to 10, then exactly the suffix. */
        private Node range(String word) {
            java.util.regex.Matcher m = Pattern.compile("<n:(\\d{1,4})-(\\d{1,4})>([^ ]*)").matcher(word);
            if (!m.matches()) {
                throw fail("a number range is written <n:7-10>, not " + word);
            }
            int min = Integer.parseInt(m.group(1));
            int max = Integer.parseInt(m.group(2));
            if (min > max || max - min > 200) {
                throw fail("a number range goes from the smaller number to the larger, at most 200 apart: " + word);
            }
            return new Number(min, max, suffix(word, m.group(3)));
        }

        private String suffix(String word, String suffix) {
            if (!suffix.isEmpty() && (Character.isDigit(suffix.charAt(0)) || suffix.indexOf('<') >= 0)) {
                throw fail("a number's suffix is a unit or /10 written right after it, not: " + word);
            }
            return org.safepace.bot.text.TextNormaliser.forMatching(suffix);
        }

        /** Only words and choices of words (no word*, gap or number): a look-behind must have a bounded length. */
        private static boolean fixedWords(Node node) {
            if (node instanceof Word) {
                return true;
            }
            if (node instanceof Choice choice) {
                return choice.options().stream().allMatch(Parser::fixedWords);
            }
            if (node instanceof Sequence sequence) {
                return sequence.parts().stream().allMatch(Parser::fixedWords);
            }
            return false;
        }

        private String word() {
            int start = at;
            while (at < text.length() && " |()[]~".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            return text.substring(start, at);
        }

        /** The tokens a message holding this word is read as. */
        private List<String> canonical(String word) {
            String analysed = TextAnalyser.analyse(word).text;
            List<String> tokens = new ArrayList<>(List.of(analysed.split(" ")));
            if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).equals(".")) {
                tokens.remove(tokens.size() - 1);
            }
            if (tokens.isEmpty() || tokens.stream().anyMatch(token -> token.isEmpty()
                    || !Character.isLetterOrDigit(token.charAt(0)) && token.charAt(0) != '\u00b0')) {
                throw fail("'" + word + "' is not a word (regex marks such as ? and + mean nothing here)");
            }
            return tokens;
        }

        private void skipSpaces() {
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
        }

        private IllegalStateException fail(String problem) {
            return new IllegalStateException(place + ": " + problem + " in: " + text);
        }
    }
}
