package org.safepace.bot.safety;

import java.util.Optional;

/** One family of red-flag rules (bleeding, pain, ...) and the reply wording for the categories it raises. */
interface RuleFamily {

    /** What the family finds in the message; never throws, returns {@link Finding#NONE} when nothing fired. */
    Finding evaluate(AnalysedText text);

    /**
     * The reply paragraph for one of this family's categories at the decided level: the concrete next step first,
     * then a short why. Empty for categories the family does not own. EMERGENCY paragraphs say only what to do now.
     */
    Optional<String> advice(String category, TriageLevel level, SafetyContacts contacts);
}
