package org.safepace.bot.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegexTests {

    @Test
    void consecutiveAlternativesOpeningWithABoundaryShareOneTest() {
        assertThat(Regex.sharedBoundaries("\\bfoo|\\bbar\\b|^baz|\\bqux|\\bquux"))
                .isEqualTo("\\b(?:foo|bar\\b)|^baz|\\b(?:qux|quux)");
        assertThat(Regex.sharedBoundaries("\\b(?:a|b) c|\\bd\\)|[|(]x|\\be"))
                .isEqualTo("\\b(?:(?:a|b) c|d\\))|[|(]x|\\be");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\bfoo", "\\b(?:a|b)", "(?i)\\bfoo|\\bbar", "\\bfoo|(?i)\\bbar|\\bbaz", "\\Q|\\E\\ba|\\bb",
            "[]|]\\ba|\\bb", "\\ba|\\bb)", "\\Bfoo|\\Bbar"})
    void whatItCannotReadSurelyIsLeftAsWritten(String regex) {
        assertThat(Regex.sharedBoundaries(regex)).isEqualTo(regex);
    }

    /** Every match, its groups and which alternative wins are those of the regex as written. */
    @Test
    void matchesExactlyAsWritten() {
        List<String> regexes = List.of(
                "\\bi (?:feel|am) (sad|low)\\b|\\bno point\\b(?! in rushing)|^(?:hi|hey)[!. ]*$|\\b(sad|so)\\b",
                "\\bshe\\b.{0,10}\\bno\\b|\\bno\\b|\\bshe (?:said )?no|(?<=x)\\bno",
                "\\b(\\w+) \\1\\b|\\b[a-z]{2}\\b|\\bé\\w*|\\b\\d+ ?mg\\b");
        String alphabet = "ishe no sad low feel am hi x é 12 mg so , . ! ? 'ab".replace(" ", "");
        Random random = new Random(7);
        for (String regex : regexes) {
            Pattern written = Pattern.compile(regex);
            Pattern shared = Regex.compile(regex);
            assertThat(shared.pattern()).isNotEqualTo(regex);
            for (int n = 0; n < 20_000; n++) {
                String text = randomText(random, alphabet);
                assertThat(matches(shared.matcher(text))).as(regex + " on '" + text + "'")
                        .isEqualTo(matches(written.matcher(text)));
            }
        }
    }

    private static String randomText(Random random, String alphabet) {
        String[] words = {"i", "feel", "sad", "low", "am", "no", "point", "in", "rushing", "she", "said", "hi", "hey",
                "so", "x", "éa", "12", "mg", "ab", "ab"};
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(9);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(4) == 0) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            } else {
                text.append(words[random.nextInt(words.length)]);
            }
            text.append(random.nextInt(5) == 0 ? "" : " ");
        }
        return text.toString();
    }

    private static String matches(Matcher m) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            out.append(m.start()).append('-').append(m.end());
            for (int g = 1; g <= m.groupCount(); g++) {
                out.append('/').append(m.group(g));
            }
            out.append(';');
        }
        return out.toString();
    }
}
