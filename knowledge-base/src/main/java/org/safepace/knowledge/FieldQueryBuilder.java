package org.safepace.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Lucene's {@link QueryBuilder} for several fields from one analysis of the text: the query analyzer treats every
 * field alike, so its tokens (synonyms and stems included) are cached once and replayed for each field, and each
 * field's query is the one {@code createBooleanQuery(field, text, SHOULD)} builds. The analysis (tokenising,
 * synonym graph, stemming) was most of building a search's BM25 queries.
 */
final class FieldQueryBuilder extends QueryBuilder {

    FieldQueryBuilder(Analyzer analyzer) {
        super(analyzer);
    }

    /** Per field, in order, what {@code createBooleanQuery(field, text, SHOULD)} returns ({@code null}: no terms). */
    List<Query> shouldQueries(List<String> fields, String text) {
        List<Query> queries = new ArrayList<>(fields.size());
        if (fields.isEmpty()) {
            return queries;
        }
        try (CachingTokenFilter tokens = new CachingTokenFilter(getAnalyzer().tokenStream(fields.get(0), text))) {
            for (String field : fields) {
                // Each call resets the cache to its first token; the first one fills it from the analyzer.
                queries.add(createFieldQuery(tokens, BooleanClause.Occur.SHOULD, field, false, 0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Error analyzing query text", e);
        }
        return queries;
    }
}
