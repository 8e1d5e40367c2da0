package org.safepace.bot.dialogue;

import org.safepace.bot.wording.Reply;
import org.safepace.bot.wording.ReplyWording;

/**
 * The words that meet a feeling before the guidance (prompts/replies.yml, {@code opener-*}). A message that only
 * shares a feeling gets the whole opener; one that also asks something gets its first sentence, so the answer comes
 * quickly. Enduring pain always gets all of it: that opener is the answer the person needs first.
 */
final class FeelingOpener {

    private final ReplyWording wording;

    FeelingOpener(ReplyWording wording) {
        this.wording = wording;
    }

    /**
     * With guilt or shame named beside enduring pain, that feeling's first sentence comes first: "i feel so guilty ...
     * should i just let him even if it hurts?" is met as guilt, then told she never has to (feel10 dev A).
     */
    String text(Feeling feeling, Feeling beside, Intent intent) {
        String text = text(feeling, intent);
        if (feeling != Feeling.ENDURING_PAIN || (beside != Feeling.GUILT && beside != Feeling.SHAME)) {
            return text;
        }
        return (firstSentence(text(beside, Intent.QUESTION)) + " " + text).strip();
    }

    String text(Feeling feeling, Intent intent) {
        Reply reply = switch (feeling) {
            case SHAME -> Reply.OPENER_SHAME;
            case FEAR -> Reply.OPENER_FEAR;
            case SADNESS -> Reply.OPENER_SADNESS;
            case GUILT -> Reply.OPENER_GUILT;
            case FRUSTRATION -> Reply.OPENER_FRUSTRATION;
            case RELATIONSHIP_WORRY -> Reply.OPENER_RELATIONSHIP;
            case FAMILY_PRESSURE -> Reply.OPENER_FAMILY_PRESSURE;
            case ENDURING_PAIN -> Reply.OPENER_ENDURING_PAIN;
            case NONE -> null;
        };
        if (reply == null) {
            return "";
        }
        String text = wording.text(reply).strip();
        return intent == Intent.FEELINGS || feeling == Feeling.ENDURING_PAIN ? text : firstSentence(text);
    }

    static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
