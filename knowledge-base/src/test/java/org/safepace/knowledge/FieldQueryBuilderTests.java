package org.safepace.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

/**
 * One analysis replayed for every field must build, field by field, the very query Lucene's own builder makes from
 * its own analysis: multi-word synonyms (a token graph), stop words only, possessives, a long message, no words.
 */
class FieldQueryBuilderTests {

    private static final Analyzer QUERY = Analyzers.englishWithSynonyms(KnowledgeSource.read(null).synonyms());
    private static final List<String> FIELDS = List.of(PassageIndex.TITLE, PassageIndex.HEADING,
            PassageIndex.QUESTIONS, PassageIndex.BODY);

    @Test
    void eachFieldGetsTheQueryLucenesBuilderMakes() {
        QueryBuilder lucene = new QueryBuilder(QUERY);
        FieldQueryBuilder once = new FieldQueryBuilder(QUERY);
        for (String text : List.of("how do I use a dilator", "can we still have sex without penetration?",
                "should I see a pelvic floor physio or a physical therapist", "my husband's patience",
                "the", "", "!!!", "is i/c ever going to work? my gyno said just relax, my pt said breathe",
                "what is vaginismus? ".repeat(40), "trainer set or vaginal dilator, which one")) {
            List<Query> queries = once.shouldQueries(FIELDS, text);
            assertThat(queries).hasSize(FIELDS.size());
            for (int i = 0; i < FIELDS.size(); i++) {
                assertThat(queries.get(i)).as("%s in %s", text, FIELDS.get(i))
                        .isEqualTo(lucene.createBooleanQuery(FIELDS.get(i), text, BooleanClause.Occur.SHOULD));
            }
        }
        assertThat(once.shouldQueries(FIELDS, "pelvic floor physio").get(0).toString()).contains(PassageIndex.TITLE + ":");
    }
}
