package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safepace.bot.wording.ReplyWording;
import org.safepace.bot.wording.ToneCheck;

/**
 * Tone is behaviour: the shipped openers (prompts/replies.yml) validate the feeling in words that say so, never
 * blame or pressure, fit a partner of any gender, and keep their validation in the short form a question gets.
 */
class FeelingOpenerTests {

    /** Words that tell someone their feeling is heard and allowed. */
    static final List<String> VALIDATION = List.of("makes sense", "complete sense", "understandable", "not alone",
            "valid", "sorry", "so common", "very common", "completely normal", "nothing shameful",
            "nothing to apologise", "not a debt", "never have to");
    /** Gendered words: an opener meets whoever writes, about whoever they love. */
    private static final Pattern GENDERED = Pattern.compile(
            "\\b(?:he|she|him|her|his|hers|husband|wife|boyfriend|girlfriend|man|woman)\\b");
    /** Pressure and blame the tone guide rules out, beyond the blocklist. */
    private static final Pattern PRESSURE = Pattern.compile(
            "\\b(?:you should|you need to|you must|have to try|try again tonight|deadline|hurry|your fault)\\b");

    private static FeelingOpener openers;
    private static ToneCheck tone;

    @BeforeAll
    static void loadTheShippedWording() throws IOException {
        Path prompts = Path.of("..", "prompts");
        openers = new FeelingOpener(ReplyWording.parse(Files.readString(prompts.resolve("replies.yml")), "replies.yml"));
        tone = ToneCheck.parse(Files.readString(prompts.resolve("tone-blocklist.txt")), "tone-blocklist.txt");
    }

    @Test
    void guiltOrShameBesideEnduringPainIsMetFirstAndNothingElseChanges() {
        String enduring = openers.text(Feeling.ENDURING_PAIN, Intent.QUESTION);
        String withGuilt = openers.text(Feeling.ENDURING_PAIN, Feeling.GUILT, Intent.QUESTION);
        assertThat(withGuilt).startsWith(FeelingOpener.firstSentence(openers.text(Feeling.GUILT, Intent.QUESTION)))
                .endsWith(enduring).contains("makes sense");
        assertThat(openers.text(Feeling.ENDURING_PAIN, Feeling.SHAME, Intent.QUESTION)).contains("nothing shameful")
                .endsWith(enduring);
        assertThat(tone.firstViolation(withGuilt)).isEmpty();
        // Only beside enduring pain, and only guilt or shame.
        assertThat(openers.text(Feeling.ENDURING_PAIN, Feeling.NONE, Intent.QUESTION)).isEqualTo(enduring);
        assertThat(openers.text(Feeling.ENDURING_PAIN, Feeling.FEAR, Intent.QUESTION)).isEqualTo(enduring);
        assertThat(openers.text(Feeling.GUILT, Feeling.SHAME, Intent.QUESTION))
                .isEqualTo(openers.text(Feeling.GUILT, Intent.QUESTION));
    }

    @ParameterizedTest
    @EnumSource(value = Feeling.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void everyOpenerValidatesWithoutBlamePressureOrGender(Feeling feeling) {
        for (Intent intent : new Intent[] {Intent.FEELINGS, Intent.QUESTION}) {
            String text = openers.text(feeling, intent);
            String lower = text.toLowerCase(Locale.ROOT);

            assertThat(VALIDATION).as(feeling + " " + intent + ": " + text).anyMatch(lower::contains);
            assertThat(tone.firstViolation(text)).as(text).isEmpty();
            assertThat(PRESSURE.matcher(lower).find()).as(text).isFalse();
            assertThat(GENDERED.matcher(lower).find()).as(text).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Feeling.class, names = {"NONE", "ENDURING_PAIN"}, mode = EnumSource.Mode.EXCLUDE)
    void aQuestionGetsAShortAcknowledgementAndASharedFeelingTheWholeOpener(Feeling feeling) {
        String whole = openers.text(feeling, Intent.FEELINGS);
        String brief = openers.text(feeling, Intent.QUESTION);

        assertThat(whole).startsWith(brief);
        assertThat(brief.split("\\. ")).hasSize(1);
    }

    @Test
    void someoneThinkingOfEnduringPainHearsSheNeverHasToAndMayStopOrWait() {
        String text = openers.text(Feeling.ENDURING_PAIN, Intent.QUESTION).toLowerCase(Locale.ROOT);

        assertThat(text).contains("never have to put up with pain", "no medical", "stop", "wait", "isn't selfish");
        assertThat(openers.text(Feeling.ENDURING_PAIN, Intent.FEELINGS))
                .isEqualTo(openers.text(Feeling.ENDURING_PAIN, Intent.QUESTION));
    }

    @Test
    void guiltHearsThereIsNothingToApologiseFor() {
        assertThat(openers.text(Feeling.GUILT, Intent.FEELINGS).toLowerCase(Locale.ROOT))
                .contains("nothing to apologise", "nobody's fault", "not a debt");
    }

    @Test
    void familyPressureHearsNobodyIsOwedAnExplanation() {
        assertThat(openers.text(Feeling.FAMILY_PRESSURE, Intent.FEELINGS).toLowerCase(Locale.ROOT))
                .contains("private", "you get to decide");
    }

    @Test
    void noFeelingNoOpener() {
        assertThat(openers.text(Feeling.NONE, Intent.FEELINGS)).isEmpty();
    }
}
