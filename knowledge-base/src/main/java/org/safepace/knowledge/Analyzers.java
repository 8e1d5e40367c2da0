package org.safepace.knowledge;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analysis chains. Index and query share the English chain (standard tokenizer, possessive, lowercase,
 * stop words, Porter stemming); only the query side adds synonyms, so editing {@code synonyms.txt} never needs a
 * re-index and the index keeps exact term statistics.
 */
final class Analyzers {

    private Analyzers() {
    }

    /** The English chain used for the title, heading and body fields at index time. */
    static Analyzer english() {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer(StandardTokenizerFactory.NAME)
                    .addTokenFilter(EnglishPossessiveFilterFactory.NAME)
                    .addTokenFilter(LowerCaseFilterFactory.NAME)
                    .addTokenFilter(StopFilterFactory.NAME)
                    .addTokenFilter(PorterStemFilterFactory.NAME)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lowercased words without stemming: the spelling vocabulary and the synonym file's own tokens. */
    static Analyzer plain() {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer(StandardTokenizerFactory.NAME)
                    .addTokenFilter(LowerCaseFilterFactory.NAME)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The English chain with the synonym graph after lowercasing and before stop words and stemming, so synonym
     * entries are written as people type them and their expansions are stemmed like the index.
     */
    static Analyzer englishWithSynonyms(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(tokenizer);
                stream = new LowerCaseFilter(stream);
                if (synonyms.fst != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /** Parses a Solr-format synonyms file; a bad line fails with the file's location. */
    static SynonymMap synonyms(KnowledgeSource.SourceFile file) {
        try (Analyzer analyzer = plain()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            parser.parse(new StringReader(file.content()));
            return parser.build();
        } catch (ParseException | IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Malformed synonyms file " + file.location() + ": " + e.getMessage(), e);
        }
    }
}
