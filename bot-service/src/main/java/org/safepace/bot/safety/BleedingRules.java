package org.safepace.bot.safety;

import static org.safepace.bot.safety.AnalysedText.ALL;

import java.util.Map;
import java.util.Optional;
import org.safepace.bot.safety.AnalysedText.Term;

/**
 * Bleeding and fainting. Any bleeding that is not a period means pausing and getting checked; heavy or unstoppable
 * bleeding, and fainting (or dizziness with bleeding or pain), mean calling the emergency number.
 */
final class BleedingRules implements RuleFamily {

    /** The main vocabulary in {@code safety/lexicon/bleeding-main.txt}. */
    private static final Map<String, Term> MAIN = LexiconBuilder.load("bleeding-main");
    static final Term HEAVY = LexiconBuilder.term(MAIN, "heavy");
    static final Term ANY = LexiconBuilder.term(MAIN, "any");
    /** Bleeding that is a period: not a red flag on its own ("bleeding between periods" still is). */
    static final Term PERIOD = LexiconBuilder.term(MAIN, "period");
    static final Term NOT_A_PERIOD = LexiconBuilder.term(MAIN, "not_a_period");

    /** The vocabulary in {@code safety/lexicon/fainting.txt}. */
    private static final Map<String, Term> FAINTING = LexiconBuilder.load("fainting");
    static final Term FAINT = LexiconBuilder.term(FAINTING, "faint");
    static final Term DIZZY = LexiconBuilder.term(FAINTING, "dizzy");

    /** The vocabulary in {@code safety/lexicon/bleeding.txt}. */
    private static final Map<String, Term> LEXICON = LexiconBuilder.load("bleeding");
    static final Term HEAVY_PLAIN = LexiconBuilder.term(LEXICON, "heavy.extra");
    static final Term STILL_GOING = LexiconBuilder.term(LEXICON, "still_going");
    static final Term FAINT_PLAIN = LexiconBuilder.term(LEXICON, "faint.extra");
    static final Term FAINT_SIGNS = LexiconBuilder.term(LEXICON, "faint.signs");
    static final Term FIGURATIVE = LexiconBuilder.term(LEXICON, "faint.figurative");

    @Override
    public Finding evaluate(AnalysedText t) {
        Finding.Builder found = new Finding.Builder();
        if (heavy(t)) {
            found.add(TriageLevel.EMERGENCY, "heavy_bleeding", "bleeding.heavy");
        }
        boolean anyBleeding = false;
        for (int at = t.nextAffirmed(ANY, ALL, 0), end = t.lastEnd; at >= 0;
             at = t.nextAffirmed(ANY, ALL, end), end = t.lastEnd) {
            // Not a period, not a cut finger or a nosebleed told in the same clause, not "bleeding money".
            if (!periodOnly(t, at) && !elsewhereOnBody(t, at) && !figurative(t, at)) {
                anyBleeding = true;
                break;
            }
        }
        if (anyBleeding || found.has("heavy_bleeding")) {
            found.add(anyBleeding ? TriageLevel.SEEK_CARE : TriageLevel.EMERGENCY, "bleeding", "bleeding.any");
        }
        if (literal(t, FAINT) || literal(t, FAINT_PLAIN)) {
            found.add(TriageLevel.EMERGENCY, "fainting", "fainting.lost_consciousness");
        } else if ((literal(t, DIZZY) || literal(t, FAINT_SIGNS))
                && (anyBleeding || t.affirmed(Lexicon.PAIN, ALL))) {
            found.add(TriageLevel.EMERGENCY, "fainting", "fainting.dizzy_with_bleeding_or_pain");
        }
        return found.build();
    }

