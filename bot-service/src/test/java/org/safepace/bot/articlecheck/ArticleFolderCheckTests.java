package org.safepace.bot.articlecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepace.bot.articlecheck.ArticleProblem.Severity;

class ArticleFolderCheckTests {

    /** The articles that ship in the jar (the module's working directory is bot-service/). */
    static final Path SHIPPED = Path.of("../knowledge-base/articles");

    static final String GOOD = """
            ---
            id: %s
            title: Reverse Kegels
            audience: self
            topics: [relaxation]
            sources: [seed.txt]
            reviewed: 2026-12-01
            ---
            ## How do I do a reverse Kegel?
            Breathe in and let the pelvic floor soften. Never push through pain.

            Questions: how do i relax down there? | what is a reverse kegel? | how do i let go?
            Sources: seed.txt

            ## How often should I practise?
            A few minutes on most days.

            Sources: seed.txt

            ## What if it hurts?
            - Stop, go back a step, and ask a pelvic health physiotherapist.

            Sources: seed.txt
            """;

    @TempDir
    Path dir;

    @Test
    void noShippedArticleTripsTheToneOrOutboundCheckInAnyLineHeadingsIncluded() throws IOException {
        ArticleFolderCheck.Report report = check(SHIPPED);

        assertThat(report.problems()).filteredOn(p -> p.severity() == Severity.ERROR).isEmpty();
        assertThat(report.articles()).isGreaterThanOrEqualTo(40);
        assertThat(report.passages()).isGreaterThanOrEqualTo(200);
    }

    @Test
    void aWellFormedFolderHasNoProblems() throws IOException {
        write("reverse-kegels.md", GOOD.formatted("reverse-kegels"));

        ArticleFolderCheck.Report report = check(dir);

        assertThat(report.problems()).isEmpty();
        assertThat(report.articles()).isEqualTo(1);
        assertThat(report.passages()).isEqualTo(3);
        assertThat(report.questionHeadings()).isEqualTo(3);
    }

    @Test
    void aHeadingThatQuotesTheToneListIsAnErrorOnItsLineAndAStatementHeadingIsAWarning() throws IOException {
        Path file = write("myths.md", GOOD.formatted("myths")
                .replace("## How often should I practise?", "## Will it happen if I just relax?")
                .replace("## What if it hurts?", "## Practising every day"));

        List<ArticleProblem> problems = check(dir).problems();

        assertThat(problems).extracting(ArticleProblem::toString).containsExactly(
                file + ":15: error: contains 'just relax' from the tone list; a reply with it would be replaced",
                file + ":20: warning: heading is not a question; headings are offered to people as suggestions, "
                        + "so write the question the section answers: 'Practising every day'");
    }

    @Test
    void advisingToPushThroughPainIsAnErrorButWarningAgainstItIsNot() throws IOException {
        Path file = write("pain.md", GOOD.formatted("pain")
                .replace("A few minutes on most days.", "If it stings, push through the pain and keep going."));

        List<ArticleProblem> problems = check(dir).problems();

        // Line 10 says "Never push through pain": advice against it passes both checks.
        assertThat(problems).extracting(ArticleProblem::toString).containsExactly(
                file + ":16: error: contains 'push through' from the tone list; a reply with it would be replaced",
                file + ":16: error: trips the outbound safety check [outbound.push_through_pain]; a reply with it would be replaced");
    }

    @Test
    void aQuestionOrTitleIsCheckedLikeTheText() throws IOException {
        Path file = write("questions.md", GOOD.formatted("questions")
                .replace("title: Reverse Kegels", "title: Get over it")
                .replace("what is a reverse kegel?", "should i just have sex?"));

        assertThat(check(dir).problems()).extracting(ArticleProblem::line, ArticleProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "contains 'get over it' from the tone list; a reply with it would be replaced"),
                org.assertj.core.groups.Tuple.tuple(12, "contains 'just have sex' from the tone list; a reply with it would be replaced"));
        assertThat(file).exists();
    }

    @Test
    void aMalformedArticleIsReportedOnTheLineItIsAbout() throws IOException {
        Path idMismatch = write("wrong-name.md", GOOD.formatted("other-id"));
        Path noSources = write("no-sources.md", GOOD.formatted("no-sources").replace("""
                A few minutes on most days.

                Sources: seed.txt""", "A few minutes on most days."));
        Path unknownKey = write("unknown-key.md", GOOD.formatted("unknown-key").replace("audience: self", "audience: self\nauthor: me"));

        List<ArticleProblem> problems = check(dir).problems();

        assertThat(problems).extracting(ArticleProblem::toString).containsExactlyInAnyOrder(
                noSources + ":15: error: section 'How often should I practise?' must end with a 'Sources: <seed file>' line",
                unknownKey + ":5: error: unknown front-matter key 'author' (allowed: id, title, audience, topics, sources, reviewed)",
                idMismatch + ":2: error: id 'other-id' does not match the file name 'wrong-name.md'");
    }

    @Test
    void theCommandPrintsEachProblemAndASummaryAndExitsOneOnErrors() throws IOException {
        Path file = write("pain.md", GOOD.formatted("pain").replace("## What if it hurts?", "## What if it hurts? Just relax"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = ArticleCheckCommand.run(List.of(dir.toString()), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                file + ":20: warning: heading is not a question; headings are offered to people as suggestions, "
                        + "so write the question the section answers: 'What if it hurts? Just relax'",
                file + ":20: error: contains 'just relax' from the tone list; a reply with it would be replaced",
                "1 articles, 3 passages; 2 of 3 headings are questions; 1 errors, 1 warnings");
    }

    @Test
    void theCommandExitsZeroWhenOnlyWarningsAndTwoOnAUsageProblem() throws IOException {
        write("ok.md", GOOD.formatted("ok").replace("## What if it hurts?", "## When it hurts"));

        assertThat(run(dir.toString())).isZero();
        assertThat(run()).isEqualTo(2);
        assertThat(run(dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(run(dir.toString(), "--verbose")).isEqualTo(2);
    }

    @Test
    void anOperatorsOwnToneListIsUsedWithPrompts() throws IOException {
        write("ok.md", GOOD.formatted("ok"));
        Path prompts = Files.createDirectory(dir.resolveSibling(dir.getFileName() + "-prompts"));
        Files.writeString(prompts.resolve("tone-blocklist.txt"), "# ours\nfew minutes\n");

        assertThat(run(dir.toString(), "--prompts=" + prompts)).isEqualTo(1);
        assertThat(run(dir.toString(), "--prompts=" + dir.resolve("nowhere"))).isEqualTo(2);
    }

    @Test
    void aFolderWithoutArticlesIsAnError() {
        assertThat(check(dir).problems()).extracting(ArticleProblem::message).containsExactly("the folder contains no *.md articles");
    }

    private static ArticleFolderCheck.Report check(Path folder) {
        var tone = org.safepace.bot.wording.ToneCheck.parse(readToneList(), "prompts/tone-blocklist.txt");
        return new ArticleFolderCheck(tone, new org.safepace.bot.safety.OutboundCheck()).check(folder);
    }

    private static String readToneList() {
        try {
            return Files.readString(Path.of("../prompts/tone-blocklist.txt"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int run(String... args) {
        return ArticleCheckCommand.run(List.of(args), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
