package org.safepace.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The question a long message asks. People tell their story first and ask last ("...I'd been doing so well with size
 * 3. What do I do now?"): every sentence of the story shares words with some passage, so searched as one bag of words
 * the story outvotes its question. The focus is the last sentence that asks something (with the questions just before
 * it, "Is it supposed to feel like something? Am I doing it wrong?"). Typed on a phone the question often has no '?'
 * ("...how long should i hold it. sorry for the essay lol"): then it is the last of the final sentences that opens an
 * asking clause ({@link AskingClause}), a closing remark after it left out, else the last sentence. A long run-on
 * sentence ("...my physio said to use dilators but i dont know how do i even start") is cut to its asking clause,
 * unless it ends with the writer's own '?' after other sentences.
 * A short message is its own question: it has no separate focus. A focus may also ask nothing of its own ("is this
 * normal?", "any advice?", "what do i do now?"): then the story is the question ({@link #isGeneric}).
 */
public final class QuestionFocus {

    /** Below this many words a message is read whole; the shortest stories in the evaluation run to about 25. */
    static final int LONG_MESSAGE_WORDS = 20;
    private static final int MAX_QUESTIONS = 2;
    /**
     * A question sentence this long is a story run together with commas or nothing at all ("me and my bf have been
     * trying for months and ... how do i even start with the smallest one"): it is cut to its asking clause. Shorter
     * ones are one thought ("anyway what i wanted to ask is when i should move up a size") and stay whole.
     */
    static final int RUN_ON_WORDS = LONG_MESSAGE_WORDS;
    /** How many final sentences an unmarked question is looked for in: the question, and up to two remarks after it. */
    private static final int UNMARKED_LOOK_BACK = 3;
    /**
     * From this many words a message's question is said once more in its embedded text ({@link #forEmbedding}). Dev
     * stories run from 23 words (a tenth under 41, the median 61); boundary and feeling messages mostly under 35 (nine
     * in ten), and at 20 words their vectors moved enough to lose a pressure or a feeling and raise a false alarm.
     */
    static final int EMBEDDED_FOCUS_WORDS = 40;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");
    /** "no abuse", "no fear, no bad experiences": the words after a "no", up to the end of its clause. */
    private static final Pattern NO_TOPIC = Pattern.compile("\\bno\\s+(\\p{L}[\\p{L}'’]*)(?:\\s+(\\p{L}[\\p{L}'’]*))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Stop words and the words that say how something is asked, not what: asking-words.txt says why. */
    private static final Set<String> ASKING_WORDS = load(Analyzers.STOP_WORDS, "asking-words.txt");

    private QuestionFocus() {
    }

    /**
     * Whether a long message's question names nothing of its own ("...and now I flinch before anything happens.
     * What should I do?"): all its words are stop words or asking words, so only the story says what is asked, and
     * the question's words ("normal", "should I") would only pull towards headings that share them.
     */
    public static boolean isGeneric(String message) {
        String focus = of(message);
        if (focus.isEmpty()) {
            return false;
        }
        return WORD.matcher(focus.toLowerCase(Locale.ROOT)).results()
                .allMatch(word -> ASKING_WORDS.contains(word.group().replace('’', '\'')));
    }

    /** The question sentence(s) of a long message, or empty for a short one (or one that is all question). */
    public static String of(String message) {
        if (words(message) < LONG_MESSAGE_WORDS) {
            return "";
        }
        String focus = String.join(" ", focusSentences(message));
        return focus.length() == message.strip().length() ? "" : focus;
    }

    /**
     * The last question a long message asks, alone: the last sentence of its focus, cut to its asking clause when
     * it runs on, so that what answers it (yes or no, the second part of it) reads the question and not the story.
     * Empty for a short message, which is its own question.
     */
    public static String lastAsked(String message) {
        if (words(message) < LONG_MESSAGE_WORDS) {
            return "";
        }
        List<String> asked = focusSentences(message);
        return asked.get(asked.size() - 1);
    }

    /**
     * The words a long message's story says are not part of it: "I never had anything bad happen to me, no abuse,
     * nothing like that" names abuse only to rule it out, and a search should not take it for the topic. Only "no"
     * counts ("I can't use tampons" and "never been able to" name the very topic), and only outside the question, whose
     * own words are what it asks ("can you get this with no reason at all?"). Lowercase; empty for a short message.
     */
    public static Set<String> ruledOut(String message) {
        String focus = of(message);
        if (focus.isEmpty()) {
            return Set.of();
        }
        String story = message.strip();
        int at = story.lastIndexOf(focus);
        story = at < 0 ? story : story.substring(0, at);
        Set<String> asked = new LinkedHashSet<>();
        WORD.matcher(focus.toLowerCase(Locale.ROOT)).results().forEach(word -> asked.add(word.group()));
        Set<String> out = new LinkedHashSet<>();
        var matcher = NO_TOPIC.matcher(story);
        while (matcher.find()) {
            for (int group = 1; group <= 2; group++) {
                String word = matcher.group(group);
                if (word != null && !asked.contains(word.toLowerCase(Locale.ROOT))) {
                    out.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /**
     * The text a message's one query vector is made from: a long message whose question names something of its own
     * says its last question once more at the end ("...my instinct is to squeeze as hard as I can. How hard am I meant to
     * be squeezing? ... How hard am I meant to be squeezing?"), so the story's many sentences weigh less against what
     * it asks; the whole message stays in, so every step that reads the vector (the safety backstop, understanding)
     * still hears all of it, red flags and feelings included. Shorter messages, and those whose question is generic
     * ("is this normal?"), are embedded as they are. Still one vector per message: this is its text, not a second
     * embedding. Chosen on the dev stories with the retriever alone (each variant run by hand): the question moved to
     * the front, or said twice at the front, lowered their recall@1; once at the end raised recall@1 / @3 0.782 / 0.888
     * -> 0.787 / 0.904 (the 30 stories written first for it 0.667 / 0.800 -> 0.733 / 0.833), twice at the end about
     * the same (0.792 / 0.898), the writers' set unchanged (0.884 / 0.993). Only the last question, not the one
     * before it: "he breaks things when I say no ... Is that normal? Anyway how long does it take to get to the
     * biggest dilator?" with both questions said again moved the vector far enough for the backstop to call it danger
     * now, above the level its table expects (SemanticBackstopTests).
     */
    public static String forEmbedding(String message) {
        if (words(message) < EMBEDDED_FOCUS_WORDS || isGeneric(message)) {
            return message;
        }
        if (of(message).isEmpty()) {
            return message;
        }
        return message.strip() + " " + lastAsked(message);
    }

    private static List<String> focusSentences(String message) {
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
            last = unmarkedQuestion(sentences);
        }
        int first = last;
        while (first > 0 && last - first + 1 < MAX_QUESTIONS && sentences.get(first - 1).endsWith("?")) {
            first--;
        }
        List<String> focus = new ArrayList<>(sentences.subList(first, last + 1));
        // A '?' the writer put in a message of several sentences closes a question they shaped themselves ("Does it
        // matter how warm I am, and how much lube should I use?"): only an unmarked one, or a message that is one
        // sentence throughout, is cut to its asking clause.
        if (!sentences.get(last).endsWith("?") || sentences.size() == 1) {
            focus.set(focus.size() - 1, AskingClause.of(focus.get(focus.size() - 1), RUN_ON_WORDS));
        }
        return focus;
    }

    /**
     * Without any '?': the last of the final few sentences that opens an asking clause ("how long should i hold it"),
     * so a closing remark after it ("sorry for the essay lol") is not taken for the question; only the last few, so
     * a question word told in the story ("my mum asks when is the baby coming") does not win over how it ends.
     * Else the last sentence that is not a closing remark, else the last sentence.
     */
    private static int unmarkedQuestion(List<String> sentences) {
        int last = sentences.size() - 1;
        while (last > 0 && AskingClause.isCloser(sentences.get(last))) {
            last--;
        }
        for (int i = last; i >= 0 && i > last - UNMARKED_LOOK_BACK; i--) {
            if (AskingClause.find(sentences.get(i)) >= 0) {
                return i;
            }
        }
        return last;
    }

    private static Set<String> load(String... resources) {
        Set<String> words = new HashSet<>();
        for (String resource : resources) {
            try (InputStream in = QuestionFocus.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing word list " + resource);
                }
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(words::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the word list " + resource, e);
            }
        }
        return Set.copyOf(words);
    }

    static int words(String text) {
        int count = 0;
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
