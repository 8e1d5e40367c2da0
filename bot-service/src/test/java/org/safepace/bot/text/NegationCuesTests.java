package org.safepace.bot.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NegationCuesTests {

    @Test
    void wordsRegexMatchesEveryCueAndPrefersTheLongest() {
        Pattern words = Pattern.compile("\\b" + NegationCues.WORDS_REGEX + "\\b");
        for (String cue : NegationCues.WORDS) {
            assertThat(words.matcher(cue).matches()).as(cue).isTrue();
        }
        var m = words.matcher("it's not there");
        assertThat(m.find()).isTrue();
        assertThat(m.group()).isEqualTo("not");
    }

    @Test
    void endsWithCueFindsANegationWithinTheGap() {
        Pattern before = NegationCues.endsWithCue(3);
        assertThat(before.matcher("never ").find()).isTrue();
        assertThat(before.matcher("you should never try to ").find()).isTrue();
        assertThat(before.matcher("instead of ").find()).isTrue();
        assertThat(before.matcher("it is fine to ").find()).isFalse();
        assertThat(before.matcher("never one two three four ").find()).isFalse();
    }
}
