package org.safepace.bot.dialogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.safepace.bot.answer.AskedDetail;
import org.safepace.knowledge.PreviousTopic.Lean;

/**
 * Whether a message leans on the conversation's previous topic, and how (see {@link Lean}). Meaning (the act bank)
 * says whether a message is a follow-up; the form of the message says the rest, because a short message's embedding
 * is about as close to a related topic as to an unrelated one (bge cosines of 0.40-0.55 either way):
 * <ul>
 *   <li>a follow-up asking what comes next ("and then what?", "what's next") wants the next step;</li>
 *   <li>a follow-up asking about the answer itself ("why that one?", "what do you mean?") may get it again;</li>
 *   <li>any other follow-up means little alone ("how deep?"), and so does a very short "what if ..." or "what
 *       about ..." the bank took for a question, or a question with one word of its own ("what i can do at home for
 *       this"); one that asks for a detail ("how long for?", "how often?") may be answered by the passage just
 *       given; so may a short question asking one such detail with at most a word of its own ("breathe in or out
 *       when i let go?");</li>
 *   <li>a question of its own refers back when it points back ("is it curable?", "what about standing up?",
 *       "ok back to it, ..."), or is short with at most two words of its own ("can i use a tampon?"): the topic
 *       only breaks its close calls;</li>
 *   <li>anything longer is a new topic and starts fresh; what is outside the service is never pulled into the topic,
 *       unless it plainly asks what comes next or about the answer ("how come that works?").</li>
 * </ul>
 */
final class FollowUpReader {

    /** A question this short usually leans on what was just said, even without a word pointing back. */
    static final int SHORT_QUESTION_WORDS = 8;
    /** A question this long stands on its own even when it says "it". */
    static final int REFERS_BACK_MAX_WORDS = 16;

    private static final Pattern NEXT_STEP = Pattern.compile(
            "\\b(?:then what|and then|what(?:'s| is|s)? next|what now|after (?:that|this)|afterwards|next step"
                    + "|comes next|do next|and after|^\\W*(?:(?:and|so|ok|okay)\\s+)?then\\?)");
    private static final Pattern ABOUT_THE_ANSWER = Pattern.compile(
            "^(?:and |but |so |ok |okay |wait,? )?(?:why|how come|how so|what do you mean|what does (?:that|this|it) mean"
                    + "|meaning what|explain (?:that|this|why))\\b");
    /** "Different question, ...", "on another note": the writer says a new topic starts. */
    private static final Pattern NEW_TOPIC = Pattern.compile(
            "^(?:(?:ok(?:ay)?|so|also|and)[,.]?\\s+)?(?:(?:a |one )?(?:different|another|new|other|unrelated|separate)"
                    + " (?:thing|question|topic|q)|(?:on )?(?:a |an )?(?:different|other|another|separate) note"
                    + "|changing (?:the )?(?:topic|subject)|unrelated(?: but)?)\\b");
    /** "What if she tenses up", "and if it stings": a condition on what was just said, too short to be a topic. */
    private static final Pattern WHAT_IF = Pattern.compile("^(?:and |but |so |ok |okay )?(?:what if|and if|if|what about|how about)\\b");
    static final int ELLIPTICAL_WORDS = 6;
    /**
     * "is that bad?", "is it normal?", "is this ok": a judgement of what was just said, which the passage just given
     * may answer again.
     */
    private static final Pattern JUDGEMENT = Pattern.compile(
            "^(?:and |but |so |ok |okay )?(?:is|isn't|isnt|was) (?:that|this|it) (?:bad|normal|ok|okay|fine|a problem|serious"
                    + "|worrying|a bad sign|a good sign|dangerous|wrong)(?: then| though| tho)?[?!. ]*$");
    /**
     * "how long does it usually take?", "how long till it's better": the course of the condition, not a detail of the
     * passage just given (a stop word's 30 to 60 seconds is no answer to it); a question of its own that points back.
     */
    private static final Pattern COURSE = Pattern.compile(
            "\\bhow long\\b.*\\b(?:usually|normally|typically|on average|in general|generally|to get better|to heal"
                    + "|to recover|to go away|to be better|to be fixed|(?:till|until) (?:it's|its|it is|she's|shes|she is|i'm|im|i am) (?:better|fixed|over|gone))\\b"
                    // "how long will it take tho", "how long it will take for her to be ok": the whole course, asked
                    // with nothing after "take" but who it is for or getting well
                    + "|\\bhow long (?:will |would |does |is )?(?:it|this) (?:will |would )?(?:usually |normally )?take"
                    + "(?: (?:tho|though|then|overall|in total))?(?: for (?:her|him|me|us|them|my \\w+))?"
                    + "(?: to (?:be|get|feel) (?:ok|okay|normal|better|well|over it))?\\W*$");
    /** A question with no more words of its own than this means little alone (see {@link #contentWords}). */
    static final int ELLIPTICAL_CONTENT_WORDS = 1;
    /** A short question with this many words of its own and none pointing back is a topic of its own. */
    static final int OWN_TOPIC_CONTENT_WORDS = 3;
    /**
     * Words that carry no topic: the knowledge base's own stop words (pronouns, auxiliaries, question words), and a few
     * verbs and fillers every question has. What is left is what the message itself is about.
     */
    private static final Set<String> NO_TOPIC = noTopicWords();
    /** Words that point back to what was said, or open a message as a continuation. */
    private static final Pattern POINTS_BACK = Pattern.compile(
            "\\b(?:it|that|this|those|these|them|there|that one|this one|the same|back to)\\b"
                    + "|^(?:and|but|so|also|then|ok so|okay so|what about|how about)\\b");

