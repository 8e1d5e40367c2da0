package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a session hands retrieval as the conversation so far: the remembered turns' questions, oldest first. */
class SessionSaidBeforeTests {

    @Test
    void joinsTheRememberedTurnsQuestionsOldestFirst() {
        Session session = new Session("s");
        assertThat(session.saidBefore()).isEmpty();

        session.remember(new Session.Turn(Intent.QUESTION, "she was abused before we met", List.of("a#b")));
        session.remember(new Session.Turn(Intent.GREETING, null, List.of()));
        session.remember(new Session.Turn(Intent.QUESTION, "how do i support her", List.of("c#d")));

        assertThat(session.saidBefore()).isEqualTo("she was abused before we met\nhow do i support her\n");
    }
}
