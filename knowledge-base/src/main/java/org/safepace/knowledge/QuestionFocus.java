package org.safepace.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The question a long message asks. People tell their story first and ask last ("...I'd been doing so well with size
 * 3. What do I do now?"): every sentence of the story shares words with some passage, so searched as one bag of words
 * the story outvotes its question. The focus is the last sentence that asks something (with the questions just before
 * it, "Is it supposed to feel like something? Am I doing it wrong?"), or the last sentence when none ends with '?'.
 * A short message is its own question: it has no separate focus.
 */
public final class QuestionFocus {

    /** Below this many words a message is read whole; the shortest stories in the evaluation run to about 25. */
    static final int LONG_MESSAGE_WORDS = 20;
    private static final int MAX_QUESTIONS = 2;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");

    private QuestionFocus() {
    }

    /** The question sentence(s) of a long message, or empty for a short one (or one that is all question). */
    public static String of(String message) {
        if (words(message) < LONG_MESSAGE_WORDS) {
            return "";
        }
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(message.strip())) {
            if (!sentence.isBlank()) {
                sentences.add(sentence.strip());
            }
        }
        int last = sentences.size() - 1;
        while (last >= 0 && !sentences.get(last).endsWith("?")) {
            last--;
        }
        if (last < 0) {
            last = sentences.size() - 1;
        }
        int first = last;
        while (first > 0 && last - first + 1 < MAX_QUESTIONS && sentences.get(first - 1).endsWith("?")) {
            first--;
        }
        String focus = String.join(" ", sentences.subList(first, last + 1));
        return focus.length() == message.strip().length() ? "" : focus;
    }

    private static int words(String text) {
        int count = 0;
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