    /**
     * @param normalised the message as {@link MessageUnderstanding#normalise} made it
     * @param intent     what the message was understood to ask for, before the topic is considered
     * @param outside    whether the message is nearest to what the service does not cover
     * @return how the message leans on the previous topic; empty when it does not (or is not answered from the guidance)
     */
    Optional<Lean> lean(String normalised, Intent intent, int words, boolean outside) {
        return lean(normalised, intent, words, outside, false);
    }

    /**
     * @param resumes the message opened with words that resume the topic or acknowledge the last reply ("ok back to
     *                it,", "ok thanks, i'll get it looked at."), left out of {@code normalised}: they point back too
     */
    Optional<Lean> lean(String normalised, Intent intent, int words, boolean outside, boolean resumes) {
        if (outside) {
            // Nearest to what the service does not cover, yet plainly about what was just said ("how come that works?").
            return words <= SHORT_QUESTION_WORDS ? asksForTheNextStepOrTheAnswer(normalised) : Optional.empty();
        }
        if ((intent == Intent.FOLLOW_UP || intent == Intent.QUESTION) && words <= REFERS_BACK_MAX_WORDS
                && COURSE.matcher(normalised).find() && !NEW_TOPIC.matcher(normalised).find()) {
            return Optional.of(Lean.REFERS_BACK);
        }
        if (intent == Intent.FOLLOW_UP || intent == Intent.QUESTION) {
            if (JUDGEMENT.matcher(normalised).matches()) {
                return Optional.of(Lean.ABOUT_THE_ANSWER);
            }
        }
        if (intent == Intent.FOLLOW_UP) {
            if (NEXT_STEP.matcher(normalised).find()) {
                return Optional.of(Lean.NEXT_STEP);
            }
            // "Why the jaw tho?" names what it asks about: a part of the topic, searched, not the answer again.
            if (ABOUT_THE_ANSWER.matcher(normalised).find()
                    && (POINTS_BACK.matcher(normalised).find() || contentWords(normalised) == 0)) {
                return Optional.of(Lean.ABOUT_THE_ANSWER);
            }
            return Optional.of(elliptical(normalised));
        }
        if (intent == Intent.QUESTION || intent == Intent.FEELINGS) {
            if (NEW_TOPIC.matcher(normalised).find()) {
                return Optional.empty(); // "different question, ...": said to start fresh, whatever it says after
            }
            // Short enough to be a follow-up the bank did not hear as one ("why does that help?", "what if she tenses up").
            if (words <= SHORT_QUESTION_WORDS) {
                Optional<Lean> explicit = asksForTheNextStepOrTheAnswer(normalised);
                if (explicit.isPresent()) {
                    return explicit;
                }
                if (words <= ELLIPTICAL_WORDS && WHAT_IF.matcher(normalised).find()) {
                    return Optional.of(Lean.ELLIPTICAL);
                }
                // "breathe in or out when i let go?", "how many minute i keep it inside?": one detail of the topic,
                // asked with at most a word of its own or with a word pointing back.
                Optional<AskedDetail> detail = detailOfThePassage(normalised);
                if (detail.isPresent() && (POINTS_BACK.matcher(normalised).find()
                        || contentWords(detail.get().withoutAsking(normalised)) <= ELLIPTICAL_CONTENT_WORDS)) {
                    return Optional.of(Lean.DETAIL);
                }
            }
            // "what i can do at home for this", "so what do we do in the meantime": a question with at most one word of
            // its own means little alone, however many small words carry it.
            if (words <= REFERS_BACK_MAX_WORDS && contentWords(normalised) <= ELLIPTICAL_CONTENT_WORDS) {
                return Optional.of(elliptical(normalised));
            }
            // Short, and with a word pointing back or at most two words of its own ("can i use a tampon?"): three
            // words of its own say a topic of their own ("how do people even start treatment?").
            boolean pointsBack = resumes || POINTS_BACK.matcher(normalised).find();
            boolean refersBack = (words <= SHORT_QUESTION_WORDS
                            && (pointsBack || contentWords(normalised) < OWN_TOPIC_CONTENT_WORDS))
                    || (words <= REFERS_BACK_MAX_WORDS && pointsBack);
            return refersBack ? Optional.of(Lean.REFERS_BACK) : Optional.empty();
        }
        return Optional.empty();
    }

