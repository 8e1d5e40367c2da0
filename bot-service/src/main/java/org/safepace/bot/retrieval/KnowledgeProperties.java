package org.safepace.bot.retrieval;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the guidance comes from.
 *
 * @param articlesDir        an external folder of articles; unset = the curated articles inside the jar
 * @param embeddingCacheDir  where passage embeddings are cached by content hash; unset = the system temp dir
 * @param watch              reload the articles when the external folder changes (no restart needed)
 */
@ConfigurationProperties("safepace.knowledge")
public record KnowledgeProperties(Path articlesDir, Path embeddingCacheDir, Boolean watch) {
    public KnowledgeProperties {
        if (embeddingCacheDir == null) {
            embeddingCacheDir = Path.of(System.getProperty("java.io.tmpdir"), "safepace-embeddings");
        }
        if (watch == null) {
            watch = articlesDir != null;
        }
    }
}
