package org.safepace.bot.dialogue;

import org.safepace.knowledge.PreviousTopic;

/**
 * What the dialogue made of one message.
 *
 * @param retrievalQuery the text to search the guidance with (a follow-up carries its previous topic)
 * @param outside        nearest to what is outside the service: off-topic unless the guidance is close after all
 * @param previous       for a follow-up, the earlier topic that steers retrieval; {@code null} otherwise
 */
record Understanding(Intent intent, AudienceHint audience, Feeling feeling, String retrievalQuery, boolean outside,
                     PreviousTopic previous) {

    /** Whether this message is answered from the guidance. */
    boolean needsRetrieval() {
        return switch (intent) {
            case QUESTION, FOLLOW_UP, FEELINGS -> true;
            default -> false;
        };
    }
}