    /** Heavy or unstoppable bleeding that is not simply a heavy period. */
    static boolean heavy(AnalysedText t) {
        for (Term term : new Term[] {HEAVY, HEAVY_PLAIN}) {
            for (int at = t.nextAffirmed(term, ALL, 0), end = t.lastEnd; at >= 0;
                 at = t.nextAffirmed(term, ALL, end), end = t.lastEnd) {
                String matched = t.text.substring(at, end);
                // A heavy period is not an emergency unless it soaks through pads or will not stop.
                if (!periodOnly(t, at) || matched.startsWith("soak") || matched.contains("stop")
                        || matched.contains("pad")) {
                    return true;
                }
            }
        }
        // "So much blood, it won't stop": not stopping, with blood in the same sentence.
        for (int at = t.nextAffirmed(STILL_GOING, ALL, 0), end = t.lastEnd; at >= 0;
             at = t.nextAffirmed(STILL_GOING, ALL, end), end = t.lastEnd) {
            int sentence = t.sentenceOf(at);
            int from = t.sentenceStartOf(at);
            if (sentence > 0 && t.firstIn(ANY, from, at) < 0) {
                from = t.sentenceStartOf(from - 2); // "There's blood everywhere. It won't stop."
            }
            int blood = t.firstIn(ANY, from, t.sentenceEndOf(at));
            if (blood >= 0 && t.passes(blood, blood + 1, ALL) && !periodOnly(t, blood)) {
                return true;
            }
        }
        return false;
    }

    /** A match of the term that survives the context filters and is not a figure of speech ("with happiness lol"). */
    private static boolean literal(AnalysedText t, Term term) {
        for (int at = t.nextAffirmed(term, ALL, 0), end = t.lastEnd; at >= 0;
             at = t.nextAffirmed(term, ALL, end), end = t.lastEnd) {
            // "felt like i was going to pass out": no faint (with bleeding or pain, faint.signs still counts it)
            int near = t.firstIn(ContextCues.NEAR_FAINT, Math.max(t.clauseStartOf(at), at - 40), t.clauseEndOf(at));
            boolean nearFaint = near >= 0 && near < at;
            if (!t.occursInSentence(FIGURATIVE, at) && !nearFaint) {
                return true;
            }
        }
        return false;
    }

    /**
     * Bleeding told as coming from somewhere else earlier in the clause ("i cut my finger and bled all over"), with
     * nothing about now in between ("i cut my finger and now i'm bleeding down there" still counts).
     */
    private static boolean elsewhereOnBody(AnalysedText t, int at) {
        int cue = t.firstIn(ContextCues.ELSEWHERE_ON_BODY, t.clauseStartOf(at), t.clauseEndOf(at));
        return cue >= 0 && cue <= at && t.firstIn(ContextCues.CURRENT, cue, at) < 0;
    }

    /** "Bleeding money": a figure of speech starting within a word of the match. */
    private static boolean figurative(AnalysedText t, int at) {
        int figure = t.firstIn(ContextCues.BLEEDING_FIGURATIVE, t.clauseStartOf(at), t.clauseEndOf(at));
        return figure >= 0 && Math.abs(t.tokenOf(figure) - t.tokenOf(at)) <= 1;
    }

    /** A period mentioned in the same clause and nothing saying this bleeding is not one. */
    private static boolean periodOnly(AnalysedText t, int offset) {
        return t.occursInClause(PERIOD, offset) && !t.occursInSentence(NOT_A_PERIOD, offset);
    }

    @Override
    public Optional<String> advice(String category, TriageLevel level, SafetyContacts contacts) {
        return Optional.ofNullable(switch (category) {
            case "heavy_bleeding" -> "While you wait for help, lie down and press a clean pad or folded towel firmly "
                    + "against the area. Don't put anything inside.";
            case "fainting" -> "Lie down with your legs raised, and don't stay on your own: ask someone to be with you "
                    + "or unlock the door for help.";
            case "bleeding" -> level == TriageLevel.EMERGENCY ? null
                    : "**Bleeding:** stop using the dilator (or any insertion) and have it looked at by a GP, a sexual "
                    + "health clinic or your pelvic-health physiotherapist. Light bleeding can come from a small tear "
                    + "or an irritated area that needs to heal first, and it is worth ruling out other causes. Use a "
                    + "pad rather than a tampon for now.";
            default -> null;
        });
    }
}
