package org.safepace.knowledge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoader;

/**
 * The analysis chains, built with {@link CustomAnalyzer}. Index and query share the English chain (standard
 * tokenizer, English possessive, lowercase, stop words, Porter stemming); only the query side adds the synonym
 * graph, so editing {@code synonyms.txt} never needs a re-index, and the index keeps exact term statistics
 * (index-time synonym graphs would also need flattening, which loses multi-word synonyms).
 */
final class Analyzers {

    /** Lucene's English stop words plus question words and pronouns; see the file's header for why. */
    static final String STOP_WORDS = "stopwords.txt";
    private static final String SYNONYMS = "synonyms.txt";

    private Analyzers() {
    }

    /** The English chain used for the title, heading and body fields at index time. */
    static Analyzer english() {
        return build(null);
    }

    /**
     * The English chain with the synonym graph after lowercasing and before stop words and stemming, so synonym
     * entries are written as people type them and their expansions are stemmed like the index.
     */
    static Analyzer englishWithSynonyms(KnowledgeSource.SourceFile synonyms) {
        return build(synonyms);
    }

    /** Lowercased words without stemming: the spelling vocabulary and the synonym file's own tokens. */
    static Analyzer plain() {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer(StandardTokenizerFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Analyzer build(KnowledgeSource.SourceFile synonyms) {
        try {
            // Factories by class, not by SPI name: a name lookup first loads every factory on the classpath,
            // which costs a few hundred milliseconds of start-up.
            CustomAnalyzer.Builder builder = CustomAnalyzer.builder(new Resources(synonyms))
                    .withTokenizer(StandardTokenizerFactory.class)
                    .addTokenFilter(EnglishPossessiveFilterFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class);
            if (synonyms != null) {
                builder.addTokenFilter(SynonymGraphFilterFactory.class, "synonyms", SYNONYMS, "format", "solr",
                        "ignoreCase", "true", "expand", "true", "tokenizerFactory", StandardTokenizerFactory.class.getName());
            }
            return builder
                    .addTokenFilter(StopFilterFactory.class, "words", STOP_WORDS, "format", "wordset", "ignoreCase", "true")
                    .addTokenFilter(PorterStemFilterFactory.class)
                    .build();
        } catch (IOException | IllegalArgumentException e) {
            String where = synonyms == null ? "the analyzer" : "synonyms file " + synonyms.location();
            throw new IllegalStateException("Cannot build " + where + ": " + e.getMessage(), e);
        }
    }

    /** Serves the synonyms from memory (they may come from an operator's folder) and the rest from the classpath. */
    private static final class Resources implements ResourceLoader {
        private final KnowledgeSource.SourceFile synonyms;
        private final ClasspathResourceLoader classpath = new ClasspathResourceLoader(Analyzers.class);

        Resources(KnowledgeSource.SourceFile synonyms) {
            this.synonyms = synonyms;
        }

        @Override
        public InputStream openResource(String resource) throws IOException {
            if (SYNONYMS.equals(resource) && synonyms != null) {
                return new ByteArrayInputStream(synonyms.content().getBytes(StandardCharsets.UTF_8));
            }
            return classpath.openResource(resource);
        }

        @Override
        public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
            return classpath.findClass(cname, expectedType);
        }
    }
}
