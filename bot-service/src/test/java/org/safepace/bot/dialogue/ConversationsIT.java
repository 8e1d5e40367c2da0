package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safepace.bot.safety.SafetyScreen;
import org.safepace.bot.safety.SeekCareMessages;
import org.safepace.bot.safety.TriageLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Multi-turn conversations from conversations.json, each turn's intent, level and reply properties asserted. */
@SpringBootTest
class ConversationsIT {

    record Turn(String message, String intent, String level, List<String> categories, String audience,
                Integer sources, Integer suggestions, List<String> articleIds, List<String> replyContains,
                List<String> replyExcludes, Boolean replyStartsWithSafety) {
    }

    record Conversation(String name, String audience, List<Turn> turns) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Autowired
    ConversationService conversations;
    @Autowired
    SafetyScreen safetyScreen;
    @Autowired
    SeekCareMessages seekCare;

    static Stream<Arguments> conversations() throws IOException {
        try (InputStream in = ConversationsIT.class.getResourceAsStream("/conversations/conversations.json")) {
            List<Conversation> all = JsonMapper.builder().build().readValue(in, new TypeReference<>() {
            });
            return all.stream().map(Arguments::of).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversations")
    void eachTurnIsUnderstoodAndAnsweredAsExpected(Conversation conversation) {
        String sessionId = null;
        AudienceHint requested = conversation.audience() == null ? AudienceHint.UNKNOWN
                : AudienceHint.valueOf(conversation.audience());
        for (Turn turn : conversation.turns()) {
            BotReply reply = conversations.reply(new IncomingMessage(sessionId, turn.message(), requested,
                    Channel.WEB, "en"));
            sessionId = reply.sessionId();
            String where = conversation.name() + " / " + turn.message();

            assertThat(reply.text()).as(where).isNotBlank().doesNotContain("<");
            if (turn.intent() != null) {
                assertThat(reply.intent()).as(where).isEqualTo(Intent.valueOf(turn.intent()));
            }
            if (turn.level() != null) {
                assertThat(reply.triage().level()).as(where).isEqualTo(TriageLevel.valueOf(turn.level()));
            }
            if (turn.categories() != null) {
                assertThat(reply.triage().categories()).as(where).containsAll(turn.categories());
            }
            if (turn.audience() != null) {
                assertThat(reply.audience()).as(where).isEqualTo(AudienceHint.valueOf(turn.audience()));
            }
            if (turn.sources() != null) {
                if (turn.sources() == 0) {
                    assertThat(reply.sources()).as(where).isEmpty();
                } else {
                    assertThat(reply.sources()).as(where).hasSizeGreaterThanOrEqualTo(turn.sources());
                }
            }
            if (turn.suggestions() != null) {
                assertThat(reply.suggestions()).as(where).hasSize(turn.suggestions());
            } else {
                assertThat(reply.suggestions()).as(where).hasSizeLessThanOrEqualTo(4);
            }
            // The section a reply already offers as its next step is not offered again as a suggestion.
            assertThat(reply.suggestions()).as(where).noneMatch(s -> reply.text().contains("**" + s + "**"));
            if (System.getProperty("conversations.print") != null) {
                System.out.println("TURN " + where + "\n" + reply.text() + "\nCHIPS " + reply.suggestions());
            }
            if (turn.articleIds() != null) {
                assertThat(reply.sources()).as(where).extracting(BotReply.SourceRef::articleId)
                        .containsAnyElementsOf(turn.articleIds());
            }
            for (String expected : orEmpty(turn.replyContains())) {
                assertThat(reply.text()).as(where).containsIgnoringCase(expected);
            }
            for (String excluded : orEmpty(turn.replyExcludes())) {
                assertThat(reply.text()).as(where).doesNotContainIgnoringCase(excluded);
            }
            if (Boolean.TRUE.equals(turn.replyStartsWithSafety())) {
                String safetyMessage = seekCare.messageFor(safetyScreen.screen(turn.message()));
                assertThat(reply.text()).as(where).startsWith(safetyMessage);
            }
        }
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

}
