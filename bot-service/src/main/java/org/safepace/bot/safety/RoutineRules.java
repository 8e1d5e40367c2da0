package org.safepace.bot.safety;

import static org.safepace.bot.safety.AnalysedText.ALL;
import static org.safepace.bot.safety.AnalysedText.NEGATION;

import java.util.Map;
import java.util.Optional;
import org.safepace.bot.safety.AnalysedText.Term;

/**
 * Routine referrals: no progress after about four weeks of practice; a condition such as endometriosis,
 * vestibulodynia, lichen sclerosus or past trauma without current care; and requests for a diagnosis or for medicines
 * and doses, which SafePace does not give.
 */
final class RoutineRules implements RuleFamily {

    /** Four weeks of practice before "no progress" is worth a review. */
    static final double NO_PROGRESS_HOURS = 4 * 168;

    /** The vocabulary in {@code safety/lexicon/routine.txt}. */
    private static final Map<String, Term> LEXICON = LexiconBuilder.load("routine");
    static final Term NO_PROGRESS = LexiconBuilder.term(LEXICON, "no_progress");
    static final Term CONDITION = LexiconBuilder.term(LEXICON, "condition");
    static final Term CARE = LexiconBuilder.term(LEXICON, "care");
    static final Term WITHOUT_CARE = LexiconBuilder.term(LEXICON, "without_care");
    /** Asking what a condition is, or whether it causes something, is education, not a disclosure. */
    static final Term CONDITION_EDUCATION = LexiconBuilder.term(LEXICON, "condition_education");
    static final Term MEDICINE = LexiconBuilder.term(LEXICON, "medicine");
    static final Term REQUEST = LexiconBuilder.term(LEXICON, "request");
    static final Term DIAGNOSIS = LexiconBuilder.term(LEXICON, "diagnosis");

    @Override
    public Finding evaluate(AnalysedText t) {
        Finding.Builder found = new Finding.Builder();
        if (noProgress(t)) {
            found.add(TriageLevel.ROUTINE, "no_progress", "routine.no_progress_4_weeks");
        }
        int conditionFilters = NEGATION | AnalysedText.HYPOTHETICAL | AnalysedText.OTHER_PERSON;
        for (int at = t.nextAffirmed(CONDITION, conditionFilters, 0), end = t.lastEnd; at >= 0;
             at = t.nextAffirmed(CONDITION, conditionFilters, end), end = t.lastEnd) {
            if (t.occursInSentence(CONDITION_EDUCATION, at)) {
                continue;
            }
            if (t.occurs(WITHOUT_CARE) || !t.affirmed(CARE, NEGATION)) {
                found.add(TriageLevel.ROUTINE, "condition_without_care", "routine.condition_without_care");
            }
            break;
        }
        for (int at = t.nextAffirmed(MEDICINE, NEGATION, 0), end = t.lastEnd; at >= 0;
             at = t.nextAffirmed(MEDICINE, NEGATION, end), end = t.lastEnd) {
            // The medicine that cleared an episode ("my UTI cleared up after antibiotics") is not asked for.
            if (t.occursInSentence(REQUEST, at) && !t.insideResolution(at)) {
                found.add(TriageLevel.ROUTINE, "medication_or_diagnosis", "routine.medication_request");
                break;
            }
        }
        if (t.affirmed(DIAGNOSIS, NEGATION)) {
            found.add(TriageLevel.ROUTINE, "medication_or_diagnosis", "routine.diagnosis_request");
        }
        return found.build();
    }

    private static boolean noProgress(AnalysedText t) {
        int at = t.firstAffirmed(NO_PROGRESS, ALL);
        if (at < 0) {
            return false;
        }
        double[] longest = {0};
        Lexicon.durations(t, 0, t.text.length(), d -> longest[0] = Math.max(longest[0], d.hours()));
        return longest[0] >= NO_PROGRESS_HOURS;
    }

    @Override
    public Optional<String> advice(String category, TriageLevel level, SafetyContacts contacts) {
        if (level != TriageLevel.ROUTINE) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (category) {
            case "no_progress" -> "**Feeling stuck:** a pelvic-health physiotherapist or sex therapist can look at "
                    + "your plan with you. After four to six weeks without change, a fresh pair of eyes often finds "
                    + "what's holding things back; it isn't a sign that you've done anything wrong.";
            case "condition_without_care" -> "**Getting care for what you've told me about:** a GP, gynaecologist, "
                    + "pelvic-health physiotherapist or therapist who knows about it can make sure your practice "
                    + "suits you. Conditions like endometriosis, vestibulodynia or lichen sclerosus, and the effects "
                    + "of trauma, respond best with the right support alongside.";
            case "medication_or_diagnosis" -> "**Medicines and diagnosis:** I can't diagnose or suggest medicines or "
                    + "doses. A GP, pharmacist or your specialist can: they can examine you, check what suits you, "
                    + "and explain the options.";
            default -> null;
        });
    }
}
