package org.safepace.bot.wording;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.safepace.bot.text.NegationCues;
import org.safepace.bot.text.TextNormaliser;

/** Finds judgmental, dismissive or pressuring phrases (from prompts/tone-blocklist.txt) in an outgoing reply. */
public final class ToneCheck {

    /** "Never push through pain" is good advice: a phrase right after a negation is not a violation. */
    private static final Pattern NEGATED_BEFORE = NegationCues.endsWithCue(3);


    private final List<Pattern> blocked;
    private final List<String> phrases;

    private ToneCheck(List<String> phrases) {
        this.phrases = phrases;
        this.blocked = phrases.stream()
                .map(p -> Pattern.compile("\\b" + Pattern.quote(p) + "\\b"))
                .toList();
    }

    /** One phrase a line; blank lines and lines starting with # are ignored. */
    public static ToneCheck parse(String text, String origin) {
        List<String> phrases = text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.toLowerCase(Locale.ROOT))
                .toList();
        if (phrases.isEmpty()) {
            throw new IllegalStateException(origin + ": the tone blocklist is empty");
        }
        return new ToneCheck(phrases);
    }

    /** The first blocked phrase the reply contains, if any. */
    public Optional<String> firstViolation(String reply) {
        // Punctuation must not hide a phrase: "No pain, no gain!" is "no pain no gain".
        String normalised = wordsOnly(TextNormaliser.forMatching(reply));
        for (int i = 0; i < blocked.size(); i++) {
            // A word-boundary regex is tried at every position of the reply; a phrase that is not a substring cannot match.
            if (!normalised.contains(phrases.get(i))) {
                continue;
            }
            var m = blocked.get(i).matcher(normalised);
            while (m.find()) {
                String before = normalised.substring(Math.max(0, m.start() - 40), m.start());
                if (!NEGATED_BEFORE.matcher(before).find()) {
                    return Optional.of(phrases.get(i));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The text with every run of characters other than a-z, 0-9 and the apostrophe made one space: what
     * {@code replaceAll("[^a-z0-9']+", " ")} gives, in one pass without a regex.
     */
    static String wordsOnly(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inGap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'') {
                out.append(c);
                inGap = false;
            } else if (!inGap) {
                out.append(' ');
                inGap = true;
            }
        }
        return out.toString();
    }
}
