package org.safepace.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A passage scores by its best vector plus a share of its second best ({@link RetrievalTuning#secondVectorShare}):
 * a passage whose text and one of its questions both sit near the message outranks one with a single, slightly
 * nearer vector; without the share, the single nearest vector wins.
 */
class SecondVectorShareTests {

    private static final float[] QUERY = {1, 0, 0, 0};

    @Test
    void aPassageNearInTwoOfItsVectorsOutranksOneNearInOnlyOne() throws Exception {
        assertThat(firstOf(RetrievalTuning.DEFAULT)).isEqualTo("b#two-near");
    }

    @Test
    void withoutTheShareTheSingleNearestVectorWins() throws Exception {
        RetrievalTuning none = RetrievalTuning.DEFAULT.withSecondVectorShare(0);
        assertThat(firstOf(none)).isEqualTo("a#one-near");
    }

    private static String firstOf(RetrievalTuning tuning) throws Exception {
        List<PassageIndex.Entry> entries = List.of(
                new PassageIndex.Entry("a#one-near", "a", "one near", "text", List.of(), Audience.BOTH,
                        List.of(atCosine(0.90f, 1))),
                new PassageIndex.Entry("b#two-near", "b", "two near", "text", List.of("a question?"), Audience.BOTH,
                        List.of(atCosine(0.88f, 2), atCosine(0.89f, 3))),
                new PassageIndex.Entry("c#far", "c", "far", "text", List.of(), Audience.BOTH,
                        List.of(atCosine(0.10f, 1))));
        String[] ids = entries.stream().map(PassageIndex.Entry::id).toArray(String[]::new);
        Audience[] audiences = {Audience.BOTH, Audience.BOTH, Audience.BOTH};
        try (PassageIndex index = new PassageIndex(entries, new ByteBuffersDirectory())) {
            HybridSearcher searcher = new HybridSearcher(index, audiences, ids,
                    new KnowledgeSource.SourceFile("synonyms.txt", "synonyms.txt", ""), Set.of(),
                    new KnowledgeBaseTests.AxisEmbedder(), tuning);
            HybridSearcher.Outcome outcome = searcher.search("anything", QUERY, null, 3, SearchMode.DENSE, null, false);
            return ids[outcome.ranked().get(0).ordinal()];
        }
    }

    /** A unit vector at {@code cosine} to {@link #QUERY}, the rest of its length on axis {@code axis}. */
    private static float[] atCosine(float cosine, int axis) {
        float[] vector = new float[4];
        vector[0] = cosine;
        vector[axis] = (float) Math.sqrt(1 - cosine * cosine);
        return vector;
    }
}
