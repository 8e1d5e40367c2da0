package org.safepace.bot.safety;

import static org.safepace.bot.safety.AnalysedText.ALL;
import static org.safepace.bot.safety.AnalysedText.HYPOTHETICAL;
import static org.safepace.bot.safety.AnalysedText.NEGATION;

import java.util.Map;
import java.util.Optional;
import org.safepace.bot.safety.AnalysedText.Term;

/**
 * Situations that need a route of their own rather than the general "get checked": bleeding or pain in pregnancy
 * (early pregnancy unit or maternity triage; an emergency with heavy bleeding, one-sided or shoulder-tip pain or
 * fainting), a problem after surgery or a procedure (the team that did it), something stuck inside, and an allergic
 * reaction to a lubricant, latex, a condom or a cream (an emergency with trouble breathing or a swelling face or
 * throat). The vocabulary is in {@code safety/lexicon/pathways.txt}.
 */
final class PathwayRules implements RuleFamily {

    static final Map<String, Term> LEXICON = LexiconBuilder.load("pathways");
    static final Term PREGNANT = LexiconBuilder.term(LEXICON, "pregnant");
    static final Term PREGNANCY_EMERGENCY_PAIN = LexiconBuilder.term(LEXICON, "pregnancy.emergency_pain");
    static final Term PROCEDURE_RECENT = LexiconBuilder.term(LEXICON, "procedure.recent");
    static final Term PROCEDURE_SYMPTOM = LexiconBuilder.term(LEXICON, "procedure.symptom");
    static final Term STUCK = LexiconBuilder.term(LEXICON, "stuck");
    static final Term ALLERGY_REACTION = LexiconBuilder.term(LEXICON, "allergy.reaction");
    static final Term ALLERGY_SEVERE = LexiconBuilder.term(LEXICON, "allergy.severe");
    static final Term ALLERGEN = LexiconBuilder.term(LEXICON, "allergen");

    @Override
    public Finding evaluate(AnalysedText t) {
        Finding.Builder found = new Finding.Builder();
        boolean bleeding = t.affirmed(BleedingRules.ANY, ALL) || BleedingRules.heavy(t);
        boolean pain = t.affirmed(Lexicon.PAIN, ALL);
        if (t.affirmed(PREGNANT, NEGATION | HYPOTHETICAL | AnalysedText.OTHER_PERSON) && (bleeding || pain)) {
            boolean emergency = BleedingRules.heavy(t) || t.affirmed(PREGNANCY_EMERGENCY_PAIN, ALL)
                    || t.affirmed(BleedingRules.FAINT, ALL) || t.affirmed(BleedingRules.FAINT_PLAIN, ALL);
            found.add(emergency ? TriageLevel.EMERGENCY : TriageLevel.SEEK_CARE, "pregnancy",
                    emergency ? "pregnancy.emergency_signs" : "pregnancy.bleeding_or_pain");
        }
        if (t.affirmed(PROCEDURE_RECENT, ALL) && (bleeding || pain || t.affirmed(PROCEDURE_SYMPTOM, ALL)
                || FeverInfectionRules.fever(t) || t.affirmed(FeverInfectionRules.INFECTION, ALL)
                || t.affirmed(FeverInfectionRules.INFECTION_PLAIN, ALL))) {
            found.add(TriageLevel.SEEK_CARE, "after_procedure", "procedure.symptom_after");
        }
        if (t.affirmed(STUCK, ALL)) {
            found.add(TriageLevel.SEEK_CARE, "stuck_inside", "stuck_inside.object");
        }
        allergy(t, found);
        return found.build();
    }

