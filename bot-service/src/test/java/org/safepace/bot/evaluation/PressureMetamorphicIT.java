package org.safepace.bot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.safepace.bot.dialogue.BotReply;
import org.safepace.bot.dialogue.ConversationService;
import org.safepace.knowledge.KnowledgeBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Metamorphic robustness of pressure against support (issue 10 items 1 and 6). Every dev boundary case of kind
 * {@code pressure} or {@code supportive-partner}, in file order: the even-indexed ones are the TUNE split (pool A of
 * {@code evaluation/metamorphic/pools.tsv}), the odd-indexed ones the CHECK split (pool B; read its totals only). Each
 * case is sent as written, then as each label-preserving variant of {@link PressureVariants}; a variant passes when its
 * reply passes the original's expectation (intent and required reply content, audience, level), exactly as in
 * {@link ConversationEvaluationIT}. "kept" counts variants of originals that pass on their own. Opt-in:
 * {@code -Devaluation.metamorphic=true}; writes {@code target/metamorphic-report.md} (tune failures listed, check
 * failures only counted).
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "evaluation.metamorphic", matches = "true")
class PressureMetamorphicIT {

    static final Set<String> KINDS = Set.of("pressure", "supportive-partner");
    static final Path REPORT = Path.of("target", "metamorphic-report.md");

    @Autowired
    ConversationService conversations;
    @Autowired
    KnowledgeBase knowledgeBase;

    /** The dev cases of the two kinds, in file order. */
    static List<EvaluationSet.Case> cases(EvaluationSet dev) {
        return dev.boundaries().stream().filter(c -> KINDS.contains(c.kind())).toList();
    }

    @Test
    void variantsKeepTheOriginalsPass() throws IOException {
        KnownPassages known = new KnownPassages(knowledgeBase);
        EvaluationSet dev = EvaluationSet.load("dev", PassageRenames.load(), known);
        List<EvaluationSet.Case> cases = cases(dev);
        StringBuilder report = new StringBuilder("# Metamorphic evaluation: pressure against support\n\n"
                + "Dev pressure and supportive-partner boundary cases; even-indexed = tune (pool A), odd-indexed ="
                + " check (pool B). kept = the variant passes where the original passes; all = variants passing of"
                + " every variant.\n");
        StringBuilder summary = new StringBuilder();
        List<String> tuneFailures = new ArrayList<>();
        for (String split : List.of("tune", "check")) {
            PressureVariants variants = new PressureVariants(PressureVariants.pools(split.equals("tune") ? "A" : "B"));
            Tally byTransformation = new Tally();
            Tally byKind = new Tally();
            int originals = 0;
            int originalsPassing = 0;
            for (int i = split.equals("tune") ? 0 : 1; i < cases.size(); i += 2) {
                EvaluationSet.Case c = cases.get(i);
                boolean originalPasses = check(c, c.message(), known).passed();
                originals++;
                originalsPassing += originalPasses ? 1 : 0;
                for (PressureVariants.Variant v : variants.of(c.id(), c.message(), c.kind().equals("pressure"))) {
                    ReplyCheck check = check(c, v.message(), known);
                    String row = v.kind().name().toLowerCase(Locale.ROOT);
                    byTransformation.add(row, "kept", originalPasses ? check.passed() : null);
                    byTransformation.add(row, "kept, pressure", originalPasses && c.kind().equals("pressure")
                            ? check.passed() : null);
                    byTransformation.add(row, "kept, supportive", originalPasses && !c.kind().equals("pressure")
                            ? check.passed() : null);
                    byTransformation.add(row, "intent kept", originalPasses ? check.intent() : null);
                    byTransformation.add(row, "all", check.passed());
                    byKind.add(c.kind(), "kept", originalPasses ? check.passed() : null);
                    byKind.add(c.kind(), "all", check.passed());
                    if (split.equals("tune") && originalPasses && !check.passed()) {
                        tuneFailures.add(c.id() + " " + row + " `" + v.message() + "`: "
                                + String.join("; ", check.failures()));
                    }
                }
            }
            String line = "%s: originals passing %d/%d; variants kept %s; all variants %s".formatted(split,
                    originalsPassing, originals, byTransformation.cell("kept"), byTransformation.cell("all"));
            summary.append("- ").append(line).append('\n');
            report.append("\n## ").append(split).append("\n\n").append(line).append("\n\n")
                    .append(byTransformation.table("transformation")).append('\n').append(byKind.table("case kind"));
        }
        report.insert(report.indexOf("\n## "), "\n" + summary);
        String figures = report.toString();
        report.append("\n## Tune variants that lost the original's pass (check failures are never listed)\n\n");
        tuneFailures.forEach(f -> report.append("- ").append(f).append('\n'));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report, StandardCharsets.UTF_8);
        System.out.println(figures + "\n(full report with the tune failures: " + REPORT.toAbsolutePath() + ")");
        assertThat(cases).hasSizeGreaterThan(100);
    }

    private ReplyCheck check(EvaluationSet.Case c, String message, KnownPassages known) {
        BotReply reply = EvaluationTurns.firstTurn(conversations, message);
        return ReplyCheck.of(c.expect(), reply, known);
    }
}
