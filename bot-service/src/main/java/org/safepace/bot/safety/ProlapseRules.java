package org.safepace.bot.safety;

import static org.safepace.bot.safety.AnalysedText.ALL;

import java.util.Map;
import java.util.Optional;
import org.safepace.bot.safety.AnalysedText.Term;

/** A visible bulge, a lump or a feeling of heaviness at the opening: pause and get examined. */
final class ProlapseRules implements RuleFamily {

    /** The vocabulary in {@code safety/lexicon/prolapse.txt}. */
    private static final Map<String, Term> LEXICON = LexiconBuilder.load("prolapse");
    static final Term PROLAPSE = LexiconBuilder.term(LEXICON, "prolapse");

    /** More ways of saying it, in {@code safety/lexicon/pathways.txt}. */
    static final Term PROLAPSE_PLAIN = LexiconBuilder.term(PathwayRules.LEXICON, "prolapse.extra");

    @Override
    public Finding evaluate(AnalysedText t) {
        return t.affirmed(PROLAPSE, ALL) || t.affirmed(PROLAPSE_PLAIN, ALL)
                ? new Finding.Builder().add(TriageLevel.SEEK_CARE, "prolapse", "prolapse.bulge_or_heaviness").build()
                : Finding.NONE;
    }

    @Override
    public Optional<String> advice(String category, TriageLevel level, SafetyContacts contacts) {
        return "prolapse".equals(category) && level != TriageLevel.EMERGENCY
                ? Optional.of("**A bulge or heaviness:** pause your practice and ask a GP or pelvic-health "
                + "physiotherapist to examine you. A bulge or a dragging, heavy feeling can be the pelvic organs "
                + "dropping a little (a prolapse), which is common and treatable, and changes what kind of practice "
                + "is right for you.")
                : Optional.empty();
    }
}
