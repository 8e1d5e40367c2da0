package org.safepace.bot.meaning;

import java.nio.file.Path;
import java.util.List;
import org.safepace.knowledge.KnowledgeBase;
import org.safepace.knowledge.KnowledgeBaseSettings;

/**
 * The service's real query embedding for slice tests of the example banks: one knowledge base per test JVM (its
 * passage vectors cached under target/, so only the first run embeds them), closed when the JVM exits.
 */
public final class TestEmbeddings {

    private static volatile KnowledgeBase knowledgeBase;

    private TestEmbeddings() {
    }

    public static float[] embed(String text) {
        return knowledgeBase().embedQuery(text);
    }

    /** A bank's texts at once, cached on disk under target/ like the service caches them. */
    public static List<float[]> embedAll(String bankName, List<String> texts) {
        return knowledgeBase().embedQueries("test-" + bankName, texts);
    }

    /** The knowledge base behind the embedding, for slice tests that also retrieve. */
    public static KnowledgeBase knowledgeBase() {
        KnowledgeBase kb = knowledgeBase;
        if (kb == null) {
            synchronized (TestEmbeddings.class) {
                kb = knowledgeBase;
                if (kb == null) {
                    kb = KnowledgeBase.load(new KnowledgeBaseSettings(null, Path.of("target/test-embedding-cache")));
                    Runtime.getRuntime().addShutdownHook(new Thread(kb::close));
                    knowledgeBase = kb;
                }
            }
        }
        return kb;
    }
}
