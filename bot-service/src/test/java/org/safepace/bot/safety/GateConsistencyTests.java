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
 * Lexicon terms derive their gates from their phrases; the regex terms not yet migrated still have hand-kept gate and
 * start-word lists, which is what this test is for.
 */
class GateConsistencyTests {

    private static final List<Class<?>> HOLDERS = List.of(Lexicon.class, BleedingRules.class, PainRules.class,
            FeverInfectionRules.class, ProlapseRules.class, CrisisRules.class, RoutineRules.class, AnalysedText.class,
            PathwayRules.class, ContextCues.class, OtherLanguageRules.class);

    /** Extra phrasings beyond the tables, aimed at the alternatives the tables do not spell out. */
    private static final List<String> EXTRA = List.of(
            "she's bleeding heavily and it hasn't stopped", "passing golf ball clots", "a pool of blood",
            "he'll leave me if I refuse", "they threatened to kill me", "is going to leave me if",
            "not as bad as before", "it's going down", "the pain is increasing", "it's increasing",
            "I cried in pain", "knife-like pain", "like being stabbed", "burning hot pain",
            "temperature went up to 39", "running a temp of 38", "feel hot and cold", "night sweats",
            "it burns when I go to the toilet", "peeing hurts", "discoloured discharge", "a lot of discharge",
            "felt like my insides were falling out", "pressure down there", "a small lump near the opening",
            "no reason to live", "better off dead", "I don't want to wake up", "harming myself",
            "she is in danger", "he has a knife", "said he'd kill me", "I was spiked", "took advantage of me while",
            "have not made any progress in 2 months", "back to square 1 after 8 weeks",
            "I have an appointment with a gynaecologist", "under the care of a specialist",
            "in the past 3 days", "for the last two weeks", "since the weekend", "all week", "over a week ago",
            "a 7-8", "scale of 8", "rated it 9 out of 10", "pain killers", "400 mg ibuprofen",
            "I've read that", "the leaflet says bleeding", "my physio said", "it's all fine now", "a couple of years ago",
            "is vaginismus caused by trauma", "do people bleed", "does anyone get fevers");

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
        // Every lexicon term, whether a rule keeps it in a field or in a list (the other languages').
        for (Term term : LexiconBuilder.compiled()) {
            if (!terms.contains(term)) {
                terms.add(term);
            }
        }
        return terms;
    }

    @Test
    void everyMatchStartsAtACandidatePosition() throws IllegalAccessException {
        List<String> messages = new ArrayList<>(EXTRA);
        SafetyTableTests.allRows().forEach(row -> messages.add(row.message()));
        SafetyTableTests.heldOutRows().forEach(row -> messages.add(row.message()));
        List<Term> terms = allTerms();
        assertThat(terms).hasSizeGreaterThan(30);
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
