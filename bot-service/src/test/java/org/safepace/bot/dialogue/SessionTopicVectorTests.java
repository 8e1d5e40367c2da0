package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which remembered turns keep their vectors: the newest, and the topic a follow-up leans on. */
class SessionTopicVectorTests {

    private static Session.Turn turn(Intent intent, String query, List<String> passages, float[] vector) {
        return new Session.Turn(intent, query, passages, passages.isEmpty() ? null : "article", vector, false);
    }

    @Test
    void anAsideWithoutPassagesDoesNotCostTheTopicBeforeItItsVector() {
        Session session = new Session("s1234567890123456");
        float[] topic = {0.1f, 0.2f};
        session.remember(turn(Intent.QUESTION, "which lube for silicone dilators", List.of("lube#which"), topic));
        session.remember(turn(Intent.OFF_TOPIC, "whats the weather tomorrow", List.of(), new float[] {0.9f, 0.1f}));

        assertThat(session.lastTopic().vector()).isSameAs(topic);
    }

    @Test
    void aNewTopicTakesOverAndTheOldOneIsStoredWithoutItsVector() {
        Session session = new Session("s1234567890123456");
        session.remember(turn(Intent.QUESTION, "which lube", List.of("lube#which"), new float[] {0.1f}));
        session.remember(turn(Intent.OFF_TOPIC, "weather", List.of(), new float[] {0.2f}));
        float[] newer = {0.3f};
        session.remember(turn(Intent.QUESTION, "how do i clean it", List.of("care#clean"), newer));

        assertThat(session.lastTopic().vector()).isSameAs(newer);
        assertThat(session.snapshot().turns().stream().filter(t -> t.vector() != null)).hasSize(1);
    }
}
