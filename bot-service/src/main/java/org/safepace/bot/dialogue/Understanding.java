package org.safepace.bot.dialogue;

/**
 * What the dialogue made of one message.
 *
 * @param retrievalQuery the text to search the guidance with (a follow-up carries its previous topic)
 * @param outside        nearest to what is outside the service: off-topic unless the guidance is close after all
 */
record Understanding(Intent intent, AudienceHint audience, Feeling feeling, String retrievalQuery, boolean outside) {

    /** Whether this message is answered from the guidance. */
    boolean needsRetrieval() {
        return switch (intent) {
            case QUESTION, FOLLOW_UP, FEELINGS -> true;
            default -> false;
        };
    }
}
