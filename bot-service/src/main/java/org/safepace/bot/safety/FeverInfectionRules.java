package org.safepace.bot.safety;

import static org.safepace.bot.safety.AnalysedText.ALL;

import java.util.Map;
import java.util.Optional;
import org.safepace.bot.safety.AnalysedText.Term;

/**
 * Fever and infection. A fever, chills or signs of infection mean pausing and getting checked; a high fever with
 * severe pain or vomiting means calling the emergency number.
 */
final class FeverInfectionRules implements RuleFamily {

    /** The main vocabulary in {@code safety/lexicon/fever-main.txt}. */
    private static final Map<String, Term> FEVER_MAIN = LexiconBuilder.load("fever-main");
    static final Term FEVER = LexiconBuilder.term(FEVER_MAIN, "fever");
    static final Term HIGH_FEVER = LexiconBuilder.term(FEVER_MAIN, "high");

    /** The main vocabulary in {@code safety/lexicon/infection-main.txt}. */
    private static final Map<String, Term> MAIN = LexiconBuilder.load("infection-main");
    static final Term INFECTION = LexiconBuilder.term(MAIN, "signs");

    /** Burning, stinging or pain when peeing: a urine infection until shown otherwise. */
    static final Term URINATION = LexiconBuilder.term(MAIN, "urination");

    /** The vocabulary in {@code safety/lexicon/infection.txt}. */
    private static final Map<String, Term> LEXICON = LexiconBuilder.load("infection");
    static final Term INFECTION_PLAIN = LexiconBuilder.term(LEXICON, "infection.extra");
    static final Term MENOPAUSE = LexiconBuilder.term(LEXICON, "menopause");
    /** The vocabulary in {@code safety/lexicon/fever.txt}. */
    private static final Map<String, Term> FEVER_WORDS = LexiconBuilder.load("fever");
    static final Term VOMITING = LexiconBuilder.term(FEVER_WORDS, "vomiting");

    @Override
    public Finding evaluate(AnalysedText t) {
        Finding.Builder found = new Finding.Builder();
        // A child's, relative's or friend's fever, or a partner's explained by flu or a cold, is not the writer's; the
        // pathways (after a procedure, pregnancy) still read every fever (fever(t)).
        boolean fever = writersFever(t);
        if (fever) {
            found.add(TriageLevel.SEEK_CARE, "fever", "fever.any");
            boolean high = t.affirmed(HIGH_FEVER, ALL);
            boolean severePain = PainRules.severeWords(t) || PainRules.currentScore(t) >= 7;
            if (high && (severePain || t.affirmed(VOMITING, ALL))) {
                found.add(TriageLevel.EMERGENCY, "fever", "fever.high_with_severe_pain_or_vomiting");
            }
        }
        if (t.affirmed(INFECTION, ALL) || t.affirmed(URINATION, ALL) || t.affirmed(INFECTION_PLAIN, ALL)) {
            found.add(TriageLevel.SEEK_CARE, "infection", "infection.signs");
        }
        return found.build();
    }

    /** quiet (2026-12-02): a fever or chills that is not someone else's, told now (AnalysedText#someoneElsesNow). */
    static boolean writersFever(AnalysedText t) {
        boolean menopause = t.occurs(MENOPAUSE);
        for (int at = t.nextAffirmed(FEVER, ALL, 0), end = t.lastEnd; at >= 0;
             at = t.nextAffirmed(FEVER, ALL, end), end = t.lastEnd) {
            String matched = t.text.substring(at, end);
            if (!(menopause && (matched.startsWith("night sweat") || matched.startsWith("hot") || matched.contains("sweat")))
                    && !t.someoneElsesNow(at)) {
                return true;
            }
        }
        return false;
    }

    /** A fever or chills; night sweats and hot flushes do not count when the menopause explains them. */
    static boolean fever(AnalysedText t) {
        boolean menopause = t.occurs(MENOPAUSE);
        for (int at = t.nextAffirmed(FEVER, ALL, 0), end = t.lastEnd; at >= 0;
             at = t.nextAffirmed(FEVER, ALL, end), end = t.lastEnd) {
            String matched = t.text.substring(at, end);
            if (!(menopause && (matched.startsWith("night sweat") || matched.startsWith("hot") || matched.contains("sweat")))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<String> advice(String category, TriageLevel level, SafetyContacts contacts) {
        return Optional.ofNullable(switch (category) {
            case "fever" -> level == TriageLevel.EMERGENCY
                    ? "While you wait, have someone stay with you and keep cool with light clothing."
                    : "**Fever or chills:** pause your practice and speak to a GP or nurse today, or "
                    + contacts.outOfHoursLine() + " if they're closed. A temperature can be a sign of an infection "
                    + "that is easy to treat when it is caught early.";
            case "infection" -> level == TriageLevel.EMERGENCY ? null
                    : "**Possible infection:** pause your practice and get checked by a GP, pharmacist or sexual "
                    + "health clinic. Changes like an unusual smell or discharge, itching, swelling or stinging when "
                    + "you pee are common and usually easy to treat, and practice is more comfortable once they've "
                    + "cleared.";
            default -> null;
        });
    }
}
