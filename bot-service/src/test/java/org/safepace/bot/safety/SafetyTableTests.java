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
 * The triage tables. Dev ({@code positives.tsv}, {@code negatives.tsv}, {@code dev.tsv}): every message must get
 * exactly its expected level and categories, and every positive must still be caught with an invisible character
 * inside its words. Held-out ({@code heldout.tsv}, written before tuning and never tuned on): measured, not asserted
 * row by row; the catch rate (positives at or above their level) and quiet rate (negatives left at NONE) are printed
 * for dev and held-out separately, plain and with invisible characters. Fresh ({@code fresh.tsv}, written later by an
 * author who read neither the screen, its lexicons nor the other tables; never tuned on): the same aggregates,
 * never listed row by row; only the invisible-character parity and a loose floor are asserted.
 */
class SafetyTableTests {

    /** Every category the screen can raise; each must have positives in the table. */
    static final Set<String> CATEGORIES = Set.of("bleeding", "heavy_bleeding", "fainting", "sudden_severe_pain", "fever",
            "infection", "escalating_pain", "severe_pain", "persistent_pain", "moderate_pain", "prolapse", "self_harm",
            "danger_now", "sexual_assault", "abuse_or_coercion", "condition_without_care", "no_progress",
            "medication_or_diagnosis", "past_sexual_assault", "partner_used_force", "pregnancy", "after_procedure",
            "stuck_inside", "allergic_reaction");

    private final SafetyScreen screen = new SafetyScreen();

    /**
     * One table row. {@code via} (an optional fourth column) says who answers it: empty = the rules, exactly;
     * {@code backstop} = the rules miss it and the semantic backstop on the vector must raise it (asserted in
     * SemanticBackstopTests); {@code gap} = a known miss or false alarm of the screen as deployed, waiting for a rule
     * change: counted in every figure, not asserted.
     */
    record Row(String file, int line, String message, TriageLevel level, Set<String> categories, String via) {
        boolean positive() {
            return level != TriageLevel.NONE;
        }

        boolean byRules() {
            return via.isEmpty();
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
                String via = cols.length > 3 ? cols[3].trim() : "";
                if (!List.of("", "backstop", "gap").contains(via)) {
                    throw new IllegalStateException(file + ":" + (i + 1) + ": fourth column must be backstop or gap");
                }
                rows.add(new Row(file, i + 1, cols[0], TriageLevel.valueOf(cols[1].trim()), categories, via));
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read safety/" + file, e);
        }
    }

    /** The dev rows: tuned on freely. */
    static List<Row> allRows() {
        List<Row> all = new ArrayList<>(rows("positives.tsv"));
        all.addAll(rows("negatives.tsv"));
        all.addAll(rows("dev.tsv"));
        return all;
    }

    /** The held-out rows: never tuned on. */
    static List<Row> heldOutRows() {
        return rows("heldout.tsv");
    }

    /** The fresh rows: never tuned on, never read while tuning; aggregates only. */
    static List<Row> freshRows() {
        return rows("fresh.tsv");
    }

    /** Zero-width space, soft hyphen and zero-width joiner: one of them inside every word of four letters or more. */
    static final char[] INVISIBLE = {'\u200B', '\u00AD', '\u200D'};

    static String withInvisible(String message, char invisible) {
        StringBuilder out = new StringBuilder(message.length() + 32);
        int wordStart = -1;
        for (int i = 0; i <= message.length(); i++) {
            boolean letter = i < message.length() && Character.isLetter(message.charAt(i));
            if (letter && wordStart < 0) {
                wordStart = i;
            } else if (!letter && wordStart >= 0) {
                String word = message.substring(wordStart, i);
                out.append(word.length() >= 4 ? word.substring(0, word.length() / 2) + invisible
                        + word.substring(word.length() / 2) : word);
                wordStart = -1;
            }
            if (!letter && i < message.length()) {
                out.append(message.charAt(i));
            }
        }
        return out.toString();
    }

    /** Caught = at or above the expected level for a positive; quiet = NONE for a negative. */
    record Score(int caught, int positives, int quiet, int negatives, List<String> misses) {
        static Score of(SafetyScreen screen, List<Row> rows, java.util.function.UnaryOperator<String> variant) {
            int caught = 0;
            int positives = 0;
            int quiet = 0;
            int negatives = 0;
            List<String> misses = new ArrayList<>();
            for (Row row : rows) {
                SafetyDecision decision = screen.screen(variant.apply(row.message()));
                if (row.positive()) {
                    positives++;
                    if (decision.level().compareTo(row.level()) >= 0) {
                        caught++;
                    } else {
                        misses.add("missed " + row.file() + ":" + row.line() + " " + row.level() + " got "
                                + decision.level() + " " + decision.ruleIds());
                    }
                } else {
                    negatives++;
                    if (decision.level() == TriageLevel.NONE) {
                        quiet++;
                    } else {
                        misses.add("alarm " + row.file() + ":" + row.line() + " got " + decision.level() + " "
                                + decision.ruleIds());
                    }
                }
            }
            return new Score(caught, positives, quiet, negatives, misses);
        }

