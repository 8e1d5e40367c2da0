package org.safepace.knowledge;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What kind of answer a question wants, read from how it is asked, not what it is about: "how long does it take"
 * wants a duration, "is it normal" a reassurance, "why" a reason, "what if" a plan for a case, "how do i" steps. A
 * long story names many topics and the passages of one topic sit close together; the kind of answer asked for
 * tells siblings apart ("how long does treatment take" against "why am I slower than other people"), and each
 * section says what kinds it answers through its heading and its {@code Questions:} line. Rules, not examples, and
 * tried in the order below: the first that matches decides ("what if it hurts, is that normal" is asked as a case).
 */
enum QuestionType {
    /** "is it normal", "is this common", "am i the only one", "does anyone else". */
    NORMAL("\\b(?:is|are|am|was)\\s+(?:it|this|that|these|they|i|my\\s+\\p{L}+)\\s+(?:\\p{L}+\\s+)?(?:normal|common|usual|typical)\\b"
            + "|\\bnormal\\s+(?:to|for|that)\\b|\\b(?:am\\s+i|is\\s+it\\s+just\\s+me)\\s+the\\s+only\\b|\\banyone\\s+else\\b"),
    /** "how long", "how many weeks", "how soon", "when will it get better". */
    DURATION("\\bhow\\s+(?:long|soon|quickly|fast)\\b|\\bhow\\s+many\\s+(?:weeks|months|years|days|minutes|seconds)\\b"
            + "|\\btimeline\\b"),
    /** "how often", "how many times", "times a week". */
    FREQUENCY("\\bhow\\s+often\\b|\\bhow\\s+many\\s+times\\b|\\btimes\\s+(?:a|in|per)\\s+(?:day|week)\\b"),
    /** "what if", "what happens if", "what do i do when". */
    CONDITION("\\bwhat\\s+(?:if|happens\\s+(?:if|when))\\b"
            + "|\\bwhat\\s+(?:do|should|can|shall)\\s+(?:i|we|you)\\s+do\\s+(?:if|when)\\b"),
    /** "what can i say", "what do i tell him", "how do i explain it": the words to use. */
    WORDS("\\bwhat\\s+(?:do|should|can|could|shall)\\s+(?:i|we)\\s+(?:\\p{L}+\\s+)?(?:say|tell)\\b"
            + "|\\bhow\\s+(?:do|can|should)\\s+(?:i|we)\\s+(?:\\p{L}+\\s+)?(?:tell|explain|say|word)\\b|\\bwhich\\s+words\\b"),
    /** "why does", "why am i", "how come". */
    REASON("\\bwhy\\b|\\bhow\\s+come\\b"),
    /** "how do i", "how can we", "how to", "how i can" (non-native order), "what should i do", "what can we try". */
    METHOD("\\bhow\\s+(?:do|does|can|could|should|shall|would|must|to|i|we|you|u)\\b"
            + "|\\bwhat\\s+(?:do|should|can|could|shall|would)\\s+(?:i|we|you|u)\\s+(?:\\p{L}+\\s+)?(?:do|try)\\b"),
    /** "when should i", "when can we", "when is it time". */
    TIME("\\bwhen\\b"),
    /** "which lube", "what kind of", "what size", "best position". */
    CHOICE("\\bwhich\\b|\\bwhat\\s+(?:kind|type|sort|size|position|positions|lube)\\b|\\bbest\\b"),
    /** "what is", "what does it mean". */
    DEFINITION("\\bwhat\\s+(?:is|are)\\b|\\bwhat'?s\\b|\\bwhat\\s+(?:does|do)\\b.*\\bmean\\b"),
    /** Asked with its verb first ("can i", "should we", "is it", "so do i have to"), no question word before it. */
    YES_NO("^(?:(?!(?:how|what|whats|why|when|where|which|who)\\b)\\p{L}+\\s+){0,2}?"
            + "(?:is|are|am|can|could|should|shall|will|would|do|does|did|have|has|must|may)\\s+"
            + "(?:i|we|you|u|she|he|it|they|there|this|that|my|our|her|his)\\b");

    private final Pattern pattern;

    QuestionType(String regex) {
        this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Whether the kind tells sibling sections apart. Steps ("how do i", 50 of the 240 headings) and yes/no (about 60)
     * are how most sections are asked, whatever their topic: on the dev questions (RetrievalTuningExperiment -Ddev
     * -Dqtype) their bonus moved more right first passages away than towards them, so they count for nothing.
     */
    boolean saysTheAnswer() {
        return this != YES_NO && this != METHOD;
    }

    /** The kind of answer {@code question} asks for, or {@code null} when its wording says none. */
    static QuestionType of(String question) {
        if (question == null || question.isBlank()) {
            return null;
        }
        String text = question.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
        for (QuestionType type : values()) {
            if (type.pattern.matcher(text).find()) {
                return type;
            }
        }
        return null;
    }

    /**
     * The share of a section's questions (its heading and its {@code Questions:} line) asked as each kind: how
     * surely the section answers that kind. Empty when none of them says a kind.
     */
    static Map<QuestionType, Double> profile(String heading, List<String> questions) {
        Map<QuestionType, Double> shares = new EnumMap<>(QuestionType.class);
        int total = 1 + questions.size();
        add(shares, of(heading), total);
        for (String question : questions) {
            add(shares, of(question), total);
        }
        return shares;
    }

    private static void add(Map<QuestionType, Double> shares, QuestionType type, int total) {
        if (type != null) {
            shares.merge(type, 1.0 / total, Double::sum);
        }
    }
}
