package org.safepace.bot.dialogue;

/**
 * What the dialogue made of one message.
 *
 * @param retrievalQuery the text to search the guidance with (a follow-up carries its previous topic)
 */
record Understanding(Intent intent, AudienceHint audience, Feeling feeling, String retrievalQuery) {

    /** Whether this message is answered from the guidance. */
    boolean needsRetrieval() {
        return switch (intent) {
            case QUESTION, FOLLOW_UP, FEELINGS -> true;
            default -> false;
        };
    }
}
