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

    static final Term HEAVY = Term.near(5, "\\b(?:soak(?:s|ing|ed)? (?:right )?(?:through )?(?:a |my |her |the |\\d+ |several |"
            + "lots of )?(?:pads?|towels?|tampons?|underwear|sheets?|pants|knickers|clothes|jeans)"
            + "|(?:soaked|soaking|dripping) (?:with|in) blood"
            + "|(?:a lot|lots|loads|tons|so much|too much|a huge amount|a large amount|masses|plenty|a pool) of blood"
            + "|blood everywhere|gushing|pouring (?:out|blood)|blood (?:is )?pouring"
            + "|bleed(?:ing|s)? (?:very |really |so )?(?:heavily|a lot|loads|profusely|badly|so much|non-?stop|like crazy)"
            + "|heavy bleeding|heavily bleeding|bleeding heavy"
            + "|(?:won't|will not|doesn't|does not|isn't|is not|hasn't|has not|can't|didn't|not) stop(?:ped)? bleeding"
            + "|bleeding (?:that |which |and it |and )?(?:won't|will not|doesn't|does not|isn't|hasn't|has not|can't"
            + "|didn't|is not) (?:stop(?:ped|ping)?|slow(?:ing)?(?: down)?)"
            + "|(?:can't|couldn't|cannot) (?:stop|get) the bleeding(?: to stop)?|unstoppable"
            + "|(?:big |large |huge |golf ball |lots of |passing |blood |with )clots|clots (?:of blood|the size)"
            + "|ha?emorrhag\\w*)\\b",
            "soak", "dripping", "blood", "gushing", "pouring", "bleed", "unstoppable", "clots", "hemorrhag",
            "haemorrhag")
            .startingWith(
            "soak", "dripping", "a", "lots", "loads", "tons", "so", "too", "masses", "plenty", "blood", "gushing",
            "pouring", "bleed", "heav", "won't", "will", "doesn't", "does", "isn't", "is", "hasn't", "has", "can't",
            "didn't", "not", "couldn't", "unstoppable", "big", "large", "huge", "golf", "passing", "with", "clots",
            "hemorrhag", "haemorrhag");

    static final Term ANY = Term.of("\\b(?:bleed(?:s|ing)?|bled|blood(?:ied|stained)?(?! (?:test|tests|pressure|sugar|type"
            + "|flow|vessels?|work|donor|donation|count|results?|stream|supply|circulation|relatives?|orange|bank|group"
            + "|cells?|clot test|brother|sister))|blood-stained|spotting|spots of (?:blood|red)"
            + "|bloody (?:discharge|mucus|tissue|streaks?|show)|(?:pink|brown|red|rusty)(?:ish)? (?:discharge|streaks?"
            + "|tinge|stains?|spots?)|streaks? of (?:red|pink)|(?:traces?|drops?|spots?) of red)\\b",
            "bleed", "bled", "blood", "spot", "pink", "brown", "red", "rusty", "streak", "trace", "drop");

    /** Bleeding that is a period: not a red flag on its own ("bleeding between periods" still is). */
    static final Term PERIOD = Term.near(4, "\\b(?:periods?|menstruat\\w*|menses|time of the month|on my cycle|on her cycle)\\b",
            "period", "menstruat", "menses", "month", "cycle")
            .startingWith(
            "period", "menstruat", "menses", "time", "on");
    static final Term NOT_A_PERIOD = Term.near(3, "\\b(?:between (?:my |her )?periods|(?:not|isn't|wasn't|not due) (?:my |her "
            + ")?(?:period|due)|after (?:the )?menopause|no periods?|not on (?:my|her) period)\\b",
            "between", "period", "due", "menopause")
            .startingWith(
            "between", "not", "isn't", "wasn't", "after", "no");

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
            if (!periodOnly(t, at)) {
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
            if (!t.occursInSentence(FIGURATIVE, at)) {
                return true;
            }
        }
        return false;
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
