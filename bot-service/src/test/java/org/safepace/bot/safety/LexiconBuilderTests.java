package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.safepace.bot.safety.AnalysedText.Term;

class LexiconBuilderTests {

    private static final Map<String, Term> TERMS = LexiconBuilder.load("test-syntax");

    private static boolean matches(String section, String message) {
        return TextAnalyser.analyse(message).affirmed(LexiconBuilder.term(TERMS, section), 0);
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "words|there is heavy bleeding|true",
            "words|heavyish bleeding|false", // whole words only
            "words|it can't stop|true", // "cannot" in the lexicon reads like "can't" and "cant" in a message
            "words|it cant stop|true",
            "stem|bleeding a lot|true",
            "stem|bled a lot|false",
            "choice|too much blood|true",
            "choice|much blood|false",
            "choice|it is very sore|true",
            "choice|it is sore|true",
            "gap|he forced me|true",
            "gap|he really just forced me|true",
            "gap|he never forced me|false", // a gap never holds a negation
            "gap|he one two three forced me|false",
            "list|greenish discharge|false", // "ish" is a word of its own in the lexicon
            "list|green ish discharge|true",
            "list|yellow discharge|true",
            "number|3 pads|true",
            "number|three pads|true", // number words read as digits
            "end|he didn't, and|true",
            "end|he didn't.|true",
            "end|he didn't stop|false",
            "end|he didn't. then i left|true", // a sentence's end before the message's end
            "end|he didn't! i was scared|true",
            // a number range: the whole part from 7 to 10, decimals and what is written onto it included
            "range|pain of 8|true",
            "range|pain at 7.5|true",
            "range|pain of 6|false",
            "range|pain of 11|false",
            "range|pain of 100|false",
            "range|pain of eight|true", // number words read as digits
            "range_over_ten|it was 8/10 pain|true",
            "range_over_ten|it was 8 pain|false",
            "range_over_ten|it was 6/10 pain|false",
            "temperature|it is 38.5°c|true",
            "temperature|it is 38.5°f|false",
            "temperature|it is 37°c|false",
            "dose|400mg|true",
            "dose|400 ml|false",
            // a word that must not be next (word* allowed), or, first, must not be right before
            "not_after|there was blood on the tissue|true",
            "not_after|my blood test was fine|false",
            "not_after|blood tests were fine|false",
            "not_after|blood pressure|false",
            "not_before|i think it is cystitis|true",
            "not_before|i have interstitial cystitis|false",
            "question|is it normal?|true",
            "question|is it normal|false",
            // optional words: any, all or none of them
            "optional_words|bleeding heavy|true",
            "optional_words|the blood was really heavy|true",
            "optional_words|bleeding was not heavy|false",
            // invisible characters inside words change nothing
            "words|there is hea\u200Bvy blee\u00ADding|true",
            "range_over_ten|it was 8\u200D/10 pain|true",
            "not_after|my blood te\u200Bst was fine|false"
    })
    void phrasesMatchWholeWordsInOneSentence(String section, String message, boolean expected) {
        assertThat(matches(section, unescape(message))).isEqualTo(expected);
    }

    /** The table's \\uXXXX escapes, so invisible characters can be written visibly. */
    private static String unescape(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\u([0-9A-Fa-f]{4})").matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.valueOf((char) Integer.parseInt(m.group(1), 16)));
        }
        return m.appendTail(out).toString();
    }

    @ParameterizedTest(name = "[{0}] {1} -> affirmed {2}")
    @CsvSource(delimiter = '|', value = {
            "range|the pain of 8 is back|true",
            "range|no pain of 8 any more|false", // a negation before the number's phrase
            "range_over_ten|8/10 pain is gone now|false", // and after it
            "range_over_ten|never had 9/10 pain|false",
            "optional_words|no bleeding was very heavy|false",
            "not_after|there wasn't any blood on it|false"
    })
    void aNegationNearANewPartStillNegatesTheMatch(String section, String message, boolean expected) {
        assertThat(TextAnalyser.analyse(message).affirmed(LexiconBuilder.term(TERMS, section), AnalysedText.NEGATION))
                .isEqualTo(expected);
    }

    @Test
    void aPhraseNeverCrossesASentence() {
        assertThat(matches("words", "it was heavy. bleeding now")).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "heavy bleeding;0",
            "he (didn't|did not) <end>;0", // an <end> last only looks at the full stop
            "is it normal <?>;0",
            "(want|wish) (it all|everything) to stop [<end>] ~3 permanently;1",
            "letters ~8 <end> ~3 (after|when) (i'm|i am) gone;1",
            "it hurts <end> ~2 bleeding <end> ~2 scared;2",
            "(painless|quick) way to (die|go <end>);0", // inside a choice, but last in the phrase
            "(painless|quick) way to (die|go <end>) tonight;1",
            "is it normal <?> ~2 scared;1",
            "blood !(<end>) now;0" // a !(..) only looks
    })
    void theBuilderCountsTheSentenceEndsAPhraseCanStepOver(String phrase, int crossings) {
        assertThat(LexiconBuilder.crossings(LexiconBuilder.parse(phrase, Map.of()), false)).isEqualTo(crossings);
    }

    /**
     * "i just want everything to stop. permanently.": the phrase's regex steps over the full stop, so the index must
     * try it in the sentence before the one holding "permanently" and the match may end in the next sentence; the
     * same words two sentences apart, or in the wrong order, stay quiet.
     */
    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "across|i just want everything to stop. permanently. not a break, stop|true",
            "across|i want it all to stop! for good this time|true",
            "across|i want it all to stop, for good|true",
            "across|i want it all to stop for good|true",
            "across|i want everything to stop. we have tried for a year. she moved to spain permanently|false",
            "across|permanently. i want everything to stop|false",
            "across|i want everything to stop. we tried the dilators and then permanently|false", // more than ~3 words
            "two_ends|it hurts. bleeding. so scared|true",
            "two_ends|it hurts. bleeding. we are not sure. scared|false"
    })
    void aPhraseWithAnEndInsideMayGoOnIntoTheNextSentence(String section, String message, boolean expected) {
        assertThat(matches(section, message)).isEqualTo(expected);
    }

    /**
     * Run-on texting puts "and i ..." where a full stop would be: an {@code <end>} is also a new clause opened by
     * "and" or "but" and its subject, looked at and not consumed; any other word after the phrase still stops it.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "i begged him to stop and he wouldn't|true",
            "i begged him to stop and he wouldn't, last night|true",
            "i begged him to stop and he wouldn't and i dont know what to do|true",
            "i begged him to stop and he didnt but i'm scared to tell anyone|true",
            "i begged him to stop and he wouldn't and my mum says leave|true",
            "i begged him to stop and he wouldn't listen|false",
            "i begged him to stop and he wouldn't and then he did|false", // "and then": no subject, no new clause
            "i begged him to stop and he didn't andi know|false",
            // a new clause typed where the comma would be: a subject with its verb, or a time
            "i begged him to stop and he didnt last night|true",
            "i begged him to stop and he wouldn't it was two days ago|true",
            "i begged him to stop and he wouldn't im still shaking|true",
            "i begged him to stop and he wouldn't it off|false"
    })
    void anEndIsAlsoANewClauseOfRunOnText(String message, boolean expected) {
        assertThat(matches("run_on", message)).isEqualTo(expected);
    }

    @Test
    void theIndexTriesACrossingPhraseOnlyInTheSentencesItCanReach() {
        Term across = LexiconBuilder.term(TERMS, "across");
        AnalysedText crossing = TextAnalyser.analyse("i just want everything to stop. permanently. not a break");
        assertThat(crossing.candidates(across)).contains(crossing.text.indexOf("want"));
        AnalysedText apart = TextAnalyser.analyse("i want everything to stop. we have tried. it is permanently");
        assertThat(apart.candidates(across)).isEmpty(); // "permanently" is two sentences on
        Term words = LexiconBuilder.term(TERMS, "words");
        assertThat(TextAnalyser.analyse("it was heavy. bleeding now").candidates(words)).isEmpty();
    }

    @Test
    void crossingPhrasesOfTheShippedLexiconsAreFoundAndTriedAcrossTheFullStop() {
        SafetyScreen.FAMILIES.size();
        long crossing = LexiconBuilder.compiled().stream().filter(term -> term.phrases() != null)
                .flatMapToInt(term -> java.util.Arrays.stream(term.phrases().reach())).filter(r -> r > 0).count();
        assertThat(crossing).isGreaterThanOrEqualTo(20); // crisis.txt, bleeding.txt, pathways.txt: see the README
        assertThat(new SafetyScreen().screen("i just want everything to stop. permanently. not a break, stop").level())
                .isEqualTo(TriageLevel.EMERGENCY);
    }

    @Test
    void gatesComeFromTheFirstWordsOfEveryPhrase() {
        assertThat(LexiconBuilder.term(TERMS, "choice").gates()).containsExactlyInAnyOrder("so", "too", "very", "sore");
        assertThat(LexiconBuilder.term(TERMS, "stem").gates()).containsExactly("bleed");
        assertThat(LexiconBuilder.term(TERMS, "number").gates()).containsExactly(Term.DIGIT);
        assertThat(LexiconBuilder.term(TERMS, "list").gates()).containsExactlyInAnyOrder("green", "yellow");
        assertThat(LexiconBuilder.term(TERMS, "range_over_ten").gates()).containsExactly(Term.DIGIT);
        assertThat(LexiconBuilder.term(TERMS, "not_before").gates()).containsExactly("cystitis"); // not "interstitial"
        assertThat(LexiconBuilder.term(TERMS, "question").gates()).containsExactly("is");
        assertThat(LexiconBuilder.term(TERMS, "optional_words").gates()).containsExactlyInAnyOrder("bleeding", "blood");
    }

    @Test
    void requiredWordsComeFromEveryMandatoryPartButNotFromExclusionsOrOptionalWords() {
        // "(bleeding|blood) [is|was] [very|really] heavy": a message without "heavy" never tries the phrase.
        AnalysedText without = TextAnalyser.analyse("the bleeding was very light");
        assertThat(without.candidates(LexiconBuilder.term(TERMS, "optional_words"))).isEmpty();
        AnalysedText with = TextAnalyser.analyse("the bleeding was very heavy");
        assertThat(with.candidates(LexiconBuilder.term(TERMS, "optional_words"))).isNotEmpty();
        // "!(interstitial) cystitis" requires only "cystitis"
        assertThat(TextAnalyser.analyse("cystitis again").candidates(LexiconBuilder.term(TERMS, "not_before")))
                .containsExactly(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"test-broken", "test-short-stem", "test-gap-first", "test-regex-mark", "test-bad-lookbehind",
        "test-bad-range", "no-such-lexicon"})
    void badLexiconsFailFastNamingTheFileAndLine(String file) {
        assertThatThrownBy(() -> LexiconBuilder.load(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file);
    }

    /**
     * The fast path is derived, not kept by hand: for every phrase of every shipped lexicon, each of its gates (first
     * words) and each of its required words is in the one {@link GateIndex}, so a token that is that word reports it.
     */
    @Test
    void everyCompiledPhrasesGatesAndRequiredWordsAreInTheGateIndex() {
        SafetyScreen.FAMILIES.size(); // every rule family's lexicons compiled
        java.util.List<String> words = AnalysedText.requiredWords();
        java.util.List<String> stems = AnalysedText.requiredStems();
        GateIndex index = GateIndex.current(Term.count(), words.size(), stems.size());
        java.util.List<String> missing = new java.util.ArrayList<>();
        java.util.List<Term> compiled = LexiconBuilder.compiled();
        assertThat(compiled).hasSizeGreaterThan(60);
        for (Term term : compiled) {
            String[] gates = term.gates();
            for (int g = 0; g < gates.length; g++) {
                int node = index.gateNodes[term.id()][g];
                if (gates[g].equals(Term.DIGIT) ? node != GateIndex.DIGIT_NODE : !opens(index, gates[g], node)) {
                    missing.add("gate " + gates[g] + " of " + term.pattern().pattern());
                }
            }
            for (int[][] phrase : term.phrases().required()) {
                for (int[] set : phrase) {
                    for (int id : set) {
                        String word = id >= 0 ? words.get(id) : stems.get(-id - 1);
                        // a stem is reported for any word it starts, a word only for itself
                        if (!reports(index, id >= 0 ? word : word + "xyz", id)) {
                            missing.add("required " + word + " of " + term.pattern().pattern());
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * The smallest-set index wakes exactly the phrases a word can make possible: every word of a phrase's smallest
     * required set wakes that phrase, no word wakes a phrase whose smallest set lacks it, and a phrase without
     * required sets is possible everywhere.
     */
    @Test
    void everyWordOfAPhrasesSmallestSetWakesThatPhraseAndNoOther() {
        SafetyScreen.FAMILIES.size();
        java.util.List<String> words = AnalysedText.requiredWords();
        java.util.List<String> stems = AnalysedText.requiredStems();
        SmallestSetIndex index = GateIndex.current(Term.count(), words.size(), stems.size()).smallestSets;
        java.util.List<String> wrong = new java.util.ArrayList<>();
        for (Term term : LexiconBuilder.compiled()) {
            int[][][] required = term.phrases().required();
            for (int phrase = 0; phrase < required.length; phrase++) {
                int p = index.phraseBase[term.id()] + phrase;
                boolean unconditional = java.util.Arrays.stream(index.unconditional).anyMatch(u -> u == p);
                if (unconditional != (required[phrase].length == 0)) {
                    wrong.add("unconditional " + p + " of " + term.pattern().pattern());
                }
                java.util.Set<Integer> smallest = required[phrase].length == 0 ? java.util.Set.of()
                        : java.util.Arrays.stream(required[phrase][0]).boxed().collect(java.util.stream.Collectors.toSet());
                for (int[] set : required[phrase]) {
                    for (int id : set) {
                        long[] woken = new long[index.phrases];
                        index.wake(id, 1L, woken);
                        if ((woken[p] != 0) != smallest.contains(id)) {
                            wrong.add("word " + id + " and phrase " + phrase + " of " + term.pattern().pattern());
                        }
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static boolean opens(GateIndex index, String token, int node) {
        boolean[] found = {false};
        index.visit(token, new GateIndex.Visitor() {
            public void gate(int n) {
                found[0] |= n == node;
            }

            public void word(int wordId) {
            }
        });
        return found[0];
    }

    private static boolean reports(GateIndex index, String token, int id) {
        boolean[] found = {false};
        index.visit(token, new GateIndex.Visitor() {
            public void gate(int n) {
            }

            public void word(int wordId) {
                found[0] |= wordId == id;
            }
        });
        return found[0];
    }

    /**
     * On every table message, every place a lexicon term's whole alternation matches (searched the slow way) is one
     * of the candidate positions the screen tries: the derived gates and required words never hide a match.
     */
    @Test
    void everyMatchOfACompiledPhraseStartsAtACandidatePosition() {
        SafetyScreen.FAMILIES.size();
        java.util.List<String> messages = new java.util.ArrayList<>();
        SafetyTableTests.allRows().forEach(row -> messages.add(row.message()));
        SafetyTableTests.heldOutRows().forEach(row -> messages.add(row.message()));
        java.util.List<String> misses = new java.util.ArrayList<>();
        for (String message : messages) {
            AnalysedText text = TextAnalyser.analyse(message);
            for (Term term : LexiconBuilder.compiled()) {
                int[] candidates = text.candidates(term);
                java.util.regex.Matcher m = term.pattern().matcher(text.text);
                int from = 0;
                while (from < text.text.length() && m.find(from)) {
                    if (java.util.Arrays.binarySearch(candidates, m.start()) < 0) {
                        misses.add(term.pattern().pattern().substring(0, 40) + "... at " + m.start());
                    }
                    from = m.start() + 1;
                }
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void aMissingSectionIsNamed() {
        assertThatThrownBy(() -> LexiconBuilder.term(TERMS, "nothing")).hasMessageContaining("[nothing]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"crisis", "bleeding", "infection", "pathways", "context", "es", "pt", "fr", "bleeding-main",
        "pain-main", "infection-main", "fever-main", "crisis-main", "routine"})
    void everyShippedLexiconCompiles(String file) {
        assertThat(LexiconBuilder.load(file)).isNotEmpty();
    }
}