        String line(String name) {
            return String.format(java.util.Locale.ROOT, "  %-34s caught %d/%d = %.1f%%, quiet %d/%d = %.1f%%", name,
                    caught, positives, 100.0 * caught / Math.max(1, positives), quiet, negatives,
                    100.0 * quiet / Math.max(1, negatives));
        }
    }

    @Test
    void reportsDevAndHeldOutSeparatelyPlainAndWithInvisibleCharacters() {
        List<Row> dev = allRows();
        List<Row> heldOut = heldOutRows();
        Score devPlain = Score.of(screen, dev, m -> m);
        Score heldPlain = Score.of(screen, heldOut, m -> m);
        System.out.printf("Safety tables: dev %d rows, held-out %d rows%n", dev.size(), heldOut.size());
        System.out.println(devPlain.line("dev"));
        System.out.println(heldPlain.line("held-out"));
        List<Row> fresh = freshRows();
        Score freshPlain = Score.of(screen, fresh, m -> m);
        System.out.printf("  (fresh: %d rows, aggregates only)%n", fresh.size());
        System.out.println(freshPlain.line("fresh"));
        List<Score> devHidden = new ArrayList<>();
        List<Score> heldHidden = new ArrayList<>();
        List<Score> freshHidden = new ArrayList<>();
        for (char invisible : INVISIBLE) {
            String name = String.format(java.util.Locale.ROOT, "U+%04X in every word", (int) invisible);
            Score d = Score.of(screen, dev, m -> withInvisible(m, invisible));
            Score h = Score.of(screen, heldOut, m -> withInvisible(m, invisible));
            System.out.println(d.line("dev, " + name));
            System.out.println(h.line("held-out, " + name));
            Score f = Score.of(screen, fresh, m -> withInvisible(m, invisible));
            System.out.println(f.line("fresh, " + name));
            devHidden.add(d);
            freshHidden.add(f);
            heldHidden.add(h);
        }
        // Held-out rows are measured, not read while tuning: their misses are listed only on request.
        if (Boolean.getBoolean("safety.heldout.details")) {
            heldPlain.misses().forEach(miss -> System.out.println("  held-out " + miss));
        }
        // Invisible characters change nothing: the same decisions as the plain text, dev and held-out alike.
        for (int i = 0; i < INVISIBLE.length; i++) {
            assertThat(devHidden.get(i).caught()).isEqualTo(devPlain.caught());
            assertThat(devHidden.get(i).quiet()).isEqualTo(devPlain.quiet());
            assertThat(heldHidden.get(i).caught()).isEqualTo(heldPlain.caught());
            assertThat(heldHidden.get(i).quiet()).isEqualTo(heldPlain.quiet());
            assertThat(freshHidden.get(i).caught()).isEqualTo(freshPlain.caught());
            assertThat(freshHidden.get(i).quiet()).isEqualTo(freshPlain.quiet());
        }
        // Fresh: only a loose floor that catches a collapse (baseline 2026-12-01: caught 86.9 %, quiet 93.3 %).
        assertThat(freshPlain.caught()).as("fresh positives caught")
                .isGreaterThanOrEqualTo(freshPlain.positives() * 3 / 4);
        assertThat(freshPlain.quiet()).as("fresh negatives quiet")
                .isGreaterThanOrEqualTo(freshPlain.negatives() * 4 / 5);
        Score devByRules = Score.of(screen, dev.stream().filter(Row::byRules).toList(), m -> m);
        assertThat(devByRules.caught()).isEqualTo(devByRules.positives());
        assertThat(devByRules.quiet()).isEqualTo(devByRules.negatives());
    }

    @TestFactory
    Stream<DynamicTest> everyRowGetsItsExpectedLevelAndCategories() {
        return allRows().stream().filter(Row::byRules).map(row -> DynamicTest.dynamicTest(row.file() + ":" + row.line() + " " + row.message(),
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
        List<Row> positives = new ArrayList<>(rows("positives.tsv"));
        List<Row> negatives = new ArrayList<>(rows("negatives.tsv"));
        assertThat(positives).allMatch(Row::positive);
        assertThat(negatives).noneMatch(Row::positive);
        rows("dev.tsv").forEach(row -> (row.positive() ? positives : negatives).add(row));
        assertThat(positives.size() + negatives.size() + heldOutRows().size()).isGreaterThanOrEqualTo(600);
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
            if (!exact && row.byRules()) {
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
