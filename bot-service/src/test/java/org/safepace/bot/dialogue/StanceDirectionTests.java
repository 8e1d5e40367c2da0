package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safepace.bot.meaning.TestEmbeddings;

/** The stance as a direction: synthetic vectors for the arithmetic, then the real banks on the real embedding. */
class StanceDirectionTests {

    /** Twins as near the topic (the first axis) as the positives; they differ only along the second. */
    private static final List<float[]> ROWS = List.of(
            new float[] {0.9f, 0.3f, 0.1f}, new float[] {0.9f, 0.2f, -0.1f}, new float[] {0.8f, 0.3f, 0.0f},
            new float[] {0.9f, -0.3f, 0.1f}, new float[] {0.9f, -0.2f, -0.1f}, new float[] {0.8f, -0.3f, 0.0f});
    private static final List<Boolean> PRESSING = List.of(true, true, true, false, false, false);

    private static UnderstandingBank bank;

    @BeforeAll
    static void embedTheBanks() {
        bank = UnderstandingBank.fromClasspath(TestEmbeddings::embedAll);
    }

    @Test
    void separatesTwinsThatSitAsNearTheTopicAsThePositives() {
        for (double shrinkage : new double[] {0, 0.2, 1}) {
            StanceDirection direction = StanceDirection.learn(PRESSING, ROWS, shrinkage);

            assertThat(direction.score(new float[] {0.85f, 0.25f, 0.05f})).as("shrinkage %s", shrinkage).isGreaterThan(0.5);
            assertThat(direction.score(new float[] {0.85f, -0.25f, 0.05f})).as("shrinkage %s", shrinkage).isLessThan(-0.5);
            assertThat(direction.score(new float[] {0.85f, 0f, 0f})).as("shrinkage %s", shrinkage).isBetween(-0.3, 0.3);
        }
    }

    @Test
    void scoresThePositivesMeanAtPlusOneAndTheTwinsMeanAtMinusOne() {
        StanceDirection direction = StanceDirection.learn(PRESSING, ROWS, 0.2);

        assertThat(direction.score(new float[] {0.8666667f, 0.26666667f, 0f})).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(direction.score(new float[] {0.8666667f, -0.26666667f, 0f})).isCloseTo(-1, org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void learnsTheSameDirectionEveryTime() {
        float[] probe = {0.7f, 0.1f, 0.4f};

        assertThat(StanceDirection.learn(PRESSING, ROWS, 0.2).score(probe))
                .isEqualTo(StanceDirection.learn(PRESSING, ROWS, 0.2).score(probe));
    }

    @Test
    void needsBothSides() {
        assertThatThrownBy(() -> StanceDirection.learn(List.of(true, true), ROWS.subList(0, 2), 0.2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StanceDirection.learn(PRESSING, ROWS, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBanksDirectionLeansAPushTowardsPressureAndItsSupportiveTwinAway() {
        UnderstandingBank.Meaning push = read("we booked a cabin for the long weekend and i really want her to go all the way with me there. how do i make sure she doesnt back out this time");
        UnderstandingBank.Meaning support = read("we booked a cabin for the long weekend just to rest. how do i make sure she knows nothing sexual is expected of her there");

        // A margin of 0.75 since the partner rows the patterns read as pressure left the negatives (stance work): the
        // re-learnt direction separates the banks better under cross-validation (AUC 0.81 -> 0.82) and this pair by 0.87.
        assertThat(push.pressureLean()).isGreaterThan(support.pressureLean() + 0.75);
        assertThat(push.pressureLean()).isPositive();
        assertThat(support.leansPressing()).isFalse();
    }

    @Test
    void theBanksEnduringDirectionHearsThePersonPuttingUpWithItNotThePartnerStopping() {
        UnderstandingBank.Meaning enduring = read("i just lie still and let him get it over with, the stinging only lasts a few minutes anyway");
        UnderstandingBank.Meaning partner = read("she always stops as soon as it stings and we cuddle instead, is that the right thing to do");

        assertThat(enduring.enduringLean()).isGreaterThan(partner.enduringLean());
        assertThat(partner.leansEnduring()).isFalse();
    }

    private static UnderstandingBank.Meaning read(String message) {
        String normalised = MessageUnderstanding.normalise(message);
        return bank.read(TestEmbeddings.embed(message), normalised.split(" ").length, true);
    }
}
