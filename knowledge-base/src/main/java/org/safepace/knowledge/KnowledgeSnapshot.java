package org.safepace.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * One immutable, fully built knowledge base: the parsed articles, their passages in a fixed order (the
 * "ordinal" the index refers to), the index and its searcher. A reload builds a new snapshot and swaps it in.
 */
final class KnowledgeSnapshot implements AutoCloseable {

    final List<Article> articles;
    final List<Passage> passages;
    final List<Article> articleByOrdinal;
    /** Each passage's {@link PassageUnits}, by ordinal: split once here, not on every turn that shows it. */
    private final List<List<String>> units;
    final Map<String, Integer> ordinalById;
    final PassageIndex index;
    final HybridSearcher searcher;
    final int embedded;
    final int cached;
    final RetrievalTuning tuning;
    final Timings timings;
    private final int dimensions;

    private KnowledgeSnapshot(List<Article> articles, List<Passage> passages, List<Article> articleByOrdinal,
                              PassageIndex index, HybridSearcher searcher, int embedded, int cached, RetrievalTuning tuning,
                              Timings timings, int dimensions) {
        this.articles = List.copyOf(articles);
        this.passages = List.copyOf(passages);
        this.articleByOrdinal = List.copyOf(articleByOrdinal);
        this.units = passages.stream().map(passage -> PassageUnits.of(passage.text())).toList();
        this.index = index;
        this.searcher = searcher;
        this.embedded = embedded;
        this.cached = cached;
        this.tuning = tuning;
        this.timings = timings;
        this.dimensions = dimensions;
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < passages.size(); i++) {
            ids.put(passages.get(i).id(), i);
        }
        this.ordinalById = Map.copyOf(ids);
    }

    static KnowledgeSnapshot build(KnowledgeSource source, Embedder embedder, Path embeddingCacheDir, RetrievalTuning tuning) {
        long start = System.nanoTime();
        KnowledgeSource.SourceFile synonyms = source.synonyms();
        List<Article> articles = new ArrayList<>();
        for (KnowledgeSource.SourceFile file : source.articles()) {
            articles.add(ArticleParser.parse(file.location(), file.fileName(), file.content()));
        }
        List<Passage> passages = new ArrayList<>();
        List<Article> owners = new ArrayList<>();
        for (Article article : articles) {
            for (Passage passage : article.passages()) {
                passages.add(passage);
                owners.add(article);
            }
        }
        // One batch for everything the model embeds: each passage's text, then its questions.
        List<String> texts = new ArrayList<>(passages.size() * 6);
        for (int i = 0; i < passages.size(); i++) {
            texts.add(embeddingText(owners.get(i).title(), passages.get(i)));
            passages.get(i).questions().forEach(question -> texts.add(embedder.asQuery(question)));
        }
        long parsed = System.nanoTime();
        EmbeddingCache.Vectors vectors = EmbeddingCache.vectors(texts, embedder, embeddingCacheDir);
        long embedded = System.nanoTime();

        List<PassageIndex.Entry> entries = new ArrayList<>(passages.size());
        Audience[] audiences = new Audience[passages.size()];
        int next = 0;
        for (int i = 0; i < passages.size(); i++) {
            Passage passage = passages.get(i);
            Article owner = owners.get(i);
            int count = 1 + passage.questions().size();
            entries.add(new PassageIndex.Entry(passage.id(), owner.title(), passage.heading(), passage.text(),
                    passage.questions(), owner.audience(), vectors.vectors().subList(next, next + count)));
            next += count;
            audiences[i] = owner.audience();
        }
        // A few hundred short passages fit in a few megabytes: an in-heap directory avoids temp files.
        PassageIndex index = new PassageIndex(entries, new ByteBuffersDirectory());
        String[] passageIds = passages.stream().map(Passage::id).toArray(String[]::new);
        HybridSearcher searcher = new HybridSearcher(index, audiences, passageIds, onlyWhen(passages),
                questionTypes(passages), synonyms, synonymWords(source.synonyms()), embedder, tuning);
        long indexed = System.nanoTime();
        return new KnowledgeSnapshot(articles, passages, owners, index, searcher, vectors.embedded(), vectors.cached(), tuning,
                new Timings(millis(start, parsed), millis(parsed, embedded), millis(embedded, indexed)),
                vectors.vectors().isEmpty() ? 0 : vectors.vectors().get(0).length);
    }

    /** Where a load's time went, in milliseconds (logged at start-up and reported by the benchmark). */
    record Timings(long parse, long embeddings, long index) {
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** What the model embeds for a passage: its article title and heading give the body its context. */
    static String embeddingText(String title, Passage passage) {
        return (title + "\n" + passage.heading() + "\n" + passage.text()).replace("**", "");
    }

    /** Every word in the synonyms file: these are deliberate vocabulary, never "corrected" as misspellings. */
    static Set<String> synonymWords(KnowledgeSource.SourceFile synonyms) {
        Set<String> words = new HashSet<>();
        try (Analyzer plain = Analyzers.plain()) {
            for (String line : synonyms.content().lines().toList()) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                try (TokenStream tokens = plain.tokenStream("synonyms", line)) {
                    CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                    tokens.reset();
                    while (tokens.incrementToken()) {
                        words.add(term.toString());
                    }
                    tokens.end();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The same articles and index searched with other tuning (evaluation only). */
    HybridSearcher searcher(RetrievalTuning other, KnowledgeSource source, Embedder embedder) {
        Audience[] audiences = articleByOrdinal.stream().map(Article::audience).toArray(Audience[]::new);
        String[] passageIds = passages.stream().map(Passage::id).toArray(String[]::new);
        return new HybridSearcher(index, audiences, passageIds, onlyWhen(passages), questionTypes(passages),
                source.synonyms(), synonymWords(source.synonyms()), embedder, other);
    }

    private static List<java.util.Map<QuestionType, Double>> questionTypes(List<Passage> passages) {
        return passages.stream().map(p -> QuestionType.profile(p.heading(), p.questions())).toList();
    }

    private static List<List<String>> onlyWhen(List<Passage> passages) {
        return passages.stream().map(Passage::onlyWhen).toList();
    }

    /** The length of every vector in the index; a query vector must match it. */
    int dimensions() {
        return dimensions;
    }

    PassageHit hit(int ordinal, double score) {
        Passage passage = passages.get(ordinal);
        Article article = articleByOrdinal.get(ordinal);
        return new PassageHit(passage.id(), article.id(), article.title(), passage.heading(), passage.text(), score,
                article.audience(), article.topics(), passage.sources(), passage.questions(), units.get(ordinal));
    }

    @Override
    public void close() {
        index.close();
    }
}
