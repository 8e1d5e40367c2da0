package org.safepace.bot.safety;

import java.util.Map;
import org.safepace.bot.safety.AnalysedText.Term;

/**
 * The context cues of {@code safety/lexicon/context.txt} and {@code framing.txt}, read by {@link AnalysedText}: a
 * question about a symptom in general, another person's history, an episode that has cleared, words about now and
 * general framing. A holder of its own so that the lexicon is
 * compiled after {@link AnalysedText} itself is ready (the builder reads its phrases through the analyser).
 */
final class ContextCues {

    private static final Map<String, Term> TERMS = LexiconBuilder.load("context");

    static final Term QUESTION_ABOUT = LexiconBuilder.term(TERMS, "question_about");
    static final Term OTHER_PERSON = LexiconBuilder.term(TERMS, "other_person");
    static final Term OTHER_PERSON_REPORT = LexiconBuilder.term(TERMS, "other_person.report");
    /** quiet (2026-12-02): someone else who is ill now, a partner named as ill, an illness that explains it, "me too". */
    static final Term SOMEONE_ELSE_ILL = LexiconBuilder.term(TERMS, "someone_else_ill");
    static final Term PARTNER_ILL = LexiconBuilder.term(TERMS, "partner_ill");
    static final Term EVERYDAY_ILLNESS = LexiconBuilder.term(TERMS, "everyday_illness");
    static final Term ME_TOO = LexiconBuilder.term(TERMS, "me_too");
    static final Term WORRY_FUTURE = LexiconBuilder.term(TERMS, "worry_future");
    static final Term RESOLVED = LexiconBuilder.term(TERMS, "resolved");
    static final Term PAST_MARKER = LexiconBuilder.term(TERMS, "past_marker");
    static final Term PRESENT_MARKER = LexiconBuilder.term(TERMS, "present_marker");
    static final Term ATTEMPT_PAST = LexiconBuilder.term(TERMS, "attempt_past");
    static final Term FEAR_OF_RETRYING = LexiconBuilder.term(TERMS, "fear_of_retrying");
    /** The writer asks whether to keep trying, try again or stop: the attempt the pain belonged to is over. */
    static final Term RETRYING_ASKED = LexiconBuilder.term(TERMS, "retrying_asked");
    static final Term PAIN_NOW = LexiconBuilder.term(TERMS, "pain_now");
    static final Term ENDED = LexiconBuilder.term(TERMS, "ended");
    static final Term HYPOTHETICAL_EVER = LexiconBuilder.term(TERMS, "hypothetical_ever");
    static final Term ELSEWHERE_ON_BODY = LexiconBuilder.term(TERMS, "elsewhere_on_body");
    static final Term BLEEDING_FIGURATIVE = LexiconBuilder.term(TERMS, "bleeding_figurative");
    static final Term RETURNED = LexiconBuilder.term(TERMS, "returned");
    static final Term HYPOTHETICAL = LexiconBuilder.term(TERMS, "hypothetical");
    static final Term HISTORY_AGO = LexiconBuilder.term(TERMS, "history_ago");
    static final Term NEAR_FAINT = LexiconBuilder.term(TERMS, "near_faint");

    /** {@code safety/lexicon/framing.txt}: a clause about now, and one made general. */
    private static final Map<String, Term> FRAMING = LexiconBuilder.load("framing");
    static final Term CURRENT = LexiconBuilder.term(FRAMING, "current");
    static final Term GENERAL = LexiconBuilder.term(FRAMING, "general");

    private ContextCues() {
    }
}
