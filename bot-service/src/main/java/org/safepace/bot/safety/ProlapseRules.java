package org.safepace.bot.safety;

import static org.safepace.bot.safety.AnalysedText.ALL;

import java.util.Optional;
import org.safepace.bot.safety.AnalysedText.Term;

/** A visible bulge, a lump or a feeling of heaviness at the opening: pause and get examined. */
final class ProlapseRules implements RuleFamily {

    static final Term PROLAPSE = Term.near(3, "\\b(?:prolaps(?:e|ed|es|ing)|bulg(?:e|es|ing|y)"
            + "|(?:a |some |this |small |big )?(?:lump|swelling|ball) (?:at|near|in|by|on|coming out of) (?:the |my |her )?"
            + "(?:opening|entrance|vagina|vulva|introitus)"
            + "|something (?:is |was )?(?:coming|sticking|hanging|poking|falling|protruding|pushing|dropping) (?:out|down)"
            + "|(?:feels?|feeling|felt) like (?:something|everything|my insides) (?:is |are )?(?:falling|coming|dropping) (?:out|down)"
            + "|heaviness|heavy (?:feeling|sensation)|(?:feels?|feeling|felt) heavy (?:down there|inside|at the opening|in (?:my|her) "
            + "(?:vagina|pelvis))|dragging (?:feeling|sensation|down)|(?:pressure|dragging) (?:down there|at the opening))\\b",
            "prolaps", "bulg", "lump", "swell", "ball", "something", "everything", "insides", "heav", "dragging",
            "pressure")
            .startingWith(
            "prolaps", "bulg", "a", "some", "this", "small", "big", "lump", "swell", "ball", "something", "feel",
            "felt", "heav", "dragging", "pressure");

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
