package org.safepace.knowledge;

/** Which retrievers a search uses; the single-retriever modes exist so the evaluation can compare them. */
enum SearchMode {
    BM25, DENSE, HYBRID
}
