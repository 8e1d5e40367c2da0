package org.safepace.bot.dialogue;

import org.safepace.bot.text.TextNormaliser;
import org.safepace.knowledge.PreviousTopic;

/**
 * Step 2 of a turn: what the message asks for, who is asking, how it feels, and what to search for. Meaning comes
 * from the example banks scored on the turn's query vector; the sharp patterns of {@link IntentClassifier} add what
 * they are surer of, and a boundary is raised when either says so.
 */
final class MessageUnderstanding {

    private final IntentClassifier intents = new IntentClassifier();
    private final UnderstandingBank bank;
    private final AudienceReader audiences;

    MessageUnderstanding(UnderstandingBank bank) {
        this.bank = bank;
        this.audiences = bank.audience();
    }

    /**
     * @param vector the message's query vector, the one the turn computed for every step
     */
    Understanding understand(String text, float[] vector, Session session, AudienceHint requested) {
        String normalised = normalise(text);
        UnderstandingBank.Meaning meaning = bank.read(vector, words(normalised));
        Intent intent = intent(intents.classify(normalised), meaning);
        AudienceHint audience = audiences.forTurn(normalised, vector, session, requested);
        // A feeling the writer names wins, unless meaning heard the more specific worry about the relationship.
        Feeling feeling = meaning.feeling() == Feeling.RELATIONSHIP_WORRY ? meaning.feeling()
                : intents.namedFeeling(normalised).orElse(meaning.feeling());
        String query = text;
        boolean outside = intent == Intent.OFF_TOPIC;
        if (outside) {
            // Still searched: a message close to the guidance is in scope whatever the bank says.
            intent = Intent.QUESTION;
        }
        PreviousTopic topic = null;
        if (intent == Intent.FOLLOW_UP) {
            Session.Turn previous = session.lastTopic();
            // A follow-up with nothing before it is read as a question on its own.
            if (previous == null) {
                intent = Intent.QUESTION;
            } else {
                query = previous.retrievalQuery() + " " + text;
                topic = new PreviousTopic(previous.articleId(), previous.passageIds(), previous.vector());
            }
        }
        if (intent == Intent.QUESTION && feeling != Feeling.NONE) {
            intent = Intent.FEELINGS;
            outside = false;
        }
        return new Understanding(intent, audience, feeling, query, outside, topic);
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

    /**
     * Who is asking, for a turn answered before understanding (a safety reply): the same reader, kept for the
     * session. {@code vector} may be {@code null} and {@code session} too (no state): then clauses only.
     */
    AudienceHint audience(String text, float[] vector, Session session, AudienceHint requested) {
        String normalised = normalise(text);
        if (session != null) {
            return audiences.forTurn(normalised, vector, session, requested);
        }
        return requested != AudienceHint.UNKNOWN ? requested
                : audiences.read(normalised, vector).orElse(AudienceHint.UNKNOWN);
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
