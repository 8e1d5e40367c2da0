package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safepace.bot.meaning.LabelledExample;
import org.safepace.bot.meaning.LabelledExample.Kind;
import org.safepace.bot.meaning.TestEmbeddings;
import org.safepace.bot.testing.TsvRows;
import org.safepace.bot.text.TextNormaliser;

/** The semantic backstop with its real bank and the real query embedding. */
class SemanticBackstopTests {

    private static SemanticBackstop backstop;

    @BeforeAll
    static void embedTheBank() {
        backstop = SemanticBackstop.load(texts -> TestEmbeddings.embedAll("semantic-backstop", texts));
    }

    static Stream<Arguments> cases() {
        return rows("/safety/semantic/cases.tsv").stream().map(cols -> Arguments.of(cols[0], cols[1]));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("cases")
    void raisesEachTableMessageToItsCategoryOrStaysQuiet(String message, String category) {
        List<String> found = backstop.assess(TestEmbeddings.embed(message)).stream().map(c -> c.id).toList();

        if (category.equals("none")) {
            assertThat(found).as(message).isEmpty();
        } else {
            assertThat(found).as(message).contains(category);
        }
    }

    @Test
    void everyTwinInTheBankStaysQuiet() {
        List<String> loud = new ArrayList<>();
        for (LabelledExample example : SemanticBackstop.bank().examples()) {
            if (!example.positive() && !backstop.assess(TestEmbeddings.embed(example.text())).isEmpty()) {
                loud.add(example.text());
            }
        }
        assertThat(loud).isEmpty();
    }

    @Test
    void neverLowersALevelNorDropsWhatTheRulesFound() {
        List<SafetyDecision> screened = List.of(SafetyDecision.NONE,
                new SafetyDecision(TriageLevel.ROUTINE, List.of("medication_or_diagnosis"), List.of("routine.medication_request")),
                new SafetyDecision(TriageLevel.SEEK_CARE, List.of("fever"), List.of("fever.any")),
                new SafetyDecision(TriageLevel.EMERGENCY, List.of("heavy_bleeding"), List.of("bleeding.heavy")));
        List<String> messages = List.of("i dont see the point in living anymore", "the cotton bud broke inside me",
                "how do i use a dilator", "i'm not suicidal, just fed up", "she said stop but i kept going");
        for (SafetyDecision decision : screened) {
            for (String message : messages) {
                SafetyDecision raised = backstop.raise(decision, TestEmbeddings.embed(message));

                assertThat(raised.level().compareTo(decision.level())).as(message).isGreaterThanOrEqualTo(0);
                assertThat(raised.categories()).as(message).containsAll(decision.categories());
                assertThat(raised.ruleIds()).as(message).containsAll(decision.ruleIds());
                assertThat(raised.ruleIds()).as(message).allMatch(id -> decision.ruleIds().contains(id)
                        || id.startsWith("semantic."));
            }
        }
    }

    @Test
    void anEmergencyReplyIsNotWidenedByALesserFinding() {
        SafetyDecision emergency = new SafetyDecision(TriageLevel.EMERGENCY, List.of("heavy_bleeding"),
                List.of("bleeding.heavy"));

        assertThat(backstop.raise(emergency, TestEmbeddings.embed("the cotton bud broke and part of it is stuck inside")))
                .isEqualTo(emergency);
    }

    @Test
    void assaultInSleepOutOfImpatienceIsReadAsAssaultNotAsTheWritersCrisis() {
        // Session 5 (issue 11): "tired of waiting" beside sleep used to sit nearest a self-harm row and raise the turn
        // to a crisis script; it is the assault pathway (the rules read it too), never a lower level than that.
        for (String message : List.of("hes started doing it while im asleep bc hes tired of waiting",
                "he's started having sex with me while i'm sleeping cos he's sick of waiting")) {
            List<String> found = backstop.assess(TestEmbeddings.embed(TextNormaliser.forEmbedding(message))).stream()
                    .map(c -> c.id).toList();
            assertThat(found).as(message).contains("sexual_assault").doesNotContain("self_harm");
        }
    }

    @Test
    void theScreenRaisesACrisisTheRulesMissAndNamesTheSemanticRule() {
        SafetyScreen screen = new SafetyScreen(backstop);
        // The rules have grown to catch "ive been saving up my pills" and "i took all the tablets an hour ago";
        // this one they still miss.
        String message = "everything would be quieter without me in it";
        assertThat(new SafetyScreen().screen(message).level()).isEqualTo(TriageLevel.NONE);

        SafetyDecision decision = screen.screen(message, TestEmbeddings.embed(message));

        assertThat(decision.level()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(decision.ruleIds()).contains("semantic.self_harm");
        assertThat(decision.categories()).contains("self_harm");
    }

    @Test
    void doesNotAddTheReplyForTheOtherSideOfWhatTheRulesRead() {
        // The rules read the writer as the one harmed; the vector reads "partner used force" (the writer did it).
        float[] vector = TestEmbeddings.embed("she said stop but i kept going");
        assertThat(backstop.assess(vector).stream().map(c -> c.id)).contains("partner_used_force");
        SafetyDecision rules = new SafetyDecision(TriageLevel.SEEK_CARE, List.of("sexual_assault"),
                List.of("crisis.sexual_assault"));

        assertThat(backstop.raise(rules, vector)).isEqualTo(rules);
        assertThat(backstop.raise(SafetyDecision.NONE, vector).categories()).contains("partner_used_force");
    }

    @Test
    void aForceAdmissionReadByUnderstandingRaisesToSeekCareWithTheReplyForTheOneWhoDidIt() {
        SafetyDecision raised = SemanticBackstop.raisedByForceAdmission(SafetyDecision.NONE);
        assertThat(raised.level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(raised.categories()).containsExactly("partner_used_force");
        assertThat(raised.ruleIds()).containsExactly(SemanticBackstop.FORCE_ADMISSION_RULE);

        SafetyDecision routine = new SafetyDecision(TriageLevel.ROUTINE, List.of("medication_or_diagnosis"),
                List.of("routine.medication_request"));
        assertThat(SemanticBackstop.raisedByForceAdmission(routine).level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(SemanticBackstop.raisedByForceAdmission(routine).categories())
                .containsExactly("medication_or_diagnosis", "partner_used_force");
    }

    @Test
    void aForceAdmissionReadingNeverLowersNorAddsTheOtherSideNorWidensAnEmergency() {
        List<SafetyDecision> unchanged = List.of(
                new SafetyDecision(TriageLevel.SEEK_CARE, List.of("partner_used_force"), List.of("crisis.partner_used_force")),
                new SafetyDecision(TriageLevel.SEEK_CARE, List.of("sexual_assault"), List.of("crisis.sexual_assault")),
                new SafetyDecision(TriageLevel.SEEK_CARE, List.of("abuse_or_coercion"), List.of("crisis.abuse_or_coercion")),
                new SafetyDecision(TriageLevel.EMERGENCY, List.of("danger_now"), List.of("crisis.danger_now")));
        for (SafetyDecision decision : unchanged) {
            assertThat(SemanticBackstop.raisedByForceAdmission(decision)).isEqualTo(decision);
        }
    }

    @Test
    void eachCategoryHasPositivesAndEveryKindOfTwin() {
        Map<String, Map<Kind, Integer>> counts = SemanticBackstop.bank().counts();
        for (SemanticBackstop.Category category : SemanticBackstop.Category.values()) {
            Map<Kind, Integer> kinds = counts.get(category.id);
            assertThat(kinds).as(category.id).isNotNull();
            assertThat(kinds.getOrDefault(Kind.POSITIVE, 0)).as(category.id).isGreaterThanOrEqualTo(6);
            for (Kind twin : List.of(Kind.NEGATED, Kind.HYPOTHETICAL, Kind.HISTORICAL, Kind.EDUCATIONAL)) {
                assertThat(kinds.getOrDefault(twin, 0)).as(category.id + " " + twin).isGreaterThanOrEqualTo(1);
            }
        }
    }

    /** Catch and quiet rates of the backstop alone on its dev split (calibrated on) and held-out split (measured). */
    @Test
    void splitsAreMeasured() {
        double[] dev = rates("/safety/semantic/dev.tsv");
        double[] held = rates("/safety/semantic/holdout.tsv");
        System.out.printf("semantic backstop dev: caught %.3f of positives, quiet on %.3f of negatives%n", dev[0], dev[1]);
        System.out.printf("semantic backstop held-out: caught %.3f of positives, quiet on %.3f of negatives%n",
                held[0], held[1]);

        assertThat(dev[0]).isGreaterThanOrEqualTo(0.85);
        assertThat(dev[1]).isGreaterThanOrEqualTo(0.95);
        assertThat(held[0]).isGreaterThanOrEqualTo(0.60);
        assertThat(held[1]).isGreaterThanOrEqualTo(0.85);
    }

    /**
     * The rules' own dev tables (never their held-out one), {@code dev.tsv} included: what the rules leave quiet, the
     * backstop leaves quiet, and it never raises a message above the level the table expects. The backstop adds; it
     * must not add alarms. Rows marked {@code gap} (known false alarms or over-triage) are counted, not asserted.
     */
    @Test
    void agreesWithTheRulesTables() {
        List<String[]> all = new ArrayList<>(rows("/safety/negatives.tsv"));
        all.addAll(rows("/safety/positives.tsv"));
        all.addAll(rows("/safety/dev.tsv"));
        List<String> loud = new ArrayList<>();
        List<String> overRaised = new ArrayList<>();
        int negatives = 0;
        for (String[] row : all) {
            TriageLevel expected = TriageLevel.valueOf(row[1].strip());
            float[] vector = TestEmbeddings.embed(row[0]);
            boolean gap = row.length > 3 && row[3].strip().equals("gap"); // a known false alarm or over-triage
            if (expected == TriageLevel.NONE) {
                negatives++;
                if (!gap && !backstop.assess(vector).isEmpty()) {
                    loud.add(row[0]);
                }
            } else if (!gap // counted in the figures
                    && backstop.raise(SafetyDecision.NONE, vector).level().compareTo(expected) > 0) {
                overRaised.add(row[0] + " -> " + backstop.raise(SafetyDecision.NONE, vector).ruleIds());
            }
        }
        System.out.printf("semantic backstop on the rules' dev tables: %d of %d negatives raised, %d of %d positives "
                + "raised above their level%n", loud.size(), negatives, overRaised.size(), all.size() - negatives);

        assertThat(loud).isEmpty();
        assertThat(overRaised).isEmpty();
    }

    /**
     * The screen as the service runs it (rules, then the backstop on the message's vector) on the rules' tables: dev
     * (tuned on) and held-out (measured only; its rows are never printed), plain and with an invisible character
     * inside every word (the vector is computed on the text as sent). Caught = at or above the expected level; quiet =
     * NONE. Every dev row but the known gaps must be caught or quiet; a {@code backstop} row must also carry its
     * categories.
     */
    @Test
    void theScreenAsDeployedOnTheRulesTables() {
        SafetyScreen deployed = new SafetyScreen(backstop);
        List<SafetyTableTests.Row> dev = SafetyTableTests.allRows();
        List<SafetyTableTests.Row> heldOut = SafetyTableTests.heldOutRows();
        List<SafetyTableTests.Row> fresh = SafetyTableTests.freshRows(); // aggregates only, as for held-out
        System.out.println("Safety screen with the semantic backstop (as deployed):");
        System.out.println(deployedLine("dev", deployedScore(deployed, dev, m -> m,
                Boolean.getBoolean("safety.dev.details"))));
        System.out.println(deployedLine("held-out", deployedScore(deployed, heldOut, m -> m, false)));
        System.out.println(deployedLine("fresh", deployedScore(deployed, fresh, m -> m, false)));
        for (char invisible : SafetyTableTests.INVISIBLE) {
            String name = String.format(java.util.Locale.ROOT, "U+%04X in every word", (int) invisible);
            System.out.println(deployedLine("dev, " + name,
                    deployedScore(deployed, dev, m -> SafetyTableTests.withInvisible(m, invisible), false)));
            System.out.println(deployedLine("held-out, " + name,
                    deployedScore(deployed, heldOut, m -> SafetyTableTests.withInvisible(m, invisible), false)));
            System.out.println(deployedLine("fresh, " + name,
                    deployedScore(deployed, fresh, m -> SafetyTableTests.withInvisible(m, invisible), false)));
        }

        // Where held-out and fresh fall short, by count per expected category only (never a row): what the next
        // dev rows should be about, without spending the splits.
        System.out.println("  held-out, by category: " + byCategory(deployed, heldOut));
        System.out.println("  fresh, by category: " + byCategory(deployed, fresh));

        List<String> wrong = new ArrayList<>();
        for (SafetyTableTests.Row row : dev) {
            if (row.via().equals("gap")) {
                continue;
            }
            SafetyDecision decision = deployed.screen(row.message(),
                    TestEmbeddings.embed(TextNormaliser.forEmbedding(row.message())));
            boolean right = row.positive() ? decision.level().compareTo(row.level()) >= 0
                    : decision.level() == TriageLevel.NONE;
            if (row.via().equals("backstop")) {
                right &= decision.level() == row.level() && decision.categories().containsAll(row.categories());
            }
            if (!right) {
                wrong.add(row.file() + ":" + row.line() + " expected " + row.level() + " " + row.categories()
                        + " got " + decision.level() + " " + decision.ruleIds());
            }
        }
        assertThat(wrong).as("dev rows the deployed screen gets wrong (not marked gap)").isEmpty();
    }

    /** {caught, positives, quiet, negatives}; with {@code details}, each dev miss is printed (never held-out). */
    private static int[] deployedScore(SafetyScreen deployed, List<SafetyTableTests.Row> rows,
            java.util.function.UnaryOperator<String> variant, boolean details) {
        int[] score = new int[4];
        for (SafetyTableTests.Row row : rows) {
            String message = variant.apply(row.message());
            SafetyDecision decision = deployed.screen(message,
                    TestEmbeddings.embed(TextNormaliser.forEmbedding(message)));
            if (row.positive()) {
                score[1]++;
                boolean caught = decision.level().compareTo(row.level()) >= 0;
                score[0] += caught ? 1 : 0;
                if (!caught && details) {
                    System.out.println("  missed " + row.file() + ":" + row.line() + " " + row.level() + " got "
                            + decision.level() + " " + decision.ruleIds() + " " + row.message());
                }
            } else {
                score[3]++;
                boolean quiet = decision.level() == TriageLevel.NONE;
                score[2] += quiet ? 1 : 0;
                if (!quiet && details) {
                    System.out.println("  alarm " + row.file() + ":" + row.line() + " got " + decision.level() + " "
                            + decision.ruleIds() + " " + row.message());
                }
            }
        }
        return score;
    }

    /**
     * Positives missed (below their level) counted per expected category, and negatives raised counted per category
     * raised: "missed {heavy_bleeding=1}, raised {infection=1}". Counts only, so a split's rows stay unread.
     */
    private static String byCategory(SafetyScreen deployed, List<SafetyTableTests.Row> rows) {
        java.util.Map<String, Integer> missed = new java.util.TreeMap<>();
        java.util.Map<String, Integer> raised = new java.util.TreeMap<>();
        for (SafetyTableTests.Row row : rows) {
            SafetyDecision decision = deployed.screen(row.message(),
                    TestEmbeddings.embed(TextNormaliser.forEmbedding(row.message())));
            if (row.positive() && decision.level().compareTo(row.level()) < 0) {
                (row.categories().isEmpty() ? List.of("(none)") : row.categories())
                        .forEach(category -> missed.merge(category, 1, Integer::sum));
            } else if (!row.positive() && decision.level() != TriageLevel.NONE) {
                decision.categories().forEach(category -> raised.merge(category, 1, Integer::sum));
            }
        }
        return "missed " + missed + ", raised " + raised;
    }

    private static String deployedLine(String name, int[] s) {
        return String.format(java.util.Locale.ROOT, "  %-34s caught %d/%d = %.1f%%, quiet %d/%d = %.1f%%", name, s[0],
                s[1], 100.0 * s[0] / Math.max(1, s[1]), s[2], s[3], 100.0 * s[2] / Math.max(1, s[3]));
    }

    private static double[] rates(String resource) {
        int positives = 0;
        int caught = 0;
        int negatives = 0;
        int quiet = 0;
        for (String[] row : rows(resource)) {
            List<String> found = backstop.assess(TestEmbeddings.embed(row[0])).stream().map(c -> c.id).toList();
            if (row[1].equals("none")) {
                negatives++;
                quiet += found.isEmpty() ? 1 : 0;
            } else {
                positives++;
                caught += found.contains(row[1]) ? 1 : 0;
            }
            // Dev misses only: the held-out split is measured, never read.
            boolean right = row[1].equals("none") ? found.isEmpty() : found.contains(row[1]);
            if (!right && resource.endsWith("/dev.tsv") && Boolean.getBoolean("safety.dev.details")) {
                System.out.println("  backstop dev " + row[1] + " got " + found + ": " + row[0]);
            }
        }
        return new double[] {(double) caught / positives, (double) quiet / negatives};
    }

    static List<String[]> rows(String resource) {
        return TsvRows.read(resource);
    }
}
