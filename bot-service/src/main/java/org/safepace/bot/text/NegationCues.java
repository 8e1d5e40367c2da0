package org.safepace.bot.text;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one list of negation cues every text check uses, in {@link TextNormaliser#forMatching} form: the words that
 * negate what follows them in a message ("no bleeding", "he doesn't force me"), and, for checks on our own outgoing
 * replies, the phrases that advise against what follows ("never push through pain", "instead of forcing it").
 */
public final class NegationCues {

    /** Single words that negate what follows; contractions are listed with and without their apostrophe. */
    public static final List<String> WORDS = List.of(
            "no", "not", "never", "without", "nothing", "none", "nor", "neither",
            "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't",
            "can't", "cannot", "couldn't", "wouldn't", "shouldn't", "won't", "ain't", "mustn't", "needn't",
            "dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "werent", "hasnt", "havent", "hadnt",
            "cant", "couldnt", "wouldnt", "shouldnt", "wont", "aint", "mustnt", "neednt");

    /** Phrases in a reply that advise against what follows them; together with {@link #WORDS}. */
    public static final List<String> ADVISING_AGAINST = List.of(
            "do not", "is not", "no need to", "there's no need to", "avoid", "instead of", "rather than", "stop",
            "nobody should", "no one should", "you don't have to", "never have to", "no reason to", "isn't about",
            "is not about", "it's not about", "should not");

    /** {@link #WORDS} as a regex alternation, longest first, without boundaries: {@code (?:no|not|...)}. */
    public static final String WORDS_REGEX = alternation(WORDS.stream());

    private NegationCues() {
    }

    /**
     * A pattern that finds, at the end of the text it is given, a negation or advising-against cue followed by at
     * most {@code gapWords} words: run it on the text just before a phrase to ask "is this phrase negated?".
     */
    public static Pattern endsWithCue(int gapWords) {
        return Pattern.compile("\\b" + alternation(Stream.concat(WORDS.stream(), ADVISING_AGAINST.stream()))
                + "\\W+(?:[\\w'-]+\\W+){0," + gapWords + "}$");
    }

    private static String alternation(Stream<String> cues) {
        return cues.distinct()
                .sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b))
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
