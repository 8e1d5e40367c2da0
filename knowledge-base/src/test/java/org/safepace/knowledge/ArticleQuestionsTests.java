package org.safepace.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The questions a section says it answers ({@code Questions:} lines of the real articles) name what they are about.
 * A bare condition ("what if it hurts?") belongs to every practice step, so on one section it drew every follow-up
 * "and if it hurts?" in any thread to it (a dilator conversation answered from the finger section, dev-c132, dev-c211).
 */
class ArticleQuestionsTests {

    private static final Path ARTICLES = Path.of("articles");
    /** A condition with nothing of its own: "what if it hurts?", "and if it stings?", "what if that hurts". */
    private static final Pattern BARE_CONDITION = Pattern.compile(
            "^(?:and |but |so )?(?:what if|and if|if) (?:it|this|that) (?:hurts|stings|burns|is painful|is sore)\\??$");

    @Test
    void noSectionClaimsABareConditionThatEveryPracticeStepShares() throws IOException {
        List<String> bare = new ArrayList<>();
        try (Stream<Path> files = Files.list(ARTICLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.startsWith("Questions:")) {
                        continue;
                    }
                    for (String question : line.substring("Questions:".length()).split("\\|")) {
                        if (BARE_CONDITION.matcher(question.strip().toLowerCase()).matches()) {
                            bare.add(file.getFileName() + ": " + question.strip());
                        }
                    }
                }
            }
        }
        assertThat(bare).isEmpty();
    }

    @Test
    void theBareConditionPatternHearsWhatItIsFor() {
        assertThat(BARE_CONDITION.matcher("what if it hurts?").matches()).isTrue();
        assertThat(BARE_CONDITION.matcher("what if it hurts when my finger goes in?").matches()).isFalse();
    }
}
