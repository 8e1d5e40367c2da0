package org.safepace.bot.evaluation;

import java.util.List;
import org.safepace.bot.dialogue.AudienceHint;
import org.safepace.bot.dialogue.BotReply;
import org.safepace.bot.dialogue.ConversationService;
import org.safepace.bot.retrieval.GuidanceRetriever;
import org.safepace.knowledge.Audience;
import org.safepace.knowledge.PassageHit;

/**
 * One question sent as a first message through the running application and scored: the figures
 * {@link ConversationEvaluationIT} counts per kind and {@link StoryCompositeEvaluationIT} counts for a question alone
 * and inside a story.
 *
 * @param answered  right facts: a key fact, and an acceptable source cited (with a red flag, the right level instead)
 * @param retrieved the retriever's first three passages for the message, searched for the reply's audience (empty
 *                  with a red flag, where no retrieval figure is counted)
 */
record QuestionScore(EvaluationSet.Case question, BotReply reply, ReplyCheck check, boolean redFlag, boolean answered,
                     List<String> retrieved) {

    static QuestionScore of(EvaluationSet.Case q, String message, ConversationService conversations,
                            GuidanceRetriever retriever, KnownPassages known) {
        BotReply reply = EvaluationTurns.firstTurn(conversations, message);
        ReplyCheck check = ReplyCheck.of(q.expect(), reply, known);
        boolean redFlag = q.expect().level() != null && q.expect().level().redFlag();
        // With a red flag the safety message may rightly be the whole reply, so no cited source is required.
        boolean answered = Boolean.TRUE.equals(check.keyFact())
                && Boolean.TRUE.equals(redFlag ? check.level() : check.cited());
        List<String> retrieved = redFlag ? List.of() : retrieverTop3(retriever, message, reply.audience());
        return new QuestionScore(q, reply, check, redFlag, answered, retrieved);
    }

    /** Counts this score in a row of the tally (the case's kind, or any other grouping). */
    void addTo(Tally tally, String row) {
        tally.add(row, "right facts", answered);
        tally.add(row, "passage@1", redFlag ? null : check.passageAt1());
        tally.add(row, "passage@3", redFlag ? null : check.passageAt3());
        tally.add(row, "article@1", redFlag ? null : check.articleAt1());
        tally.add(row, "key fact", check.keyFact());
        tally.add(row, "intent", check.intent());
        tally.add(row, "audience", check.audience());
        tally.add(row, "not misread", check.notMisread());
        tally.add(row, "triage", check.level());
        if (!redFlag) {
            tally.add(row, "retriever r@1", !retrieved.isEmpty() && question.expect().passages()
                    .contains(retrieved.get(0)));
            tally.add(row, "retriever r@3", retrieved.stream().anyMatch(question.expect().passages()::contains));
        }
    }

    /** Right facts and every other expectation of the case met. */
    boolean passed() {
        return answered && check.passed();
    }

    private static List<String> retrieverTop3(GuidanceRetriever retriever, String message, AudienceHint audience) {
        Audience searched = audience == AudienceHint.PARTNER ? Audience.PARTNER : Audience.SELF;
        return retriever.search(message, searched, 3).hits().stream().map(PassageHit::passageId).toList();
    }
}
