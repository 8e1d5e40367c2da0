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

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9']+");

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
        String normalised = NOT_WORD.matcher(TextNormaliser.forMatching(reply)).replaceAll(" ");
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
}
