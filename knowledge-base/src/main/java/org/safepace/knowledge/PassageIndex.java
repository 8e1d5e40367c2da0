package org.safepace.knowledge;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * A read-only Lucene index of passages: lexical fields for BM25, a vector field for KNN, built once and then
 * shared by all threads through one {@link SearcherManager}. A reload builds a new index rather than updating
 * this one, so documents never change after construction.
 */
final class PassageIndex implements Closeable {

    /**
     * Exact passage id: a stored {@link StringField} (one untokenised term, never analysed) so the id survives as
     * typed, a passage is one term query away, and a hit can be identified from the index alone (Luke, explain).
     * The hot path maps hits through {@link #ORDINAL} instead.
     */
    static final String ID = "id";
    /** Title, heading, body and questions are {@link TextField}s, analysed for English, searched by BM25 with boosts. */
    static final String TITLE = "title";
    static final String HEADING = "heading";
    static final String BODY = "body";
    /** The questions the section says it answers (its {@code Questions:} line), one field value each. */
    static final String QUESTIONS = "questions";
    /**
     * Who the passage is written for ({@code self}, {@code partner}, {@code both}): an untokenised
     * {@link StringField} on passage and question documents alike, so BM25 and KNN can both be filtered by it.
     */
    static final String AUDIENCE = "audience";
    /** All words lowercased but not stemmed: the vocabulary the spelling corrector suggests from. */
    static final String SPELL = "spell";
    /**
     * The embeddings: a {@link KnnFloatVectorField} with an HNSW graph for approximate nearest neighbours. The
     * passage document holds the passage text's vector; each of its questions is one more document holding only
     * that question's vector, the ordinal and the audience (no text fields, so BM25 statistics are untouched),
     * and a passage scores by its best vector.
     */
    static final String VECTOR = "vector";
    /**
     * The passage's position in the caller's list, as doc values: maps a hit back to its passage with one array
     * read instead of loading stored fields, and survives segment merges that reorder Lucene doc ids.
     */
    static final String ORDINAL = "ord";
    /** 1 on a passage's own document (its text vector), 0 on its question documents. */
    static final String PASSAGE_TEXT = "passage_text";

    /**
     * One passage as the index sees it.
     *
     * @param vectors the passage text's vector first, then one per question
     */
    record Entry(String id, String title, String heading, String body, List<String> questions, Audience audience,
                 List<float[]> vectors) {
        Entry {
            questions = List.copyOf(questions);
            vectors = List.copyOf(vectors);
            if (vectors.isEmpty()) {
                throw new IllegalArgumentException("passage " + id + " needs at least its own vector");
            }
        }

        /** A passage without questions, for everyone (the benchmark's synthetic passages). */
        Entry(String id, String title, String heading, String body, float[] vector) {
            this(id, title, heading, body, List.of(), Audience.BOTH, List.of(vector));
        }
    }

    private final Directory directory;
    private final SearcherManager searcherManager;
    private final int size;
    private final int vectorCount;
    /** Lucene doc id (single segment after the force-merge, else docBase + doc) to passage ordinal. */
    private final int[] ordinalByDoc;
    private final boolean[] passageTextByDoc;

