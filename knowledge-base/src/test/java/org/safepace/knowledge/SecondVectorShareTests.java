package org.safepace.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A passage scores by its best vector plus a share of its second best ({@link RetrievalTuning#secondVectorShare}):
 * a passage whose text and one of its questions both sit near the message outranks one with a single, slightly
 * nearer vector; without the share, the single nearest vector wins. A share of the mean of all its vectors
 * ({@link RetrievalTuning#meanVectorShare}) lets a passage the message is near in every phrasing outrank one near in
 * two phrasings and far in the rest.
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

    @Test
    void aPassageNearInAllItsVectorsOutranksOneNearInTwoAndFarInTheRest() throws Exception {
        assertThat(firstOfMany(RetrievalTuning.DEFAULT)).isEqualTo("e#near-throughout");
    }

    @Test
    void withoutTheMeanTheTwoNearestVectorsWin() throws Exception {
        assertThat(firstOfMany(RetrievalTuning.DEFAULT.withMeanVectorShare(0))).isEqualTo("d#two-near-rest-far");
    }

    private static String firstOfMany(RetrievalTuning tuning) throws Exception {
        List<String> fourQuestions = List.of("one?", "two?", "three?", "four?");
        List<PassageIndex.Entry> entries = List.of(
                new PassageIndex.Entry("d#two-near-rest-far", "d", "two near", "text", fourQuestions, Audience.BOTH,
                        List.of(atCosine(0.90f, 1), atCosine(0.89f, 2), atCosine(0.10f, 3), atCosine(0.10f, 1),
                                atCosine(0.10f, 2), atCosine(0.10f, 3))),
                new PassageIndex.Entry("e#near-throughout", "e", "near throughout", "text", fourQuestions, Audience.BOTH,
                        List.of(atCosine(0.88f, 2), atCosine(0.87f, 3), atCosine(0.85f, 1), atCosine(0.85f, 2),
                                atCosine(0.85f, 3), atCosine(0.85f, 1))),
                // A third passage widens the search (four vectors a passage) to reach every vector of the two above.
                new PassageIndex.Entry("f#far", "f", "far", "text", List.of(), Audience.BOTH, List.of(atCosine(0f, 1))));
        return first(entries, tuning);
    }

    private static String firstOf(RetrievalTuning tuning) throws Exception {
        List<PassageIndex.Entry> entries = List.of(
                new PassageIndex.Entry("a#one-near", "a", "one near", "text", List.of(), Audience.BOTH,
                        List.of(atCosine(0.90f, 1))),
                new PassageIndex.Entry("b#two-near", "b", "two near", "text", List.of("a question?"), Audience.BOTH,
                        List.of(atCosine(0.88f, 2), atCosine(0.89f, 3))),
                new PassageIndex.Entry("c#far", "c", "far", "text", List.of(), Audience.BOTH,
                        List.of(atCosine(0.10f, 1))));
        return first(entries, tuning);
    }

    private static String first(List<PassageIndex.Entry> entries, RetrievalTuning tuning) throws Exception {
        String[] ids = entries.stream().map(PassageIndex.Entry::id).toArray(String[]::new);
        Audience[] audiences = entries.stream().map(PassageIndex.Entry::audience).toArray(Audience[]::new);
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
