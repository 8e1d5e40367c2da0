package org.safepace.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A small index's nearest vectors are scored exactly, outside Lucene: the hits (docs, scores and order) must be
 * those of Lucene's own exact search, with and without the audience filter.
 */
class ExactNearestVectorsTests {

    private static final int DIMS = 384;

    @Test
    void theExactSearchFindsWhatLucenesExactSearchFinds() throws Exception {
        Random random = new Random(11);
        List<PassageIndex.Entry> entries = new ArrayList<>();
        Audience[] audiences = new Audience[150];
        String[] ids = new String[audiences.length];
        for (int i = 0; i < audiences.length; i++) {
            audiences[i] = Audience.values()[i % Audience.values().length];
            ids[i] = "article" + (i / 5) + "#s" + i;
            List<float[]> vectors = new ArrayList<>();
            for (int v = 0; v <= i % 4; v++) {
                vectors.add(unit(random));
            }
            entries.add(new PassageIndex.Entry(ids[i], "title", "heading", "body", List.of(), audiences[i], vectors));
        }
        try (PassageIndex index = new PassageIndex(entries, new ByteBuffersDirectory())) {
            HybridSearcher searcher = new HybridSearcher(index, audiences, ids,
                    new KnowledgeSource.SourceFile("synonyms.txt", "synonyms.txt", ""), java.util.Set.of(),
                    new KnowledgeBaseTests.AxisEmbedder(), RetrievalTuning.DEFAULT);
            IndexSearcher lucene = index.acquire();
            try {
                for (int q = 0; q < 20; q++) {
                    float[] target = unit(random);
                    for (Audience audience : new Audience[] {null, Audience.SELF, Audience.PARTNER}) {
                        Query filter = HybridSearcher.audienceFilter(audience);
                        ScoreDoc[] exact = searcher.nearestVectors(lucene, target, 40, audience, filter);
                        // Lucene searches exactly when the filter matches no more documents than k.
                        Query all = filter != null ? filter : new BooleanQuery.Builder()
                                .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER).build();
                        ScoreDoc[] reference = lucene.search(new KnnFloatVectorQuery(PassageIndex.VECTOR, target,
                                index.vectorCount(), all), index.vectorCount()).scoreDocs;

                        assertThat(exact).hasSize(40);
                        for (int i = 0; i < exact.length; i++) {
                            assertThat(exact[i].doc).isEqualTo(reference[i].doc);
                            assertThat(exact[i].score).isEqualTo(reference[i].score);
                        }
                    }
                }
            } finally {
                index.release(lucene);
            }
        }
    }

    private static float[] unit(Random random) {
        return ExactVectorScanTests.unit(random, DIMS);
    }
}
