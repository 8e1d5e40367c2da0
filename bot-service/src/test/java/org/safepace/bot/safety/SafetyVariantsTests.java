package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dev table's rows rewritten the way people write them, with the meaning kept: texting (lower case, no
 * apostrophes, "u", "r", "tho", "w"), shouting in capitals, a greeting before it, buried in a story with a question
 * after it, run on with "and i ..." instead of a full stop, no punctuation at all, and one typo in the longest word.
 * A row the rules get right must keep its decision in each form: a rule that only hears the tidy wording is tuned
 * to its own table. Measured on the rows the rules answer (not {@code backstop} or {@code gap}); held-out and fresh
 * rows are never rewritten here (their figures come from SafetyTableTests only).
 */
class SafetyVariantsTests {

    private final SafetyScreen screen = new SafetyScreen();

    private static final String STORY_BEFORE = "so we've been doing the dilator homework for about two months and my"
            + " physio is lovely, she says i'm doing well. ";
    private static final String QUESTION_AFTER = ". anyway sorry for the long message, is it normal to feel tired"
            + " after the exercises?";
    private static final Pattern LONG_WORD = Pattern.compile("[A-Za-z]{6,}");

    static String texting(String m) {
        return m.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "")
                .replaceAll("\\byou\\b", "u").replaceAll("\\byour\\b", "ur").replaceAll("\\bare\\b", "r")
                .replaceAll("\\bbecause\\b", "bc").replaceAll("\\bplease\\b", "pls").replaceAll("\\bthough\\b", "tho")
                .replaceAll("\\bwith\\b", "w");
    }

    static String runOn(String m) {
        return "so we've been doing the dilator homework for about two months and " + m + " and i dont know what to do";
    }

    static String buried(String m) {
        return STORY_BEFORE + m + QUESTION_AFTER;
    }

    static String noPunctuation(String m) {
        // a decimal point or a score's slash stays: "38.5" is a number, not two
        return m.replaceAll("(?<!\\d)[.,;:!?]|[.,;:!?](?!\\d)", " ").replaceAll(" +", " ").strip();
    }

    /** Two letters in the middle of the longest word (six letters or more) swapped: "bleeding" -> "bleeidng". */
    static String swapInLongestWord(String m) {
        return inLongestWord(m, w -> {
            char[] c = w.toCharArray();
            int k = c.length / 2;
            char t = c[k];
            c[k] = c[k + 1];
            c[k + 1] = t;
            return new String(c);
        });
    }

    /** One letter dropped from the middle of the longest word: "bleeding" -> "bleeing". */
    static String dropInLongestWord(String m) {
        return inLongestWord(m, w -> w.substring(0, w.length() / 2) + w.substring(w.length() / 2 + 1));
    }

    private static String inLongestWord(String m, UnaryOperator<String> change) {
        var words = LONG_WORD.matcher(m);
        int start = -1;
        int end = -1;
        while (words.find()) {
            if (words.end() - words.start() > end - start) {
                start = words.start();
                end = words.end();
            }
        }
        return start < 0 ? m : m.substring(0, start) + change.apply(m.substring(start, end)) + m.substring(end);
    }

    /** Of the rows a variant changes: positives still at or above their level, negatives still NONE. */
    record Kept(String name, int kept, int positives, int quiet, int negatives) {
        double keptShare() {
            return (double) kept / Math.max(1, positives);
        }

        double quietShare() {
            return (double) quiet / Math.max(1, negatives);
        }
    }

    private Kept measure(String name, UnaryOperator<String> variant) {
        List<SafetyTableTests.Row> rows = SafetyTableTests.allRows().stream().filter(SafetyTableTests.Row::byRules)
                .toList();
        int kept = 0;
        int positives = 0;
        int quiet = 0;
        int negatives = 0;
        for (SafetyTableTests.Row row : rows) {
            String rewritten = variant.apply(row.message());
            if (rewritten.equals(row.message())) {
                continue;
            }
            TriageLevel level = screen.screen(rewritten).level();
            if (row.positive()) {
                positives++;
                kept += level.compareTo(row.level()) >= 0 ? 1 : 0;
            } else {
                negatives++;
                quiet += level == TriageLevel.NONE ? 1 : 0;
            }
        }
        Kept result = new Kept(name, kept, positives, quiet, negatives);
        System.out.printf(Locale.ROOT, "  %-28s positives kept %d/%d = %.1f%%, negatives quiet %d/%d = %.1f%%%n", name,
                kept, positives, 100 * result.keptShare(), quiet, negatives, 100 * result.quietShare());
        return result;
    }

    @Test
    void capitalsAndAGreetingChangeNothing() {
        Kept upper = measure("in capitals", m -> m.toUpperCase(Locale.ROOT));
        Kept greeting = measure("after \"hi, \"", m -> "hi, " + m);
        assertThat(upper.kept()).isEqualTo(upper.positives());
        assertThat(upper.quiet()).isEqualTo(upper.negatives());
        assertThat(greeting.kept()).isEqualTo(greeting.positives());
        assertThat(greeting.quiet()).isEqualTo(greeting.negatives());
    }

    @Test
    void textingWithoutApostrophesKeepsTheDecision() {
        // 2026-12-04, ninth session: 590/621 kept and 417/425 quiet before "hell", "ill", "id", "tho", "r" were
        // read (UnmarkedContractions, TextAnalyser, Shorthand), 623/623 and 425/425 after
        Kept texting = measure("texting", SafetyVariantsTests::texting);
        assertThat(texting.keptShare()).isGreaterThanOrEqualTo(0.99);
        assertThat(texting.quietShare()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void aRedFlagBuriedInAStoryOrARunOnSentenceIsStillHeard() {
        // run on: 1270/1275 kept before an <end> also read "and i ..." as a new clause, 1282/1284 after
        Kept buried = measure("buried in a story", SafetyVariantsTests::buried);
        Kept runOn = measure("run on with \"and i\"", SafetyVariantsTests::runOn);
        assertThat(buried.keptShare()).isGreaterThanOrEqualTo(0.99);
        assertThat(runOn.keptShare()).isGreaterThanOrEqualTo(0.99);
        // the story adds a question and "two months" of practice: a few ROUTINE answers, no red flag
        assertThat(buried.quietShare()).isGreaterThanOrEqualTo(0.95);
        assertThat(runOn.quietShare()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void oneTypoInTheLongestWordKeepsTheDecision() {
        // 2026-12-04, ninth session: only Spelling's hand list of red-flag words was corrected, so one typo in the
        // longest word lost a quarter of the positives (swapped 848/1136 kept, 705/743 quiet; dropped 868/1171,
        // 726/765). Now every lexicon word of six letters or more is corrected towards (safety/spelling.txt):
        // 1119/1142 and 747/750, 1118/1177 and 764/773.
        Kept swapped = measure("two letters swapped", SafetyVariantsTests::swapInLongestWord);
        Kept dropped = measure("one letter dropped", SafetyVariantsTests::dropInLongestWord);
        assertThat(swapped.keptShare()).isGreaterThanOrEqualTo(0.95);
        assertThat(dropped.keptShare()).isGreaterThanOrEqualTo(0.93);
        assertThat(swapped.quietShare()).isGreaterThanOrEqualTo(0.98);
        assertThat(dropped.quietShare()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void noPunctuationIsMeasuredAgainstAFloor() {
        // 479/494 kept before an <end> also read a bare new clause ("he didnt last night"), 483/494 after; the rest
        // need a question mark or a sentence of their own ("is it normal" before the red flag it asks about).
        Kept bare = measure("no punctuation", SafetyVariantsTests::noPunctuation);
        assertThat(bare.keptShare()).isGreaterThanOrEqualTo(0.95);
    }
}
