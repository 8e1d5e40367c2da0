package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The partner's holding back, ruled out or kept open by the operator around it, and a necessity laid on them. */
class HoldBackAimTests {

    private final HoldBackAim aims = new HoldBackAim();

    private HoldBackAim.Aim aim(String message) {
        return aims.aim(MessageUnderstanding.normalise(message));
    }

    @Test
    void theSameHoldingBackIsRuledOutOrKeptOpenByItsOperator() {
        assertThat(aim("how do i make sure she doesn't back out")).isEqualTo(HoldBackAim.Aim.OVERRIDES);
        assertThat(aim("how do i make sure she knows she can back out")).isEqualTo(HoldBackAim.Aim.KEEPS_OPEN);
        assertThat(aim("how can i stop him putting it off again")).isEqualTo(HoldBackAim.Aim.OVERRIDES);
        assertThat(aim("how do i tell him he doesn't need a reason to put it off")).isEqualTo(HoldBackAim.Aim.KEEPS_OPEN);
        assertThat(aim("what do i say that doesn't leave them a way out")).isEqualTo(HoldBackAim.Aim.OVERRIDES);
    }

    @Test
    void neitherWithoutAnOperatorOrWithOneThatDoesNotGovernIt() {
        assertThat(aim("she backed out last night and cried, what do i say")).isEqualTo(HoldBackAim.Aim.NONE);
        assertThat(aim("she can never say no to her mum")).isEqualTo(HoldBackAim.Aim.NONE);
        assertThat(aim("i don't want to keep her waiting for an answer")).isEqualTo(HoldBackAim.Aim.NONE);
    }

    @Test
    void aNecessityCountsInTheWritersVoiceOnly() {
        assertThat(aims.laysNecessity(MessageUnderstanding.normalise("she needs to just accept it"))).isTrue();
        assertThat(aims.laysNecessity(MessageUnderstanding.normalise("he has to meet me where i am"))).isTrue();
        assertThat(aims.laysNecessity(MessageUnderstanding.normalise("she keeps telling herself she needs to just accept it")))
                .isFalse();
        assertThat(aims.laysNecessity(MessageUnderstanding.normalise("she thinks she has to try again"))).isFalse();
        assertThat(aims.laysNecessity(MessageUnderstanding.normalise("she doesn't have to accept anything"))).isFalse();
    }
}
