package org.safepace.knowledge;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    /** Title, heading and body are {@link TextField}s, analysed for English, searched by BM25 with boosts. */
    static final String TITLE = "title";
    static final String HEADING = "heading";
    static final String BODY = "body";
    /** All words lowercased but not stemmed: the vocabulary the spelling corrector suggests from. */
    static final String SPELL = "spell";
    /** The passage embedding: a {@link KnnFloatVectorField} with an HNSW graph for approximate nearest neighbours. */
    static final String VECTOR = "vector";
    /**
     * The passage's position in the caller's list, as doc values: maps a hit back to its passage with one array
     * read instead of loading stored fields, and survives segment merges that reorder Lucene doc ids.
     */
    static final String ORDINAL = "ord";

    /** One passage as the index sees it. */
    record Entry(String id, String title, String heading, String body, float[] vector) {
    }

    private final Directory directory;
    private final SearcherManager searcherManager;
    private final int size;
    /** Lucene doc id (single segment after the force-merge, else docBase + doc) to passage ordinal. */
    private final int[] ordinalByDoc;

    PassageIndex(List<Entry> entries, Directory directory) {
        this.directory = directory;
        this.size = entries.size();
        Analyzer english = Analyzers.english();
        Analyzer perField = new PerFieldAnalyzerWrapper(english, Map.of(SPELL, Analyzers.plain()));
        IndexWriterConfig config = new IndexWriterConfig(perField)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(1024); // a ceiling, not an allocation: large synthetic indexes flush once
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int ordinal = 0; ordinal < entries.size(); ordinal++) {
                writer.addDocument(document(entries.get(ordinal), ordinal));
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
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the passage index", e);
        }
    }

    private static Document document(Entry entry, int ordinal) {
        Document doc = new Document();
        doc.add(new StringField(ID, entry.id(), Field.Store.YES));
        doc.add(new TextField(TITLE, entry.title(), Field.Store.NO));
        doc.add(new TextField(HEADING, entry.heading(), Field.Store.NO));
        doc.add(new TextField(BODY, entry.body(), Field.Store.NO));
        doc.add(new TextField(SPELL, entry.title() + "\n" + entry.heading() + "\n" + entry.body(), Field.Store.NO));
        // Passage vectors are unit length, so the dot product is the cosine and the cheapest similarity.
        doc.add(new KnnFloatVectorField(VECTOR, entry.vector(), VectorSimilarityFunction.DOT_PRODUCT));
        doc.add(new NumericDocValuesField(ORDINAL, ordinal));
        return doc;
    }

    /** Opens an index this class built earlier in {@code directory} (the benchmark reuses its large synthetic ones). */
    PassageIndex(Directory directory) {
        this.directory = directory;
        try {
            this.searcherManager = new SearcherManager(directory, null);
            this.ordinalByDoc = ordinals();
            this.size = ordinalByDoc.length;
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

    int size() {
        return size;
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
