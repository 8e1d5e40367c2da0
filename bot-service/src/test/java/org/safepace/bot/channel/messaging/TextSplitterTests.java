package org.safepace.bot.channel.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSplitterTests {

    @Test
    void shortTextIsOneMessage() {
        assertThat(TextSplitter.split("  Hello there.  ", 4096)).containsExactly("Hello there.");
    }

    @Test
    void blankTextGivesNoMessage() {
        assertThat(TextSplitter.split(" \n\n ", 4096)).isEmpty();
    }

    @Test
    void splitsOnParagraphBoundariesAndPacksWholeParagraphs() {
        String text = "aaaa aaaa\n\nbbbb bbbb\n\ncccc cccc";
        assertThat(TextSplitter.split(text, 20)).containsExactly("aaaa aaaa\n\nbbbb bbbb", "cccc cccc");
    }

    @Test
    void overLongParagraphFallsBackToLinesThenWords() {
        String text = "first line here\nsecond line here\n\nshort";
        assertThat(TextSplitter.split(text, 16)).containsExactly("first line here", "second line here", "short");
        assertThat(TextSplitter.split("one two three four five", 9)).containsExactly("one two", "three", "four five");
    }

    @Test
    void singleOverLongWordIsCutHardWithoutBreakingASurrogatePair() {
        String emoji = "\uD83D\uDE00"; // one code point, two UTF-16 units
        String text = "abc" + emoji + "def";
        List<String> pieces = TextSplitter.split(text, 4);
        assertThat(pieces).containsExactly("abc", emoji + "de", "f");
        assertThat(String.join("", pieces)).isEqualTo(text);
    }

    @Test
    void everyPieceFitsAndNoWordIsLostInARealisticLongReply() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append("Paragraph ").append(i).append(": ").append("Slow, gentle practice helps. ".repeat(8))
                    .append("\n\n");
        }
        List<String> pieces = TextSplitter.split(text.toString(), 4096);
        assertThat(pieces).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(4096));
        assertThat(pieces).allSatisfy(p -> assertThat(p).startsWith("Paragraph "));
        assertThat(String.join(" ", pieces).split("\\s+"))
                .containsExactly(text.toString().strip().split("\\s+"));
    }

    @Test
    void refusesAMeaninglessLimit() {
        assertThatIllegalArgumentException().isThrownBy(() -> TextSplitter.split("x", 1)).withMessageContaining("1");
    }
}
