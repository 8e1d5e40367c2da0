package org.safepace.bot.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyButtonsTests {

    @Test
    void offersAtMostThreeButtonsWithTitlesWithinTwentyCharacters() {
        List<ReplyButtons.Button> buttons = ReplyButtons.of(List.of(
                "How do I start with dilators?", "Why does it hurt?", "What can my partner do to help?",
                "Is this common?"));
        assertThat(buttons).hasSize(3);
        assertThat(buttons).allSatisfy(b -> assertThat(b.title().length()).isBetween(1, 20));
        assertThat(buttons).extracting(ReplyButtons.Button::title)
                .containsExactly("How do I start with…", "Why does it hurt?", "What can my partner…");
    }

    @Test
    void theButtonIdCarriesTheWholeQuestionBack() {
        ReplyButtons.Button button = ReplyButtons.of(List.of("How do I start with dilators?")).get(0);
        assertThat(button.id().length()).isLessThanOrEqualTo(256);
        assertThat(ReplyButtons.suggestionOf(button.id())).contains("How do I start with dilators?");
        assertThat(ReplyButtons.suggestionOf("some-other-id")).isEmpty();
    }

    @Test
    void titlesStayUniqueWhenShorteningMakesThemEqual() {
        List<ReplyButtons.Button> buttons = ReplyButtons.of(List.of(
                "Tell me more about pelvic floor exercises", "Tell me more about pelvic floor relaxing"));
        assertThat(buttons).extracting(ReplyButtons.Button::title).doesNotHaveDuplicates()
                .allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(20));
    }

    @Test
    void aLongWordIsCutWithAnEllipsisAndBlankSuggestionsAreSkipped() {
        assertThat(ReplyButtons.shorten("Supercalifragilisticexpialidocious", 20)).isEqualTo("Supercalifragilisti…");
        assertThat(ReplyButtons.of(List.of(" ", "   Why?  "))).extracting(ReplyButtons.Button::title)
                .containsExactly("Why?");
    }
}
