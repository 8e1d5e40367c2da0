package org.safepace.bot.retrieval;

import org.safepace.knowledge.KnowledgeBase;
import org.safepace.knowledge.KnowledgeBaseSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the knowledge base at start-up: a malformed article stops the service with its path and the reason. */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

    @Bean(destroyMethod = "close")
    KnowledgeBase knowledgeBase(KnowledgeProperties properties) {
        return KnowledgeBase.load(new KnowledgeBaseSettings(properties.articlesDir(), properties.embeddingCacheDir()));
    }

    @Bean
    GuidanceRetriever guidanceRetriever(KnowledgeBase knowledgeBase) {
        return new KnowledgeBaseRetriever(knowledgeBase);
    }

    @Bean(destroyMethod = "close")
    ArticleFolderWatcher articleFolderWatcher(KnowledgeProperties properties, KnowledgeBase knowledgeBase) {
        return ArticleFolderWatcher.start(properties, knowledgeBase);
    }
}
