package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safepace.bot.meaning.TestEmbeddings;

/** The audience reader with its bank and the real query embedding: table cases, and how the asker persists. */
class AudienceReaderTests {

    private static AudienceReader reader;

    @BeforeAll
    static void embedTheBank() {
        reader = UnderstandingBank.fromClasspath(TestEmbeddings::embedAll).audience();
    }

    static Stream<Arguments> cases() {
        return TsvCases.read("/understanding/audience-cases.tsv");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("cases")
    void hearsWhoIsAsking(String message, String expected) {
        assertThat(turn(new Session("s1234567890123456"), message, AudienceHint.UNKNOWN)).as(message)
                .isEqualTo(AudienceHint.valueOf(expected));
    }

    @Test
    void aPartnerStaysAPartnerThroughQuestionsThatDoNotSay() {
        Session session = new Session("s1234567890123456");

        turn(session, "my wife has vaginismus and i want to be useful", AudienceHint.UNKNOWN);

        assertThat(turn(session, "what should i avoid saying?", AudienceHint.UNKNOWN)).isEqualTo(AudienceHint.PARTNER);
        assertThat(turn(session, "is it normal to feel sad about it", AudienceHint.UNKNOWN))
                .isEqualTo(AudienceHint.PARTNER);
    }

    @Test
    void thePersonHerselfStaysHerselfWhenSheMentionsHerPartner() {
        Session session = new Session("s1234567890123456");

        turn(session, "I have vaginismus and I'm starting dilators next week", AudienceHint.UNKNOWN);

        assertThat(turn(session, "should my girlfriend be there?", AudienceHint.UNKNOWN)).isEqualTo(AudienceHint.SELF);
        assertThat(turn(session, "she wants to help", AudienceHint.UNKNOWN)).isEqualTo(AudienceHint.SELF);
    }

    @Test
    void aLaterMessageThatClearlyRevealsTheOtherOneChangesIt() {
        Session session = new Session("s1234567890123456");
        turn(session, "i get sore after every practice", AudienceHint.UNKNOWN);

        assertThat(turn(session, "sorry, to be clear: my wife has vaginismus, not me", AudienceHint.UNKNOWN))
                .isEqualTo(AudienceHint.PARTNER);
    }

    @Test
    void aConversationAboutSomeoneCloseWhoIsNotAPartnerStaysAboutThem() {
        Session session = new Session("s1234567890123456");

        assertThat(turn(session, "my niece is 18 and it really hurts when she tries a tampon", AudienceHint.UNKNOWN))
                .isEqualTo(AudienceHint.UNKNOWN);
        assertThat(session.aboutSomeoneElse()).isTrue();
        // "she" is still the niece: not a partner's question.
        assertThat(turn(session, "should she see a gp or wait?", AudienceHint.UNKNOWN)).isEqualTo(AudienceHint.UNKNOWN);
        // Still heard when the writer turns to herself.
        assertThat(turn(session, "honestly i have the same thing, my dilator wont go in either", AudienceHint.UNKNOWN))
                .isEqualTo(AudienceHint.SELF);
    }

    @Test
    void withoutSomeoneCloseNamedAShePlainlyMeansAPartner() {
        assertThat(turn(new Session("s1234567890123456"), "should she see a gp or wait?", AudienceHint.UNKNOWN))
                .isNotEqualTo(AudienceHint.SELF);
        assertThat(AudienceClauses.namesPartner("should she see a gp or wait?")).isTrue();
        assertThat(AudienceClauses.namesPartner("should she see a gp or wait?", true)).isFalse();
    }

    @Test
    void whatTheWriterDoesForTheOtherOneDoesNotOverturnAKnownAsker() {
        Session session = new Session("s1234567890123456");
        turn(session, "i tense up so much that nothing can go in", AudienceHint.UNKNOWN);

        // Helping someone is not whose body it is: she is still herself.
        assertThat(turn(session, "how do i help him understand it's not about him", AudienceHint.UNKNOWN))
                .isEqualTo(AudienceHint.SELF);
        // Whose condition it is still changes it.
        assertThat(turn(session, "wait, sorry, it's my boyfriend's body we're talking about, he has vaginismus",
                AudienceHint.UNKNOWN)).isNotEqualTo(AudienceHint.SELF);
    }

    @Test
    void aThirdPersonWithNoPartnerNamedSaysWhoIsAsking() {
        // "she"/"her" with nothing of the writer's own body: her partner asks; "he" with sex: the person herself.
        assertThat(turn(new Session("s1234567890123456"), "what's the worst thing i could say to her after a bad night",
                AudienceHint.UNKNOWN)).isEqualTo(AudienceHint.PARTNER);
        AudienceReader clausesOnly = new AudienceReader(null);
        assertThat(clausesOnly.read(MessageUnderstanding.normalise("what's the worst thing i could say to her"), null))
                .contains(AudienceHint.PARTNER);
        assertThat(clausesOnly.read(MessageUnderstanding.normalise("he gets so quiet after we try, what do i say"),
                null)).contains(AudienceHint.SELF);
        // ...but never when the couple may be two women.
        assertThat(AudienceClauses.usualWriter("we're both women and she keeps apologising")).isEmpty();
    }

    @Test
    void theyStandsForAPartnerOnlyWhenOneIsNamed() {
        assertThat(reader.read(MessageUnderstanding.normalise(
                "my partner is non-binary, they freeze up whenever we get close"), null)).contains(AudienceHint.PARTNER);
        assertThat(AudienceClauses.namesPartner("they say it's really common, how long do i hold the dilator"))
                .isFalse();
    }

    @Test
    void theChannelsHintWinsOverWhatTheMessageSays() {
        Session session = new Session("s1234567890123456");

        assertThat(turn(session, "my dilator hurts", AudienceHint.PARTNER)).isEqualTo(AudienceHint.PARTNER);
        assertThat(session.audience()).isEqualTo(AudienceHint.PARTNER);
    }

    @Test
    void withoutAVectorTheClausesStillHearAStrongCue() {
        assertThat(reader.read(MessageUnderstanding.normalise("my girlfriend's been bleeding after her dilators"),
                null)).contains(AudienceHint.PARTNER);
    }

    private static AudienceHint turn(Session session, String message, AudienceHint requested) {
        return reader.forTurn(MessageUnderstanding.normalise(message), TestEmbeddings.embed(message), session,
                requested);
    }
}
