package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safepace.bot.meaning.TestEmbeddings;
import org.safepace.bot.testing.TsvRows;

/** The understanding step with its real banks and the real query embedding, case by case from a table file. */
class UnderstandingSliceTests {

    private static MessageUnderstanding understanding;

    @BeforeAll
    static void embedTheBanks() {
        understanding = new MessageUnderstanding(UnderstandingBank.fromClasspath(TestEmbeddings::embedAll));
    }

    static Stream<Arguments> cases() {
        return rows("/understanding/cases.tsv").stream()
                .map(cols -> Arguments.of(cols[0], cols[1], cols[2], cols.length > 3 ? cols[3] : ""));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @MethodSource("cases")
    void understandsEachTableMessage(String message, String intent, String feeling, String previous) {
        Understanding understood = understand(message, previous);

        assertThat(understood.intent()).as(message).isEqualTo(Intent.valueOf(intent));
        // A message that shows two feelings lists both ("SHAME|SADNESS"): meeting either one is right.
        assertThat(understood.feeling()).as(message).isIn(java.util.Arrays.stream(feeling.split("\\|"))
                .map(Feeling::valueOf).toArray());
    }

    @Test
    void aFollowUpSearchesWithThePreviousTopicAndIsNeverOffTopic() {
        Understanding understood = understand("what if it hurts?", "I want to start using dilators");

        assertThat(understood.retrievalQuery()).isEqualTo("I want to start using dilators what if it hurts?");
        assertThat(understood.outside()).isFalse();
    }

    @Test
    void whatIsTrulyOutsideTheServiceIsMarkedSoAndStillSearched() {
        Understanding weather = understand("is it going to be sunny in leeds tomorrow", "");
        Understanding tampons = understand("I can't even use tampons, is that normal?", "");

        assertThat(weather.outside()).isTrue();
        assertThat(weather.needsRetrieval()).isTrue();
        assertThat(tampons.outside()).isFalse();
    }

    @Test
    void aMessageNearestToWhatIsOutsideButNotClearlySoLeansOutsideUnlessItIsAboutTheWriter() {
        // Neither is outside by the bank's margin; the car question is nearer to what is outside than to any other act
        // a first message can be.
        Understanding car = understand("which is better for a first car, a polo or a fiesta?", "");
        Understanding riding = understand("can i still go horse riding and cycling with this", "");
        Understanding dilator = understand("how long should i hold the dilator in", "");
        Understanding followUp = understand("and how long?", "how do i use a dilator");

        assertThat(car.outside()).isFalse();
        assertThat(car.leansOutside()).isTrue();
        assertThat(riding.leansOutside()).isFalse();
        assertThat(dilator.leansOutside()).isFalse();
        assertThat(followUp.leansOutside()).isFalse();
    }

    @Test
    void aLongerMessageThatAsksSomethingIsNeverASocialActByMeaningAlone() {
        // Near "im done for tonight" and "hi there", but each asks something.
        assertThat(understand("so can i still do my session tonight?", "how do i use a dilator").intent())
                .isNotIn(Intent.GOODBYE, Intent.GREETING, Intent.THANKS);
        assertThat(understand("btw can u recommend a good pizza place near me lol", "how do reverse kegels work")
                .intent()).isNotIn(Intent.GOODBYE, Intent.GREETING, Intent.THANKS);
        // A short social message that asks something stays one.
        assertThat(understand("hi, anyone there?", "").intent()).isEqualTo(Intent.GREETING);
    }

    @Test
    void thePersonHerselfReportingHerPartnersWishAsksAQuestionNotHowToPressure() {
        Session herself = new Session("s1234567890123456");
        herself.audience(AudienceHint.SELF);
        String message = "he wants to try again this weekend, should we?";
        Understanding understood = understanding.understand(message, TestEmbeddings.embed(message), herself,
                AudienceHint.UNKNOWN);

        assertThat(understood.intent()).isNotEqualTo(Intent.CONSENT_BOUNDARY);
        // A partner asking how to get round a "no" still gets the boundary, whoever the session took them for.
        String pressing = "how do i get her to have sex with me even though she said no";
        assertThat(understanding.understand(pressing, TestEmbeddings.embed(pressing), herself, AudienceHint.UNKNOWN)
                .intent()).isEqualTo(Intent.CONSENT_BOUNDARY);
    }

    static Understanding understand(String message, String previous) {
        Session session = new Session("s1234567890123456");
        if (!previous.isEmpty()) {
            session.remember(new Session.Turn(Intent.QUESTION, previous, List.of("some-article#some-section")));
        }
        return understanding.understand(message, TestEmbeddings.embed(message), session, AudienceHint.UNKNOWN);
    }

    static List<String[]> rows(String resource) {
        return TsvRows.read(resource);
    }

    @Test
    void aWorryToldAboutMyGirlfriendIsNotGuessedAPartnersButAPartnersQuestionAboutHerFeelingIs() {
        assertThat(understand("lately i think my girlfriend is getting tired of me", "").audience())
                .isNotEqualTo(AudienceHint.PARTNER);
        assertThat(understand("my girlfriend keeps apologising, what can i say so she knows i'm not in a hurry", "")
                .audience()).isEqualTo(AudienceHint.PARTNER);
    }
}