    private static void allergy(AnalysedText t, Finding.Builder found) {
        boolean allergen = t.occurs(ALLERGEN);
        int severe = t.firstAffirmed(ALLERGY_SEVERE, ALL);
        // A swelling face, lips or throat is an emergency whatever caused it; wheezing or breathlessness with a
        // product named in the message is too.
        if (severe >= 0 && (allergen || t.text.startsWith("lip", severe) || t.text.startsWith("tongue", severe)
                || t.text.startsWith("throat", severe) || t.text.startsWith("face", severe)
                || t.text.startsWith("swell", severe) || t.text.startsWith("swollen", severe))) {
            found.add(TriageLevel.EMERGENCY, "allergic_reaction", "allergy.breathing_or_swelling");
            return;
        }
        for (int at = t.nextAffirmed(ALLERGY_REACTION, ALL, 0), end = t.lastEnd; at >= 0;
             at = t.nextAffirmed(ALLERGY_REACTION, ALL, end), end = t.lastEnd) {
            if (t.occursInSentence(ALLERGEN, at)) {
                found.add(TriageLevel.SEEK_CARE, "allergic_reaction", "allergy.reaction");
                return;
            }
        }
    }

    @Override
    public Optional<String> advice(String category, TriageLevel level, SafetyContacts contacts) {
        return Optional.ofNullable(switch (category) {
            // NHS "Vaginal bleeding in pregnancy" and "Ectopic pregnancy"; RCOG patient information on early
            // pregnancy loss: early pregnancy unit or maternity triage the same day; 999 for heavy bleeding, one-sided
            // or shoulder-tip pain, or fainting.
            case "pregnancy" -> level == TriageLevel.EMERGENCY
                    ? "Tell them you are pregnant and how many weeks. Lie down while you wait, and don't stay on your "
                    + "own. Heavy bleeding, pain on one side or in the tip of the shoulder, or fainting in pregnancy "
                    + "needs to be seen straight away."
                    : "**Bleeding or pain in pregnancy:** please contact your early pregnancy unit, maternity triage or "
                    + "midwife today, and stop dilator practice until you've been seen. If you don't have their "
                    + "number, your GP can put you through, or " + contacts.outOfHoursLine() + " when the GP is "
                    + "closed. Call "
                    + contacts.emergencyNumber() + " if the bleeding gets heavy, you have pain on one side or in the "
                    + "tip of your shoulder, or you feel faint.";
            // NHS guidance after surgery: contact the team or ward that treated you, as on your discharge letter.
            case "after_procedure" -> level == TriageLevel.EMERGENCY ? null
                    : "**After a procedure:** please contact the team that did it today, on the number in your "
                    + "discharge letter (the ward, clinic or surgical team), or " + contacts.outOfHoursLine()
                    + " if they're closed. They know what was done and what is expected while it heals. Stop dilator "
                    + "practice until they've said it's fine to go on.";
            // NHS "Toxic shock syndrome"; NHS inform on objects stuck in the vagina.
            case "stuck_inside" -> level == TriageLevel.EMERGENCY ? null
                    : "**Something stuck inside:** this happens more often than people think, and a GP, nurse or "
                    + "sexual health clinic can usually remove it quickly and kindly. You can try once or twice "
                    + "yourself, relaxed, squatting, with clean hands and short nails, but don't use tools or keep "
                    + "going if it hurts. If it is a tampon or anything that has been there more than a day, get it "
                    + "out today; with a high temperature, a rash, vomiting or dizziness, call "
                    + contacts.emergencyNumber() + ".";
            // NHS "Anaphylaxis" and "Allergies" (latex-free condoms exist: polyurethane, polyisoprene).
            case "allergic_reaction" -> level == TriageLevel.EMERGENCY
                    ? "If there is an adrenaline auto-injector (such as an EpiPen), use it now. Lie down with your "
                    + "legs raised, or sit up if breathing is hard, and don't stand or walk. Stop using the product."
                    : "**A reaction to a product:** stop using it and rinse the area gently with plain water. A "
                    + "pharmacist can advise what helps today, and a GP can check if it doesn't settle in a day or "
                    + "two. Latex-free condoms and other lubricants are available. Call "
                    + contacts.emergencyNumber() + " if your lips, face or throat swell or breathing gets hard.";
            default -> null;
        });
    }
}