    PassageIndex(List<Entry> entries, Directory directory) {
        this.directory = directory;
        this.size = entries.size();
        this.vectorCount = entries.stream().mapToInt(e -> e.vectors().size()).sum();
        Analyzer english = Analyzers.english();
        Analyzer perField = new PerFieldAnalyzerWrapper(english, Map.of(SPELL, Analyzers.plain()));
        IndexWriterConfig config = new IndexWriterConfig(perField)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(1024); // a ceiling, not an allocation: large synthetic indexes flush once
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int ordinal = 0; ordinal < entries.size(); ordinal++) {
                writer.addDocuments(documents(entries.get(ordinal), ordinal));
            }
            // One segment: BM25 and HNSW search one graph instead of several, which keeps latency flat.
            writer.forceMerge(1);
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the passage index", e);
        }
        try {
            this.searcherManager = new SearcherManager(directory, null);
            this.ordinalByDoc = ordinals();
            this.passageTextByDoc = passageTexts();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the passage index", e);
        }
    }

    private static List<Document> documents(Entry entry, int ordinal) {
        List<Document> docs = new ArrayList<>(entry.vectors().size());
        Document doc = new Document();
        doc.add(new StringField(ID, entry.id(), Field.Store.YES));
        doc.add(new TextField(TITLE, entry.title(), Field.Store.NO));
        doc.add(new TextField(HEADING, entry.heading(), Field.Store.NO));
        doc.add(new TextField(BODY, entry.body(), Field.Store.NO));
        for (String question : entry.questions()) {
            doc.add(new TextField(QUESTIONS, question, Field.Store.NO));
        }
        doc.add(new TextField(SPELL, entry.title() + "\n" + entry.heading() + "\n" + entry.body() + "\n"
                + String.join("\n", entry.questions()), Field.Store.NO));
        doc.add(new NumericDocValuesField(PASSAGE_TEXT, 1));
        docs.add(withVector(doc, entry.vectors().get(0), entry.audience(), ordinal));
        for (float[] questionVector : entry.vectors().subList(1, entry.vectors().size())) {
            Document question = new Document();
            question.add(new NumericDocValuesField(PASSAGE_TEXT, 0));
            docs.add(withVector(question, questionVector, entry.audience(), ordinal));
        }
        return docs;
    }

    private static Document withVector(Document doc, float[] vector, Audience audience, int ordinal) {
        // Vectors are unit length, so the dot product is the cosine and the cheapest similarity.
        doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        doc.add(new StringField(AUDIENCE, audienceTerm(audience), Field.Store.NO));
        doc.add(new NumericDocValuesField(ORDINAL, ordinal));
        return doc;
    }

    static String audienceTerm(Audience audience) {
        return audience.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Opens an index this class built earlier in {@code directory} (the benchmark reuses its large synthetic ones). */
    PassageIndex(Directory directory) {
        this.directory = directory;
        try {
            this.searcherManager = new SearcherManager(directory, null);
            this.ordinalByDoc = ordinals();
            this.passageTextByDoc = passageTexts();
            this.size = (int) java.util.Arrays.stream(ordinalByDoc).distinct().count();
            this.vectorCount = ordinalByDoc.length;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the passage index in " + directory, e);
        }
    }

    private int[] ordinals() throws IOException {
        IndexSearcher searcher = searcherManager.acquire();
        try {
            int[] map = new int[searcher.getIndexReader().maxDoc()];
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                NumericDocValues values = leaf.reader().getNumericDocValues(ORDINAL);
                for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                    map[leaf.docBase + doc] = (int) values.longValue();
                }
            }
            return map;
        } finally {
            searcherManager.release(searcher);
        }
    }

    /** Which documents hold a passage text's vector; an index built before questions had only those. */
    private boolean[] passageTexts() throws IOException {
        IndexSearcher searcher = searcherManager.acquire();
        try {
            boolean[] texts = new boolean[searcher.getIndexReader().maxDoc()];
            java.util.Arrays.fill(texts, true);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                NumericDocValues values = leaf.reader().getNumericDocValues(PASSAGE_TEXT);
                if (values == null) {
                    continue;
                }
                for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                    texts[leaf.docBase + doc] = values.longValue() == 1;
                }
            }
            return texts;
        } finally {
            searcherManager.release(searcher);
        }
    }

    /** Whether a top-level doc id holds a passage's own text vector (not one of its questions). */
    boolean isPassageText(int doc) {
        return passageTextByDoc[doc];
    }

    IndexSearcher acquire() {
        try {
            return searcherManager.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot acquire an index searcher", e);
        }
    }

    void release(IndexSearcher searcher) {
        try {
            searcherManager.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot release an index searcher", e);
        }
    }

    /** The caller's list position of the passage behind a top-level Lucene doc id. */
    int ordinal(int doc) {
        return ordinalByDoc[doc];
    }

    /** How many passages. */
    int size() {
        return size;
    }

    /** How many vectors (passages plus their questions): the most a KNN search can return. */
    int vectorCount() {
        return vectorCount;
    }

    @Override
    public void close() {
        try {
            searcherManager.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the passage index", e);
        }
    }
}
