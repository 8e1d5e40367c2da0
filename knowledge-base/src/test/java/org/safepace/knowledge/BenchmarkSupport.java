package org.safepace.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.store.MMapDirectory;

/**
 * The benchmark's door into the package-private retrieval classes (test code only, so the main API stays small).
 */
public final class BenchmarkSupport {

    private BenchmarkSupport() {
    }

    /** A knowledge base with or without the LRU cache of query vectors. */
    public static KnowledgeBase load(Path articlesDir, Path cacheDir, boolean queryVectorCache) {
        Embedder embedder = queryVectorCache
                ? new QueryVectorCache(OnnxEmbedder.BGE_SMALL, QueryVectorCache.DEFAULT_CAPACITY) : OnnxEmbedder.BGE_SMALL;
        return KnowledgeBase.load(new KnowledgeBaseSettings(articlesDir, cacheDir), embedder);
    }

    /** The knowledge base embedded and searched with the named model ({@code bge} or {@code minilm}), no query cache. */
    public static KnowledgeBase load(Path articlesDir, Path cacheDir, String model) {
        Embedder embedder = switch (model) {
            case "bge" -> OnnxEmbedder.BGE_SMALL;
            case "minilm" -> RetrievalTuningExperiment.MINILM;
            default -> throw new IllegalArgumentException("model must be bge or minilm, not " + model);
        };
        return KnowledgeBase.load(new KnowledgeBaseSettings(articlesDir, cacheDir), embedder);
    }

    /** "parse X ms, embeddings Y ms, index Z ms" for the knowledge base's current snapshot. */
    public static String loadTimings(KnowledgeBase kb) {
        KnowledgeSnapshot.Timings t = kb.loadTimings();
        return "parse " + t.parse() + " ms, embeddings " + t.embeddings() + " ms, index " + t.index() + " ms";
    }

    /** Blocks until the embedding model is loaded, and returns how long that took in milliseconds. */
    public static long loadModel() {
        long start = System.nanoTime();
        OnnxEmbedder.BGE_SMALL.embedQuery("warm up");
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** A synthetic index searched exactly like the real one (BM25 + KNN + fusion, query embedded by the model). */
    public static final class Synthetic implements AutoCloseable {
        private final PassageIndex index;
        private final HybridSearcher searcher;
        public final long buildMillis;
        /** True when the index was opened from an earlier run instead of built. */
        public final boolean reused;

        private Synthetic(PassageIndex index, HybridSearcher searcher, long buildMillis, boolean reused) {
            this.index = index;
            this.searcher = searcher;
            this.buildMillis = buildMillis;
            this.reused = reused;
        }

        /** One hybrid search for the top 5; returns the number of hits so the JIT cannot drop the work. */
        public int search(String query) {
            return searcher.search(query, null, null, 5, SearchMode.HYBRID, null).ranked().size();
        }

        /** BM25 only (no embedding). */
        public int searchBm25(String query) {
            return searcher.search(query, null, null, 5, SearchMode.BM25, null).ranked().size();
        }

        /** KNN only; with the query-vector cache warm this excludes the embedding. */
        public int searchDense(String query) {
            return searcher.search(query, null, null, 5, SearchMode.DENSE, null).ranked().size();
        }

        @Override
        public void close() {
            index.close();
        }
    }

    /**
     * The same model in LangChain4j's ready-made wrapper, whose ONNX session uses a thread per core for each query:
     * the benchmark's baseline for the single-threaded session the service uses.
     */
    private static final OnnxEmbedder BGE_SMALL_DEFAULT_SESSION = new OnnxEmbedder(OnnxEmbedder.BGE_SMALL_ID,
            OnnxEmbedder.BGE_QUERY_PREFIX,
            dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel::new);

    /** Embeds one question with LangChain4j's default ONNX session (intra-op threads = cores). */
    public static int embedWithDefaultSession(String query) {
        return BGE_SMALL_DEFAULT_SESSION.embedQuery(query).length;
    }

    /** Embeds one question with the model (no cache): the part of a search the LRU cache saves. */
    public static int embedOnly(String query) {
        return OnnxEmbedder.BGE_SMALL.embedQuery(query).length;
    }

    /**
     * {@code size} passages whose words are drawn from the real articles and whose vectors are random unit vectors
     * (embedding 100k passages with the model would take half an hour), in an MMap directory under {@code dir}.
     */
    public static Synthetic synthetic(int size, Path articlesDir, Path dir, boolean queryVectorCache, long seed) {
        KnowledgeSource source = KnowledgeSource.read(articlesDir);
        List<String> words = new ArrayList<>();
        for (KnowledgeSource.SourceFile file : source.articles()) {
            Article article = ArticleParser.parse(file.location(), file.fileName(), file.content());
            article.passages().forEach(p -> words.addAll(List.of(p.text().split("\\s+"))));
        }
        Random random = new Random(seed);
        List<PassageIndex.Entry> entries = new ArrayList<>(size);
        Audience[] audiences = new Audience[size];
        String[] passageIds = new String[size];
        for (int i = 0; i < size; i++) {
            audiences[i] = Audience.values()[random.nextInt(3)];
            passageIds[i] = "synthetic-" + i + "#s";
            entries.add(new PassageIndex.Entry("synthetic-" + i + "#s", sentence(words, random, 4),
                    sentence(words, random, 7), sentence(words, random, 60 + random.nextInt(90)), List.of(), audiences[i],
                    List.of(randomUnit(random))));
        }
        long start = System.nanoTime();
        try {
            // The same seed always yields the same index, so a previous run's index under dir is reused.
            Path marker = dir.resolve("complete-v2-" + size + "-" + seed);
            boolean reused = Files.exists(marker);
            PassageIndex index;
            if (reused) {
                index = new PassageIndex(new MMapDirectory(dir));
            } else {
                index = new PassageIndex(entries, new MMapDirectory(dir));
                Files.createFile(marker);
            }
            long buildMillis = (System.nanoTime() - start) / 1_000_000;
            Embedder embedder = queryVectorCache
                    ? new QueryVectorCache(OnnxEmbedder.BGE_SMALL, QueryVectorCache.DEFAULT_CAPACITY) : OnnxEmbedder.BGE_SMALL;
            HybridSearcher searcher = new HybridSearcher(index, audiences, passageIds, source.synonyms(),
                    KnowledgeSnapshot.synonymWords(source.synonyms()), embedder, RetrievalTuning.DEFAULT);
            return new Synthetic(index, searcher, buildMillis, reused);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sentence(List<String> words, Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(words.get(random.nextInt(words.size()))).append(' ');
        }
        return text.toString();
    }

    private static float[] randomUnit(Random random) {
        float[] vector = new float[384];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return OnnxEmbedder.unit(vector);
    }
}
