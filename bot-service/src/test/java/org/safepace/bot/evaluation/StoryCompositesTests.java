package org.safepace.bot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.safepace.bot.evaluation.StoryCompositeEvaluationIT.Background;
import org.safepace.bot.evaluation.StoryCompositeEvaluationIT.Composite;

/** The metamorphic story evaluation's data and pairing, without the application (StoryCompositeEvaluationIT runs it). */
class StoryCompositesTests {

    private static final PassageRenames.KnownIds ANY = new PassageRenames.KnownIds() {
        @Override
        public boolean hasPassage(String id) {
            return true;
        }

        @Override
        public boolean hasArticle(String id) {
            return true;
        }
    };
    private static final Pattern WORD = Pattern.compile("\\S+");

    @Test
    void twoPoolsOfTwelveBackgroundsThatTellAndAskNothing() {
        List<Background> backgrounds = StoryCompositeEvaluationIT.backgrounds();
        Map<String, Long> byPool = backgrounds.stream().collect(Collectors.groupingBy(Background::pool,
                Collectors.counting()));
        assertThat(byPool).containsExactlyInAnyOrderEntriesOf(Map.of("A", 12L, "B", 12L));
        for (Background b : backgrounds) {
            long words = WORD.matcher(b.text()).results().count();
            assertThat(words).as(b.id()).isBetween(40L, 150L);
            assertThat(b.text()).as(b.id() + " asks nothing").doesNotContain("?");
            assertThat(b.voice()).as(b.id()).isIn("SELF", "PARTNER", "NEUTRAL");
            assertThat(b.id()).startsWith(b.pool());
        }
    }

    @Test
    void eachQuestionGetsBackgroundsOfItsSplitsPoolAndItsVoiceLast() {
        EvaluationSet dev = EvaluationSet.load("dev", PassageRenames.load(), ANY);
        List<EvaluationSet.Case> questions = StoryCompositeEvaluationIT.frozenQuestions(dev);
        assertThat(questions).hasSizeGreaterThan(400).allMatch(StoryCompositeEvaluationIT::qualifies);
        List<Composite> composites = StoryCompositeEvaluationIT.compose(questions,
                StoryCompositeEvaluationIT.backgrounds());
        assertThat(composites).hasSize(questions.size() * StoryCompositeEvaluationIT.PER_QUESTION);
        for (Composite c : composites) {
            assertThat(c.background().pool()).isEqualTo(c.split().equals("tune") ? "A" : "B");
            String audience = c.question().expect().audience();
            assertThat(c.background().voice()).as(c.question().id() + " after " + c.background().id())
                    .isIn("NEUTRAL", audience == null ? "UNKNOWN" : audience);
            assertThat(c.message()).endsWith(c.question().message().strip())
                    .startsWith(c.background().text().strip());
        }
        Set<String> tune = composites.stream().filter(c -> c.split().equals("tune")).map(c -> c.question().id())
                .collect(Collectors.toSet());
        Set<String> check = composites.stream().filter(c -> c.split().equals("check")).map(c -> c.question().id())
                .collect(Collectors.toSet());
        assertThat(tune).doesNotContainAnyElementsOf(check);
        assertThat(StoryCompositeEvaluationIT.compose(questions, StoryCompositeEvaluationIT.backgrounds()))
                .as("seeded: the same pairs every run").isEqualTo(composites);
    }
}