    /** "How long for?", "how often?", "when?": one detail of the topic, which the passage just given may hold. */
    private static final Pattern DETAIL = Pattern.compile(
            "^(?:and |so |ok |okay |but )?(?:for )?(?:how (?:long|often|many|much|soon|deep|far)|when|what time)\\b");

    private static Lean elliptical(String normalised) {
        return DETAIL.matcher(normalised).find() || detailOfThePassage(normalised).isPresent()
                ? Lean.DETAIL : Lean.ELLIPTICAL;
    }

    /** A duration, frequency, breath or depth: what the passage just given may hold (see {@link AskedDetail}). */
    private static Optional<AskedDetail> detailOfThePassage(String normalised) {
        return AskedDetail.of(normalised).filter(AskedDetail::ofThePassageJustGiven);
    }

    /**
     * "How long for?", "what if it hurts?", "how many times": the message asks one detail (or a pain) and says nothing
     * else of its own, so only its topic says what it is about (see {@link org.safepace.knowledge.PreviousTopic#detailOnly}).
     */
    static boolean asksOnlyADetail(String normalised) {
        return AskedDetail.of(normalised).map(detail -> contentWords(detail.withoutAsking(normalised)) == 0)
                .orElse(false);
    }

    /** "the hip bit", "the jaw part": a part of something named as such. */
    private static final Pattern PART_OF = Pattern.compile("\\bthe ([a-z][a-z'-]+) (?:bit|bits|part|parts|one)\\b");
    /** "and the hip bit?", "what about the breathing?": a message that is only a noun phrase, so it names a part. */
    private static final Pattern NOUN_PHRASE = Pattern.compile(
            "^(?:(?:and|so|ok|okay|but) )?(?:what about |how about )?(?:the |my |that )?([a-z][a-z' -]*?)\\W*$");
    private static final int NOUN_PHRASE_WORDS = 4;

    /**
     * The words with which a message names a part of its topic ("and the hip bit?", "ok back to the circuit, how do i
     * do the hip part": "hip"): a part named as such ("the X bit/part/one"), or the own words of a message that is only
     * a short noun phrase. A question with a verb of its own ("and how much do i use") names no part: its words
     * ("use", "instead", "together") are in many headings without naming one.
     */
    static List<String> namedParts(String normalised) {
        List<String> named = new java.util.ArrayList<>();
        var part = PART_OF.matcher(normalised);
        while (part.find()) {
            named.add(part.group(1));
        }
        var phrase = NOUN_PHRASE.matcher(normalised);
        if (named.isEmpty() && phrase.matches() && normalised.split(" ").length <= NOUN_PHRASE_WORDS
                && !ASKS.matcher(normalised).find()) {
            for (String word : phrase.group(1).split("[^a-z0-9'/]+")) {
                if (!word.isEmpty() && !NO_TOPIC.contains(word) && !PART_WORDS.contains(word)) {
                    named.add(word);
                }
            }
        }
        return named;
    }

    private static final Set<String> PART_WORDS = Set.of("bit", "bits", "part", "parts", "one", "thing", "step");
    /** A question word or a verb that asks: not a bare noun phrase. */
    private static final Pattern ASKS = Pattern.compile(
            "\\b(?:how|what|why|when|where|which|who|can|could|should|do|does|is|are|will|would|if|i|we)\\b(?! about)");

    /** The words of a message that say what it is about ("what i can do at home for this": one, "home"). */
    static int contentWords(String normalised) {
        int count = 0;
        for (String word : normalised.split("[^a-z0-9'/]+")) {
            if (!word.isEmpty() && !NO_TOPIC.contains(word)) {
                count++;
            }
        }
        return count;
    }

