package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safepace.bot.meaning.ExampleBank;
import org.safepace.bot.meaning.LabelledExample;
import org.safepace.bot.meaning.LabelledExample.Kind;

/** The shipped understanding banks parse, cover every label with enough examples, and never contradict themselves. */
class UnderstandingBankFilesTests {

    private static ExampleBank read(List<String> files, Set<String> labels) {
        return ExampleBank.read(file -> ExampleBank.classpathText("prompts/" + file), files, labels);
    }

    private static final Set<String> BOUNDARY_LABELS = Set.of("pressure", "force_admission", "rules_change", "medication");

    @Test
    void everyActHasAtLeastTenPositiveExamples() {
        Map<String, Map<Kind, Integer>> counts = read(UnderstandingBank.ACT_FILES, UnderstandingBank.ACTS.keySet()).counts();

        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(UnderstandingBank.ACTS.keySet());
        counts.forEach((label, kinds) -> assertThat(kinds.getOrDefault(Kind.POSITIVE, 0)).as(label)
                .isGreaterThanOrEqualTo(10));
    }

    @Test
    void everyBoundaryAndFeelingHasPositivesAndTwinsWhereMeaningFlips() {
        Map<String, Map<Kind, Integer>> counts = new HashMap<>(
                read(UnderstandingBank.BOUNDARY_FILES, BOUNDARY_LABELS).counts());
        counts.putAll(read(UnderstandingBank.FEELING_FILES, UnderstandingBank.FEELINGS.keySet()).counts());

        assertThat(counts.keySet()).containsAll(BOUNDARY_LABELS).containsAll(UnderstandingBank.FEELINGS.keySet());
        counts.forEach((label, kinds) -> {
            int twins = kinds.entrySet().stream().filter(e -> e.getKey() != Kind.POSITIVE)
                    .mapToInt(Map.Entry::getValue).sum();
            assertThat(kinds.getOrDefault(Kind.POSITIVE, 0)).as(label).isGreaterThanOrEqualTo(10);
            assertThat(twins).as(label + " twins").isGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void theAudienceBankHearsSelfPartnerAndEitherWithTwentyExamplesEach() {
        Map<String, Map<Kind, Integer>> counts = read(AudienceReader.FILES, AudienceReader.LABELS.keySet()).counts();

        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(AudienceReader.LABELS.keySet());
        counts.forEach((label, kinds) -> assertThat(kinds.getOrDefault(Kind.POSITIVE, 0)).as(label)
                .isGreaterThanOrEqualTo(20));
    }

    @Test
    void noTextIsFiledTwiceUnderDifferentMeaningsInOneBank() {
        for (ExampleBank bank : List.of(read(UnderstandingBank.ACT_FILES, UnderstandingBank.ACTS.keySet()),
                read(AudienceReader.FILES, AudienceReader.LABELS.keySet()),
                read(UnderstandingBank.BOUNDARY_FILES, BOUNDARY_LABELS),
                read(UnderstandingBank.FEELING_FILES, UnderstandingBank.FEELINGS.keySet()))) {
            Map<String, LabelledExample> seen = new HashMap<>();
            for (LabelledExample example : bank.examples()) {
                LabelledExample earlier = seen.putIfAbsent(example.text().toLowerCase(java.util.Locale.ROOT), example);
                assertThat(earlier).as(example.text()).isNull();
            }
        }
    }
}
