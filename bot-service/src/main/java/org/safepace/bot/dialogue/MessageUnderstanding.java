package org.safepace.bot.dialogue;

import org.safepace.bot.text.TextNormaliser;

/** Step 2 of a turn: what the message asks for, who is asking, how it feels, and what to search for. */
final class MessageUnderstanding {

    private final IntentClassifier intents = new IntentClassifier();
    private final AudienceDetector audiences = new AudienceDetector();

    Understanding understand(String text, Session session, AudienceHint requested) {
        String normalised = normalise(text);
        Intent intent = intents.classify(normalised);
        AudienceHint audience = audienceFor(normalised, session, requested);
        Feeling feeling = intents.feeling(normalised);
        String query = text;
        if (intent == Intent.FOLLOW_UP) {
            Session.Turn previous = session.lastTopic();
            // A follow-up with nothing before it is read as a question on its own.
            if (previous == null) {
                intent = Intent.QUESTION;
            } else {
                query = previous.retrievalQuery() + " " + text;
            }
        }
        if (intent == Intent.QUESTION && feeling != Feeling.NONE) {
            intent = Intent.FEELINGS;
        }
        return new Understanding(intent, audience, feeling, query);
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

    static String normalise(String text) {
        return TextNormaliser.forMatching(text)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
