package org.safepace.bot.dialogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.safepace.bot.meaning.TestEmbeddings;

class AudienceDebugProbe {
    @Test
    @EnabledIfSystemProperty(named = "audience.debug", matches = ".+")
    void print() {
        AudienceReader reader = UnderstandingBank.fromClasspath(TestEmbeddings::embedAll).audience();
        for (String m : System.getProperty("audience.debug").split("\\|\\|")) {
            String n = MessageUnderstanding.normalise(m);
            System.out.println("DBG " + new AudienceClauses().read(n) + " bank " + reader.meaning(TestEmbeddings.embed(m))
                    + " -> " + reader.read(n, TestEmbeddings.embed(m)) + " | " + m);
        }
    }
}
