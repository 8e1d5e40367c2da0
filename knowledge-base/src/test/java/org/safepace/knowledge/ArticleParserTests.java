package org.safepace.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleParserTests {

    private static final Path FIXTURES = Path.of("src/test/resources/parser");

    private static Article parse(Path file) throws IOException {
        return ArticleParser.parse(file.toString(), file.getFileName().toString(), Files.readString(file));
    }

    @Test
    void parsesFrontMatterIncludingATitleWithAColonAndACommentedValue() throws IOException {
        Article article = parse(FIXTURES.resolve("valid/reverse-kegels.md"));

        assertThat(article.id()).isEqualTo("reverse-kegels");
        assertThat(article.title()).isEqualTo("Reverse Kegels: learning to let go");
        assertThat(article.audience()).isEqualTo(Audience.SELF);
        assertThat(article.topics()).containsExactly("relaxation", "pelvic-floor", "exercises");
        assertThat(article.sources()).containsExactly("003_a59f5b758b216635.txt", "002_1063aeddd9a9fb19.txt");
        assertThat(article.reviewed()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void eachSectionBecomesAPassageWithASlugIdAndItsSourcesLineStripped() throws IOException {
        Article article = parse(FIXTURES.resolve("valid/reverse-kegels.md"));

        assertThat(article.passages()).extracting(Passage::id).containsExactly(
                "reverse-kegels#why-letting-go-comes-before-squeezing",
                "reverse-kegels#how-do-i-do-a-reverse-kegel",
                "reverse-kegels#how-often");
        Passage first = article.passages().get(0);
        assertThat(first.articleId()).isEqualTo("reverse-kegels");
        assertThat(first.heading()).isEqualTo("Why letting go comes before squeezing");
        assertThat(first.text()).startsWith("A reverse Kegel is a gentle release")
                .endsWith("- Let the muscles soften and drop.")
                .doesNotContain("Sources:").doesNotContain("NOT indexed");
        assertThat(first.sources()).containsExactly("003_a59f5b758b216635.txt");
        assertThat(article.passages().get(1).sources())
                .containsExactly("003_a59f5b758b216635.txt", "002_1063aeddd9a9fb19.txt");
        assertThat(article.passages().get(2).text()).isEqualTo("A few minutes, once or twice a day, is plenty.");
    }

    @Test
    void theQuestionsLineIsParsedOutOfTheSectionAndASectionWithoutOneIsAccepted() throws IOException {
        Article article = parse(FIXTURES.resolve("valid/reverse-kegels.md"));

        Passage first = article.passages().get(0);
        assertThat(first.questions()).containsExactly(
                "Should I squeeze or relax first?", "What is a reverse Kegel?", "Why not start with Kegels?");
        assertThat(first.text()).doesNotContain("Questions:").doesNotContain("squeeze or relax first");
        // With a blank line between the Questions and Sources lines.
        assertThat(article.passages().get(1).questions()).hasSize(4).contains("Do I breathe in or out?");
        assertThat(article.passages().get(1).text()).endsWith("as you breathe out.");
        // An article written before the format had questions still loads.
        assertThat(article.passages().get(2).questions()).isEmpty();
    }

    @Test
    void anOnlyWhenLineBeforeTheQuestionsLineIsParsedOutOfTheSection() {
        String article = """
                ---
                id: healing
                title: Healing
                audience: both
                topics: [abuse]
                sources: [seed.txt]
                reviewed: 2026-12-01
                ---
                ## How can I support her healing?
                Gently, at her pace.

                Only when: abuse | abused | trauma
                Questions: How do I support her healing? | What if she is not ready? | Can love heal her?
                Sources: seed.txt

                ## What helps?
                Time.

                Only when: trauma
                Sources: seed.txt

                ## Where is support?
                Specialist services.

                Sources: seed.txt
                """;
        Article parsed = ArticleParser.parse("healing.md", "healing.md", article);

        assertThat(parsed.passages().get(0).onlyWhen()).containsExactly("abuse", "abused", "trauma");
        assertThat(parsed.passages().get(0).questions()).hasSize(3);
        assertThat(parsed.passages().get(0).text()).isEqualTo("Gently, at her pace.");
        assertThat(parsed.passages().get(1).onlyWhen()).containsExactly("trauma");
        assertThat(parsed.passages().get(1).text()).isEqualTo("Time.");
        assertThat(parsed.passages().get(2).onlyWhen()).isEmpty();
        assertThatThrownBy(() -> ArticleParser.parse("healing.md", "healing.md",
                article.replace("Only when: trauma", "Only when: past trauma")))
                .hasMessageContaining("'Only when:' entry that is not one lowercase word: 'past trauma'");
        assertThatThrownBy(() -> ArticleParser.parse("healing.md", "healing.md",
                article.replace("Time.", "Only when: abuse\nTime.\n")))
                .hasMessageContaining("has an 'Only when:' line that is not just before");
    }

    @Test
    void acceptsWindowsLineEndings() throws IOException {
        Path file = FIXTURES.resolve("valid/reverse-kegels.md");
        String crlf = Files.readString(file).replace("\n", "\r\n");

        Article article = ArticleParser.parse(file.toString(), "reverse-kegels.md", crlf);

        assertThat(article.passages()).hasSize(3);
        assertThat(article.passages().get(2).text()).doesNotContain("\r");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', textBlock = """
            missing-front-matter  | the first line must be '---'
            unclosed-front-matter | not closed by a '---' line
            bad-audience          | audience must be self, partner or both, not 'everyone'
            id-mismatch           | id 'reverse-kegels' does not match the file name 'id-mismatch.md'
            missing-sources-line  | section 'How do I do a reverse Kegel?' must end with a 'Sources: <seed file>' line
            duplicate-heading     | two sections share the heading slug 'how-do-i-do-a-reverse-kegel'
            empty-section         | section 'How do I do a reverse Kegel?' has no text
            deep-heading          | only '##' headings are allowed, found '### A subheading'
            too-few-sections      | needs 3 to 7 '##' sections, found 1
            sources-mismatch      | must equal the union of the sections' Sources lines
            bad-date              | 'reviewed' must be a date like 2026-11-23, not 'last tuesday'
            unknown-key           | unknown front-matter key 'author'
            questions-too-few     | section 'Why letting go comes before squeezing' needs 3 to 8 questions on its 'Questions:' line, found 2
            questions-too-many    | needs 3 to 8 questions on its 'Questions:' line, found 9
            questions-without-question-mark | has a question that does not end with '?': 'reverse Kegels explained'
            questions-empty       | has an empty question on its 'Questions:' line
            questions-misplaced   | section 'Why letting go comes before squeezing' has a 'Questions:' line that is not the line just before its 'Sources:' line
            """)
    void rejectsAMalformedArticleNamingItsPathAndTheReason(String name, String reason) {
        Path file = FIXTURES.resolve("malformed/" + name + ".md");

        assertThatThrownBy(() -> parse(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(reason);
    }

    @Test
    void slugLowercasesAndCollapsesEverythingOutsideLettersAndDigits() {
        assertThat(ArticleParser.slug("Why letting go comes before squeezing")).isEqualTo("why-letting-go-comes-before-squeezing");
        assertThat(ArticleParser.slug("  The 2/10 rule: what's \"comfortable\"?  ")).isEqualTo("the-2-10-rule-what-s-comfortable");
        assertThat(ArticleParser.slug("Sizes & when to move up!")).isEqualTo("sizes-when-to-move-up");
    }
}
