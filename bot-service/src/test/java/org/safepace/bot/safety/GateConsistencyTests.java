package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.safepace.bot.safety.AnalysedText.Term;

/**
 * The gates are a speed-up and must never hide a match: on every table message, every place where a term's regex
 * matches (searched the slow way, sentence by sentence) must be one of the candidate positions the screen tries.
 * Lexicon terms derive their gates from their phrases ({@code LexiconBuilderTests} checks those); what is left here
 * are the few regex terms that read numbers through groups or the context cues of {@link AnalysedText}: pain scores
 * ("8/10", "from 2 to 6"), durations ("3 days", "since monday") and the hypothetical and history cues, whose gate
 * and start-word lists are still kept by hand.
 */
class GateConsistencyTests {

    private static final List<Class<?>> HOLDERS = List.of(Lexicon.class, PainRules.class, AnalysedText.class);

    /** Extra phrasings beyond the tables, aimed at the alternatives the tables do not spell out. */
    private static final List<String> EXTRA = List.of(
            "in the past 3 days", "for the last two weeks", "since the weekend", "all week", "over a week ago",
            "a 7-8", "scale of 8", "rated it 9 out of 10", "it went from 2 to 7", "from a 3/10 to an 8",
            "I've read that", "the leaflet says bleeding", "my physio said", "it's all fine now", "a couple of years ago",
            "is vaginismus caused by trauma", "do people bleed", "does anyone get fevers", "what would happen if",
            "when i was a teen", "back in 2019", "haven't had it since");

    static List<Term> allTerms() throws IllegalAccessException {
        List<Term> terms = new ArrayList<>();
        for (Class<?> holder : HOLDERS) {
            for (Field field : holder.getDeclaredFields()) {
                if (field.getType() == Term.class && Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    Term term = (Term) field.get(null);
                    if (!terms.contains(term)) {
                        terms.add(term);
                    }
                }
            }
        }
        terms.removeIf(term -> term.phrases() != null); // lexicon terms: LexiconBuilderTests
        return terms;
    }

    @Test
    void everyMatchStartsAtACandidatePosition() throws IllegalAccessException {
        List<String> messages = new ArrayList<>(EXTRA);
        SafetyTableTests.allRows().forEach(row -> messages.add(row.message()));
        SafetyTableTests.heldOutRows().forEach(row -> messages.add(row.message()));
        List<Term> terms = allTerms();
        assertThat(terms).hasSizeGreaterThanOrEqualTo(6);
        List<String> misses = new ArrayList<>();
        for (String message : messages) {
            AnalysedText text = TextAnalyser.analyse(message);
            for (Term term : terms) {
                int[] candidates = text.candidates(term);
                Matcher m = term.pattern().matcher(text.text);
                int from = 0;
                while (from < text.text.length() && m.find(from)) {
                    if (Arrays.binarySearch(candidates, m.start()) < 0) {
                        misses.add(term.pattern().pattern().substring(0, 40) + "... at '" + text.text.substring(m.start(),
                                m.end()) + "' in: " + text.text);
                    }
                    from = m.start() + 1;
                }
            }
        }
        assertThat(misses).isEmpty();
    }
}
