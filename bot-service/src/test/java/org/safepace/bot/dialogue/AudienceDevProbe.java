package org.safepace.bot.dialogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.safepace.bot.meaning.TestEmbeddings;

/**
 * Calibration tool, not a check (runs only with -Daudience.devprobe=true): the understanding step's asker on the
 * evaluation set's dev files only (never held-out or fresh), printing accuracy and every miss.
 * mvn -B -q -o -pl bot-service -am test -Dtest=AudienceDevProbe -Daudience.devprobe=true
 *     -Dsurefire.failIfNoSpecifiedTests=false
 */
class AudienceDevProbe {

    private static final Path DEV = Path.of("src/test/resources/evaluation/dev");

    @Test
    @EnabledIfSystemProperty(named = "audience.devprobe", matches = "true")
    void devAskers() throws Exception {
        MessageUnderstanding understanding =
                new MessageUnderstanding(UnderstandingBank.fromClasspath(TestEmbeddings::embedAll));
        for (String file : new String[] {"questions.tsv", "boundaries.tsv"}) {
            int n = 0;
            int right = 0;
            for (String line : Files.readAllLines(DEV.resolve(file))) {
                String[] cols = line.split("\t");
                if (line.isBlank() || line.startsWith("#") || cols.length < 5 || cols[4].equals("-")) {
                    continue;
                }
                AudienceHint heard = understanding.understand(cols[2], TestEmbeddings.embed(cols[2]),
                        new Session("s1234567890123456"), AudienceHint.UNKNOWN).audience();
                n++;
                if (heard.name().equals(cols[4])) {
                    right++;
                } else {
                    System.out.println("MISS " + cols[0] + " " + cols[4] + " -> " + heard + " | " + cols[2] + " | "
                            + new AudienceClauses().read(MessageUnderstanding.normalise(cols[2])));
                }
            }
            System.out.printf("%s: %d of %d%n", file, right, n);
        }
        JsonNode conversations = new ObjectMapper().readTree(DEV.resolve("conversations.json").toFile());
        int turns = 0;
        int right = 0;
        for (JsonNode c : conversations) {
            Session session = new Session("s1234567890123456");
            AudienceHint hint = c.has("audience") ? AudienceHint.valueOf(c.get("audience").asText()) : AudienceHint.UNKNOWN;
            for (JsonNode t : c.get("turns")) {
                String message = t.get("message").asText();
                AudienceHint heard = understanding.understand(message, TestEmbeddings.embed(message), session, hint)
                        .audience();
                // the service remembers the turn; a topic-less turn keeps the session's follow-up state simple here
                session.remember(new Session.Turn(Intent.QUESTION, message, java.util.List.of()));
                if (!t.has("audience")) {
                    continue;
                }
                turns++;
                if (heard.name().equals(t.get("audience").asText())) {
                    right++;
                } else {
                    System.out.println("MISS conv '" + c.get("name").asText() + "' " + t.get("audience").asText()
                            + " -> " + heard + " | " + message);
                }
            }
        }
        System.out.printf("conversation turns: %d of %d%n", right, turns);
    }
}
