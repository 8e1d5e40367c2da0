package org.safepace.bot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.safepace.bot.dialogue.BotReply;
import org.safepace.bot.dialogue.Channel;
import org.safepace.bot.dialogue.ConversationService;
import org.safepace.bot.dialogue.IncomingMessage;
import org.safepace.bot.dialogue.AudienceHint;
import org.safepace.bot.retrieval.GuidanceRetriever;
import org.safepace.knowledge.KnowledgeBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The metamorphic story evaluation: a dev question that the application answers right on its own should still be
 * answered right when it comes last after a story that names other topics of the guidance and asks nothing (a painful
 * physio visit, tampons, family asking about babies, shame). The backgrounds are a reviewed data file
 * ({@code evaluation/composites/backgrounds.tsv}, two disjoint pools); the questions are the frozen list
 * {@code evaluation/composites/questions.txt} (dev questions of the kinds short, texting, typo, nonnative and partner,
 * no red flag, with expected passages and key facts, answered right alone on the code at the list's commit). The
 * even-indexed questions go with pool A (the tune split), the odd-indexed with pool B (the check split: tune on its
 * totals only). Each question gets {@link #PER_QUESTION} backgrounds of its own voice or a neutral one, chosen by a
 * seeded shuffle, and keeps its own labels. The figures are the composites' against the same questions alone (the
 * story penalty), written to {@code target/composite-report.md}.
 *
 * <p>Opt-in (about two minutes): {@code -Devaluation.composites=true}. {@code -Devaluation.composites.dump=true} also
 * writes every tune-split composite that fails to {@code target/composite-tune-failures.md} (never the check split's);
 * {@code -Devaluation.composites.select=true} writes the dev questions that qualify on the current code to
 * {@code target/composite-questions.txt} (to refresh the frozen list, on unchanged code only).
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "evaluation.composites", matches = "true")
class StoryCompositeEvaluationIT {

    static final Set<String> KINDS = Set.of("short", "texting", "typo", "nonnative", "partner");
    static final int PER_QUESTION = 2;
    static final long SEED = 11L;
    static final Path REPORT = Path.of("target", "composite-report.md");
    static final Path TUNE_FAILURES = Path.of("target", "composite-tune-failures.md");
    static final Path SELECTED = Path.of("target", "composite-questions.txt");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?]$");

    /** One background paragraph: its pool (A tune, B check) and whose voice it is written in. */
    record Background(String id, String pool, String voice, String text) {
    }

    /** A composite: a background, then the question as the last sentence, with the question's own labels. */
    record Composite(String split, Background background, EvaluationSet.Case question) {
        String message() {
            String story = background.text().strip();
            return (ENDS_SENTENCE.matcher(story).matches() ? story : story + ".") + " " + question.message().strip();
        }
    }

    @Autowired
    ConversationService conversations;
    @Autowired
    GuidanceRetriever retriever;
    @Autowired
    KnowledgeBase knowledgeBase;

    @Test
    void aQuestionAfterAStoryIsAnsweredAsItIsAlone() throws IOException {
        KnownPassages known = new KnownPassages(knowledgeBase);
        EvaluationSet dev = EvaluationSet.load("dev", PassageRenames.load(), known);
        List<Background> backgrounds = backgrounds();
        StringBuilder report = new StringBuilder("# Story composites (metamorphic evaluation)\n\n");

        report.append(backgroundsAlone(backgrounds));
        if (Boolean.getBoolean("evaluation.composites.select")) {
            Files.createDirectories(SELECTED.getParent());
            Files.writeString(SELECTED, String.join("\n", selectable(dev, known)) + "\n", StandardCharsets.UTF_8);
            Files.writeString(REPORT, report, StandardCharsets.UTF_8);
            System.out.println(report);
            return;
        }

        List<EvaluationSet.Case> questions = frozenQuestions(dev);
        List<Composite> composites = compose(questions, backgrounds);
        Tally alone = new Tally();
        Tally inStory = new Tally();
        Tally byBackground = new Tally();
        Map<String, int[]> pairs = new LinkedHashMap<>(); // split -> alone right & composite wrong, the reverse
        StringBuilder tuneFailures = new StringBuilder("# Tune-split composites answered wrong\n\n");
        Map<String, QuestionScore> aloneScores = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            EvaluationSet.Case q = questions.get(i);
            QuestionScore score = QuestionScore.of(q, q.message(), conversations, retriever, known);
            aloneScores.put(q.id(), score);
        }
        for (Composite composite : composites) {
            QuestionScore single = aloneScores.get(composite.question().id());
            single.addTo(alone, composite.split());
            QuestionScore score = QuestionScore.of(composite.question(), composite.message(), conversations,
                    retriever, known);
            score.addTo(inStory, composite.split());
            score.addTo(byBackground, composite.background().id() + " " + composite.background().voice());
            int[] moved = pairs.computeIfAbsent(composite.split(), s -> new int[2]);
            moved[0] += single.answered() && !score.answered() ? 1 : 0;
            moved[1] += !single.answered() && score.answered() ? 1 : 0;
            if (composite.split().equals("tune") && !score.answered()) {
                tuneFailures.append(failure(composite, single, score));
            }
        }
        report.append("%d questions (%d tune, %d check), %d composites (%d backgrounds a question, seed %d)\n\n"
                .formatted(questions.size(), (questions.size() + 1) / 2, questions.size() / 2, composites.size(),
                        PER_QUESTION, SEED))
                .append("## The questions alone (each counted once per composite)\n\n").append(alone.table("split"))
                .append("\n## The same questions after a story\n\n").append(inStory.table("split"))
                .append("\n## Right facts lost and gained by the story\n\n| split | lost | gained |\n|---|---:|---:|\n");
        pairs.forEach((split, moved) -> report.append("| ").append(split).append(" | ").append(moved[0])
                .append(" | ").append(moved[1]).append(" |\n"));
        report.append("\n## After a story, by background (both splits; a background belongs to one split)\n\n")
                .append(byBackground.table("background"));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("evaluation.composites.dump")) {
            Files.writeString(TUNE_FAILURES, tuneFailures, StandardCharsets.UTF_8);
        }
        System.out.println(report + "\n(report: " + REPORT.toAbsolutePath() + ")");

        assertThat(composites).as("composites").hasSizeGreaterThan(200);
        assertThat(inStory.rate("right facts")).as("composites answered with the right facts").isGreaterThan(0.4);
    }

    /** What each background alone is read as: a story that asks nothing should raise no red flag. */
    private String backgroundsAlone(List<Background> backgrounds) {
        StringBuilder out = new StringBuilder("## Each background alone\n\n"
                + "| background | voice | intent | audience | level | sources |\n|---|---|---|---|---|---|\n");
        for (Background b : backgrounds) {
            BotReply reply = conversations.reply(new IncomingMessage(null, b.text(), AudienceHint.UNKNOWN,
                    Channel.WEB, "en"));
            out.append("| ").append(b.id()).append(" | ").append(b.voice()).append(" | ").append(reply.intent())
                    .append(" | ").append(reply.audience()).append(" | ").append(reply.triage().level())
                    .append(" | ").append(reply.sources().stream().map(s -> s.articleId() + "#" + s.section())
                            .limit(1).toList()).append(" |\n");
            conversations.forget(reply.sessionId());
        }
        return out.append('\n').toString();
    }

    /** The dev questions that qualify on the code as it is: of a non-story kind, no red flag, answered right alone. */
    private List<String> selectable(EvaluationSet dev, KnownPassages known) {
        List<String> ids = new ArrayList<>();
        for (EvaluationSet.Case q : dev.questions()) {
            if (!qualifies(q)) {
                continue;
            }
            QuestionScore score = QuestionScore.of(q, q.message(), conversations, retriever, known);
            if (score.passed() && Boolean.TRUE.equals(score.check().passageAt1())) {
                ids.add(q.id());
            }
        }
        return ids;
    }

    static boolean qualifies(EvaluationSet.Case q) {
        boolean redFlag = q.expect().level() != null && q.expect().level().redFlag();
        return KINDS.contains(q.kind()) && !redFlag && !q.expect().passages().isEmpty()
                && !q.expect().keyFacts().isEmpty();
    }

    /** The frozen questions, in the file's order (even index: tune, odd: check). */
    static List<EvaluationSet.Case> frozenQuestions(EvaluationSet dev) {
        Map<String, EvaluationSet.Case> byId = new LinkedHashMap<>();
        dev.questions().forEach(q -> byId.put(q.id(), q));
        return lines("/evaluation/composites/questions.txt").stream()
                .map(id -> Objects.requireNonNull(byId.get(id), "no dev question " + id)).toList();
    }

    /** Each question with {@link #PER_QUESTION} backgrounds of its split's pool whose voice agrees with its audience. */
    static List<Composite> compose(List<EvaluationSet.Case> questions, List<Background> backgrounds) {
        List<Composite> out = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            EvaluationSet.Case q = questions.get(i);
            String split = i % 2 == 0 ? "tune" : "check";
            String pool = i % 2 == 0 ? "A" : "B";
            String audience = q.expect().audience() == null ? "UNKNOWN" : q.expect().audience();
            List<Background> fitting = new ArrayList<>(backgrounds.stream()
                    .filter(b -> b.pool().equals(pool))
                    .filter(b -> b.voice().equals("NEUTRAL") || b.voice().equals(audience)).toList());
            Collections.shuffle(fitting, new Random(SEED * 31 + q.id().hashCode()));
            fitting.stream().limit(PER_QUESTION).forEach(b -> out.add(new Composite(split, b, q)));
        }
        return out;
    }

    static List<Background> backgrounds() {
        List<Background> out = new ArrayList<>();
        for (String line : lines("/evaluation/composites/backgrounds.tsv")) {
            String[] f = line.split("\t", -1);
            if (f.length != 4) {
                throw new IllegalArgumentException("backgrounds.tsv: expected 4 columns in " + line);
            }
            out.add(new Background(f[0], f[1], f[2], f[3]));
        }
        return out;
    }

    private static String failure(Composite composite, QuestionScore single, QuestionScore score) {
        return "### " + composite.question().id() + " after " + composite.background().id() + "\n\n> "
                + composite.message() + "\n\nexpected " + composite.question().expect().passages()
                + "\nalone cited " + single.reply().sources().stream().map(s -> s.articleId() + "#" + s.section())
                .toList() + "\nstory cited " + score.reply().sources().stream()
                .map(s -> s.articleId() + "#" + s.section()).toList() + ", retriever " + score.retrieved()
                + ", audience " + score.reply().audience() + ", intent " + score.reply().intent() + ", level "
                + score.reply().triage().level() + "\nfailures " + score.check().failures() + "\n\n"
                + score.reply().text() + "\n\n";
    }

    private static List<String> lines(String resource) {
        InputStream in = StoryCompositeEvaluationIT.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return out;
    }
}
