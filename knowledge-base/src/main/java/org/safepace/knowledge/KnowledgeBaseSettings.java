package org.safepace.knowledge;

import java.nio.file.Path;

/**
 * Where the knowledge base comes from and where its passage embeddings are cached.
 *
 * @param articlesDir       a folder of {@code *.md} articles; {@code null} means the articles embedded in the jar.
 *                          A {@code synonyms.txt} inside it, or next to it, replaces the embedded synonyms.
 * @param embeddingCacheDir a writable folder for the passage-embedding cache; {@code null} means no disk cache
 */
public record KnowledgeBaseSettings(Path articlesDir, Path embeddingCacheDir) {

    /** The embedded articles, no disk cache. */
    public static KnowledgeBaseSettings embedded() {
        return new KnowledgeBaseSettings(null, null);
    }
}
