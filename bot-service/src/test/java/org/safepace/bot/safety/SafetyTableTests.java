package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The triage tables: every message in {@code safety/positives.tsv} and {@code safety/negatives.tsv} must get exactly
 * its expected level and categories. Prints sensitivity and specificity over the whole table.
 */
class SafetyTableTests {

    /** Every category the screen can raise; each must have positives in the table. */
    static final Set<String> CATEGORIES = Set.of("bleeding", "heavy_bleeding", "fainting", "sudden_severe_pain", "fever",
            "infection", "escalating_pain", "severe_pain", "persistent_pain", "moderate_pain", "prolapse", "self_harm",
            "danger_now", "sexual_assault", "abuse_or_coercion", "condition_without_care", "no_progress",
            "medication_or_diagnosis");

    private final SafetyScreen screen = new SafetyScreen();

    record Row(String file, int line, String message, TriageLevel level, Set<String> categories) {
        boolean positive() {
            return level != TriageLevel.NONE;
        }
    }

    static List<Row> rows(String file) {
        try (InputStream in = SafetyTableTests.class.getResourceAsStream("/safety/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource safety/" + file);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].replace("\r", "");
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 2) {
                    throw new IllegalStateException(file + ":" + (i + 1) + " needs message<TAB>level<TAB>categories");
                }
                Set<String> categories = cols.length > 2 && !cols[2].isBlank()
                        ? new TreeSet<>(Arrays.asList(cols[2].trim().split("\\s*,\\s*"))) : new TreeSet<>();
                rows.add(new Row(file, i + 1, cols[0], TriageLevel.valueOf(cols[1].trim()), categories));
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read safety/" + file, e);
        }
    }

    static List<Row> allRows() {
        List<Row> all = new ArrayList<>(rows("positives.tsv"));
        all.addAll(rows("negatives.tsv"));
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyRowGetsItsExpectedLevelAndCategories() {
        return allRows().stream().map(row -> DynamicTest.dynamicTest(row.file() + ":" + row.line() + " " + row.message(),
                () -> {
                    SafetyDecision decision = screen.screen(row.message());
                    assertThat(decision.level()).as("level for: %s (rules %s)", row.message(), decision.ruleIds())
                            .isEqualTo(row.level());
                    assertThat(new TreeSet<>(decision.categories())).as("categories for: %s", row.message())
                            .isEqualTo(row.categories());
                }));
    }

    @Test
    void tableIsLargeEnoughAndCoversEveryCategory() {
        List<Row> positives = rows("positives.tsv");
        List<Row> negatives = rows("negatives.tsv");
        assertThat(positives).allMatch(Row::positive);
        assertThat(negatives).noneMatch(Row::positive);
        assertThat(positives.size()).isGreaterThanOrEqualTo(110);
        assertThat(negatives.size()).isGreaterThanOrEqualTo(110);
        assertThat(positives.size() + negatives.size()).isGreaterThanOrEqualTo(260);
        Set<String> covered = new TreeSet<>();
        positives.forEach(row -> covered.addAll(row.categories()));
        assertThat(covered).containsAll(CATEGORIES);
        assertThat(CATEGORIES).containsAll(covered);
    }

    @Test
    void printsSensitivityAndSpecificityAndEveryRowPasses() {
        List<Row> all = allRows();
        int truePositive = 0;
        int exactPositive = 0;
        int positives = 0;
        int trueNegative = 0;
        int negatives = 0;
        List<String> failures = new ArrayList<>();
        for (Row row : all) {
            SafetyDecision decision = screen.screen(row.message());
            boolean exact = decision.level() == row.level() && new TreeSet<>(decision.categories()).equals(row.categories());
            if (row.positive()) {
                positives++;
                if (decision.level() != TriageLevel.NONE) {
                    truePositive++;
                }
                if (exact) {
                    exactPositive++;
                }
            } else {
                negatives++;
                if (decision.level() == TriageLevel.NONE) {
                    trueNegative++;
                }
            }
            if (!exact) {
                failures.add(row.file() + ":" + row.line() + " expected " + row.level() + " " + row.categories()
                        + " got " + decision.level() + " " + decision.categories() + " " + decision.ruleIds());
            }
        }
        System.out.printf("Safety table: %d positives, %d negatives%n", positives, negatives);
        System.out.printf("  sensitivity (flagged / positives): %d/%d = %.1f%%%n", truePositive, positives,
                100.0 * truePositive / positives);
        System.out.printf("  exact level and categories on positives: %d/%d = %.1f%%%n", exactPositive, positives,
                100.0 * exactPositive / positives);
        System.out.printf("  specificity (NONE / negatives): %d/%d = %.1f%%%n", trueNegative, negatives,
                100.0 * trueNegative / negatives);
        assertThat(failures).as("rows that do not match the table").isEmpty();
    }
}
