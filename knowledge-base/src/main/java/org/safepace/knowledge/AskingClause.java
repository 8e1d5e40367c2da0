package org.safepace.knowledge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a sentence starts asking, when the writer left the '?' out or ran the story into the question ("...my physio
 * said to use dilators but i dont know how do i even start with the smallest one"). Rules, not examples: a question
 * word followed by an auxiliary ("how do i", "what should we", "how long does it", "who can"), or by a subject and a
 * modal as non-native writers often put it ("how i can help her", "what I should do"), or an auxiliary put before its
 * subject ("can we", "should i", "is it", "is there"). And which final sentences only close a message ("sorry for the
 * essay lol", "thanks in advance x"), so they are not taken for its question.
 */
final class AskingClause {

    private static final String AUX = "(?:do|does|did|can|could|should|shall|will|would|is|are|am|was|were|has|have"
            + "|must|may|might|cant|can't|dont|don't|doesnt|doesn't|isnt|isn't|shouldnt|shouldn't|wont|won't)";
    private static final String SUBJECT = "(?:i|we|you|u|she|he|it|they|my|our|her|his|this|that|there|people)";
    private static final String MODAL = "(?:can|could|should|shall|must|need|needs|may|might|have to|has to)";
    /** "how long", "how often", "what else": the word a question word often takes before its auxiliary. */
    private static final String DEGREE = "(?:long|often|much|many|far|soon|hard|deep|big|quickly|exactly|else)";
    /** "which is", "who was": relative clauses in a story, not questions. */
    private static final String QUESTION_WORD = "(?:how|what|whats|what's|when|where|why"
            + "|(?:which|who)(?!\\s+(?:is|was|are|were|has|had|have)\\b))";
    private static final Pattern OPENER = Pattern.compile(
            "\\b" + QUESTION_WORD + "(?:\\s+" + DEGREE + ")?\\s+(?:" + AUX + "|" + SUBJECT + "\\s+" + MODAL + ")\\b"
                    // "which position should we", "what size can i": a question word and its noun.
                    + "|\\b(?:which|what)\\s+\\p{L}+\\s+" + AUX + "\\s+" + SUBJECT + "\\b"
                    // "can we", "should i", "is it": inverted, so asking, wherever the clause starts; not
                    // "i do it" or "she has it", where the verb is the main verb and "it" its object.
                    + "|\\b(?:can|could|should|shall|will|would|do|does|did|is|are|am|may|might|must|have|has)"
                    + "\\s+(?:i|we|you|u|she|he|they|there|it)\\b(?<!\\b(?:do|does|did|have|has)\\sit)"
                    // "i was wondering if", "not sure whether": the question follows the if.
                    + "|(?<=\\b(?:wonder|wondering|wondered|sure|idk|unsure)\\s)(?:if|whether)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words that close a message rather than ask: thanks, apologies for its length, laughter, kisses. */
    private static final Pattern CLOSER_WORD = Pattern.compile(
            "\\b(?:thanks|thank|thx|ty|tysm|cheers|sorry|soz|apologies|lol|lmao|ha(?:ha)+|he(?:he)+|x+|xoxo|rant|essay"
                    + "|advance|appreciate|appreciated)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A closing remark is short; a longer sentence with "lol" in it is still part of the story. */
    private static final int CLOSER_MAX_WORDS = 12;

    private AskingClause() {
    }

    /** Where the last asking clause of a sentence starts, or -1 when it has none. */
    static int find(String sentence) {
        Matcher matcher = OPENER.matcher(normalised(sentence));
        int start = -1;
        while (matcher.find()) {
            start = matcher.start();
        }
        return start;
    }

    /**
     * A run-on sentence of at least {@code runOnWords} words cut to its last asking clause, which runs to the end of
     * the sentence; a shorter sentence, or one with no asking clause, whole.
     */
    static String of(String sentence, int runOnWords) {
        if (QuestionFocus.words(sentence) < runOnWords) {
            return sentence;
        }
        int start = find(sentence);
        return start <= 0 ? sentence : sentence.substring(start).strip();
    }

    /** A short final remark that asks nothing ("sorry for the essay lol", "Anyway thanks, you have been a big help"). */
    static boolean isCloser(String sentence) {
        return !sentence.strip().endsWith("?") && QuestionFocus.words(sentence) <= CLOSER_MAX_WORDS
                && find(sentence) < 0 && CLOSER_WORD.matcher(sentence).find();
    }

    /** Curly apostrophes as straight ones, the same length so positions still hold. */
    private static String normalised(String text) {
        return text.replace('’', '\'');
    }
}
