package org.safepace.bot.dialogue;

import java.util.Optional;
import org.safepace.bot.text.TextNormaliser;
import org.safepace.knowledge.PreviousTopic;
import org.safepace.knowledge.PreviousTopic.Lean;

/**
 * Step 2 of a turn: what the message asks for, who is asking, how it feels, and what to search for. Meaning comes
 * from the example banks scored on the turn's query vector; the sharp patterns of {@link IntentClassifier} add what
 * they are surer of, and a boundary is raised when either says so.
 */
final class MessageUnderstanding {

    private final IntentClassifier intents = new IntentClassifier();
    private final FollowUpReader followUps = new FollowUpReader();
    private final AudienceDetector audiences = new AudienceDetector();
    private final UnderstandingBank bank;

    MessageUnderstanding(UnderstandingBank bank) {
        this.bank = bank;
    }

    /**
     * @param vector the message's query vector, the one the turn computed for every step
     */
    Understanding understand(String text, float[] vector, Session session, AudienceHint requested) {
        String normalised = normalise(text);
        UnderstandingBank.Meaning meaning = bank.read(vector, words(normalised));
        Intent intent = intent(intents.classify(normalised), meaning);
        AudienceHint audience = audienceFor(normalised, session, requested);
        // A feeling the writer names wins, unless meaning heard the more specific worry about the relationship.
        Feeling feeling = meaning.feeling() == Feeling.RELATIONSHIP_WORRY ? meaning.feeling()
                : intents.namedFeeling(normalised).orElse(meaning.feeling());
        String query = text;
        boolean outside = intent == Intent.OFF_TOPIC;
        if (outside) {
            // Still searched: a message close to the guidance is in scope whatever the bank says.
            intent = Intent.QUESTION;
        }
        Session.Turn previous = session.lastTopic();
        // A follow-up with nothing before it is read as a question on its own.
        if (intent == Intent.FOLLOW_UP && previous == null) {
            intent = Intent.QUESTION;
        }
        if (intent == Intent.QUESTION && feeling != Feeling.NONE) {
            intent = Intent.FEELINGS;
            outside = false;
        }
        // What leans on the previous topic is searched with it (FollowUpReader says when, and how).
        PreviousTopic topic = null;
        String topicQuery = text;
        Optional<Lean> lean = previous == null ? Optional.empty()
                : followUps.lean(normalised, intent, words(normalised), outside);
        if (lean.isPresent()) {
            outside = false;
            topic = new PreviousTopic(previous.articleId(), previous.passageIds(), previous.vector(), lean.get());
            query = FollowUpReader.withoutResumption(text);
            if (lean.get() != Lean.REFERS_BACK) {
                // Means little alone: searched as the topic's question plus this one, and the topic stays the anchor.
                query = previous.retrievalQuery() + " " + query;
                topicQuery = previous.retrievalQuery();
            }
        }
        return new Understanding(intent, audience, feeling, query, outside, topic, topicQuery);
    }

    /** Boundaries first (pressure wins even inside a jailbreak), then what the patterns are sure of, then meaning. */
    static Intent intent(Intent sharp, UnderstandingBank.Meaning meaning) {
        for (Intent boundary : new Intent[] {Intent.CONSENT_BOUNDARY, Intent.FORCE_ADMISSION, Intent.PROMPT_INJECTION,
                Intent.MEDICATION_OR_DIAGNOSIS}) {
            if (sharp == boundary || meaning.boundary().filter(boundary::equals).isPresent()) {
                return boundary;
            }
        }
        return sharp != Intent.QUESTION ? sharp : meaning.act();
    }

    /** The request's audience wins; otherwise what the message reveals, kept for the session. */
    private AudienceHint audienceFor(String normalised, Session session, AudienceHint requested) {
        if (requested != AudienceHint.UNKNOWN) {
            session.audience(requested);
            return requested;
        }
        audiences.detect(normalised).ifPresent(session::audience);
        return session.audience();
    }

    private static int words(String normalised) {
        return normalised.isEmpty() ? 0 : normalised.split(" ").length;
    }

    static String normalise(String text) {
        return TextNormaliser.forMatching(text)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