    private static Set<String> noTopicWords() {
        Set<String> words = new HashSet<>(Set.of("i", "u", "ur", "we're", "were", "you're", "do", "does", "it", "go",
                "going", "try", "trying", "tried", "need", "want", "mean", "thing", "things", "stuff", "one", "now",
                "then", "still", "even", "actually", "anyway", "take", "takes", "like", "say", "said", "know", "think",
                "happen", "happens", "happened", "else", "more", "much", "many", "lol", "pls", "please", "hmm", "oh",
                "wait", "again", "well", "yeah", "yes", "sure", "right"));
        try (InputStream in = FollowUpReader.class.getResourceAsStream(STOP_WORDS)) {
            if (in == null) {
                throw new IllegalStateException("the knowledge base's stop words are missing: " + STOP_WORDS);
            }
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + STOP_WORDS, e);
        }
        return Set.copyOf(words);
    }

    private static final String STOP_WORDS = "/org/safepace/knowledge/stopwords.txt";

    private static Optional<Lean> asksForTheNextStepOrTheAnswer(String normalised) {
        if (NEXT_STEP.matcher(normalised).find()) {
            return Optional.of(Lean.NEXT_STEP);
        }
        if (ABOUT_THE_ANSWER.matcher(normalised).find() && POINTS_BACK.matcher(normalised).find()) {
            return Optional.of(Lean.ABOUT_THE_ANSWER);
        }
        return Optional.empty();
    }

    /** "ok back to it, is it curable?": the words that resume the topic are not part of the question. */
    private static final Pattern RESUMPTION = Pattern.compile(
            "^\\W*(?:(?:ok(?:ay)?|so|right|anyway|sorry|lol|haha)[,.!]?\\s+)*(?:back to (?:it|that|the topic|my question|what we were (?:saying|talking about))|anyway)\\b[,.!:;]?\\s*",
            Pattern.CASE_INSENSITIVE);

    /**
     * "ok i'll get it checked. once it's cleared up how do i ...", "ok sorry haha. how long do i do them for": a first
     * sentence that only acknowledges the last reply or excuses an aside, before a question (a question mark, or a
     * sentence that opens like one); searching it would pull the answer back to what was just said.
     */
    private static final Pattern ACKNOWLEDGEMENT = Pattern.compile(
            "^\\W*(?:ok(?:ay)?|thanks?(?: you)?|thx|ty|right|got it|will do|sure|fair enough|noted|understood|i see"
                    + "|sorry|soz|oops|haha+|lol)\\b[^.!?\\n]*[.!\\n]+\\s*(?=\\S[^?]*\\?|(?:how|what|whats|what's|when|why"
                    + "|where|which|can|could|should|would|is|are|do|does|will)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** An apology or a laugh that opens a message: it may excuse an aside as well as resume after one. */
    private static final Pattern APOLOGY_OR_LAUGH = Pattern.compile(
            "^\\W*(?:(?:sorry|soz|oops|haha+|lol|omg)[,.!]?\\s+)+", Pattern.CASE_INSENSITIVE);

    /**
     * "lol sorry my cat just knocked my coffee over. how do u get coffee out of a carpet": an opening sentence that
     * excuses itself and tells something of its own introduces an aside; what it asks next is about that, not the
     * topic (it used to be read as resuming the topic, and answered from it). "ok sorry haha." tells nothing.
     */
    static boolean tellsAnAside(String text) {
        String rest = RESUMPTION.matcher(text).replaceFirst("");
        if (!rest.equals(text)) {
            return false;
        }
        var acknowledged = ACKNOWLEDGEMENT.matcher(text);
        if (!acknowledged.find()) {
            return false;
        }
        String opener = acknowledged.group();
        var excuse = APOLOGY_OR_LAUGH.matcher(opener);
        if (!excuse.find()) {
            return false;
        }
        String told = MessageUnderstanding.normalise(opener.substring(excuse.end()));
        String asked = text.substring(acknowledged.end());
        return contentWords(told) > 0 && RESUMPTION.matcher(asked).replaceFirst("").equals(asked);
    }

    /** "anyway, ...", "ok back to it, ...": the message returns to the topic. */
    static boolean resumes(String text) {
        return !RESUMPTION.matcher(text).replaceFirst("").equals(text);
    }

    static String withoutResumption(String text) {
        String question = RESUMPTION.matcher(text).replaceFirst("");
        question = ACKNOWLEDGEMENT.matcher(question).replaceFirst("");
        return question.isBlank() ? text : question;
    }
}
