package org.safepace.bot.safety;

import static org.safepace.bot.safety.AnalysedText.HISTORY;
import static org.safepace.bot.safety.AnalysedText.HYPOTHETICAL;
import static org.safepace.bot.safety.AnalysedText.NEGATION;
import static org.safepace.bot.safety.AnalysedText.OTHER_PERSON;

import java.util.Map;
import org.safepace.bot.safety.AnalysedText.Term;

/**
 * A concept co-occurrence grammar (issue 11, safe4): a red flag said without any of the usual phrases, recognised as
 * two concepts in one clause, a few words apart, in either order ("i'd like to just fall asleep and be gone": a wish
 * and an ending of oneself). Each slot is a section of {@code safety/lexicon/grammar.txt}, compiled by
 * {@link LexiconBuilder}; a slot alone raises nothing. The first slot is read through the screen's context filters
 * (negation, hypothetical, resolved history, someone else's past, as the pair asks), the second slot must not be
 * negated, and both must be in the same clause within {@link #REACH} characters of each other.
 */
final class ConceptGrammar {

    /** How far apart the two concepts may be, in characters of the normalised text: about ten words. */
    static final int REACH = 60;

    private static final Map<String, Term> LEXICON = LexiconBuilder.load("grammar");

    /** A pair of slots: fires when both occur together as described above. */
    record Pair(String id, Term first, Term second, int filters) {

        /** Where the first slot's surviving match of a firing pair starts, or -1. */
        int at(AnalysedText t) {
            return at(t, filters);
        }

        /** The same with other context filters on the first slot (for the history branch of a rule). */
        int at(AnalysedText t, int firstFilters) {
            for (int at = t.nextAffirmed(first, firstFilters, 0), end = t.lastEnd; at >= 0;
                 at = t.nextAffirmed(first, firstFilters, end), end = t.lastEnd) {
                int from = Math.max(t.clauseStartOf(at), at - REACH);
                int to = Math.min(t.clauseEndOf(at), end + REACH);
                int second = t.nextAffirmedIn(this.second, NEGATION, from, to);
                t.lastEnd = end;
                if (second >= 0 && second != at) {
                    return at;
                }
            }
            return -1;
        }

        boolean fires(AnalysedText t) {
            return at(t) >= 0;
        }
    }

    private static Term slot(String name) {
        return LexiconBuilder.term(LEXICON, name);
    }

    /** Self-harm: a wish, plan or readiness + an ending of oneself. Framed as a what-if it still counts. */
    static final Pair SELF_HARM = new Pair("crisis.self_harm.grammar", slot("self_harm.wish"),
            slot("self_harm.ending"), NEGATION | HISTORY);

    /** Self-harm prepared: a means of ending life + the setting that makes it one. */
    static final Pair SELF_HARM_MEANS = new Pair("crisis.self_harm_means.grammar", slot("self_harm.means"),
            slot("self_harm.setting"), NEGATION | HYPOTHETICAL | HISTORY | OTHER_PERSON);

    /** Coercion: a partner's lever (punishing, threatening, a rule against refusing) + her no or her giving in. */
    static final Pair COERCION = new Pair("crisis.abuse_or_coercion.grammar", slot("coercion.lever"),
            slot("coercion.giving_in"), NEGATION | HISTORY | OTHER_PERSON);

    /** Sexual assault: unable to consent (asleep, knocked out) + a sexual act. */
    static final Pair ASSAULT_INCAPACITY = new Pair("crisis.sexual_assault.grammar", slot("assault.incapacity"),
            slot("assault.act"), NEGATION | HYPOTHETICAL | OTHER_PERSON);

    /** Sexual assault: a partner going on + her no in the same clause ("even though i tell him it's too much"). */
    static final Pair ASSAULT_GOING_ON = new Pair("crisis.sexual_assault.grammar", slot("assault.going_on"),
            slot("assault.protest"), NEGATION | HYPOTHETICAL | OTHER_PERSON);

    /**
     * Danger now: a weapon handled, in any tense + aimed at the writer or tied to her no or her leaving. A threat is
     * often said as a condition ("if i ever leave"), so hypothetical framing does not hide it (as for coercion).
     */
    static final Pair DANGER_WEAPON = new Pair("crisis.danger_now.grammar", slot("danger.weapon"), slot("danger.aimed"),
            NEGATION | HISTORY | OTHER_PERSON);

    /** Severe pain: an intensity in plain words + what it stops the person doing. */
    static final Pair SEVERE_PAIN = new Pair("pain.severe.grammar", slot("pain.intensity"), slot("pain.function"),
            AnalysedText.ALL);

    private ConceptGrammar() {
    }
}
