package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionShownTests {

    @Test
    void aTurnKeepsShownIndicesOnlyForItsOwnPassagesAndWithinBounds() {
        Session.Turn turn = new Session.Turn(Intent.QUESTION, "q", List.of("a#one"), "a", null, false,
                Map.of("a#one", List.of(4, -1, 2, 2, Session.Turn.MAX_SHOWN_PER_PASSAGE), "b#other", List.of(0)));

        assertThat(turn.shown()).isEqualTo(Map.of("a#one", List.of(2, 4)));
        assertThat(new Session.Turn(Intent.QUESTION, "q", List.of("a#one")).shown()).isEmpty();
    }

    @Test
    void whatWasShownIsForgottenWithTheTurnsThatShowedIt() {
        Session session = new Session("s".repeat(22));
        session.remember(new Session.Turn(Intent.QUESTION, "q", List.of("a#one"), "a", new float[] {1}, false,
                Map.of("a#one", List.of(0, 1))));
        session.remember(new Session.Turn(Intent.FOLLOW_UP, "q", List.of("a#one"), "a", new float[] {1}, false,
                Map.of("a#one", List.of(2))));

        assertThat(session.shown()).isEqualTo(Map.of("a#one", Set.of(0, 1, 2)));
        for (int i = 0; i < Session.MAX_TURNS; i++) {
            session.remember(new Session.Turn(Intent.QUESTION, "q", List.of("b#" + i), "b", null, false,
                    Map.of("b#" + i, List.of(0))));
        }
        assertThat(session.shown()).doesNotContainKey("a#one").containsEntry("b#0", Set.of(0));
        // The vector is dropped from older turns; what they showed is not.
        assertThat(session.lastTopic().shown()).containsOnlyKeys("b#" + (Session.MAX_TURNS - 1));
    }
}
