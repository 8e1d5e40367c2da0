package org.safepace.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.spell.LevenshteinDistance;

/**
 * The misspellings the synonyms file lists beside the word they mean ("vaginsmus" beside "vaginismus"). BM25 already
 * expands them through the synonyms, but the embedding model sees only the text: a misspelt "vaginsmus" is a
 * different token to it and the message drifts from its topic. This maps such a variant to the peer on its line that
 * the articles use and that is spelt nearly the same (at most two edits), so the embedded text carries the real word.
 * Deliberate vocabulary that is not a misspelling ("gyno", "hubby", "i/c") is far from every peer and is left as typed.
 */
final class KnownMisspellings {

    private static final int MAX_EDITS = 2;
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance();

    /** Each single word of the file and the other single words on its line. */
    private final Map<String, List<String>> peers;

    private KnownMisspellings(Map<String, List<String>> peers) {
        this.peers = peers;
    }

    static KnownMisspellings of(KnowledgeSource.SourceFile synonyms) {
        Map<String, List<String>> peers = new HashMap<>();
        try (Analyzer plain = Analyzers.plain()) {
            for (String line : synonyms.content().lines().toList()) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                List<String> single = new ArrayList<>();
                for (String entry : line.split(",")) {
                    List<String> words = words(plain, entry);
                    if (words.size() == 1) {
                        single.add(words.get(0));
                    }
                }
                for (String word : single) {
                    List<String> others = new ArrayList<>(single);
                    others.remove(word);
                    peers.computeIfAbsent(word, w -> new ArrayList<>()).addAll(others);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KnownMisspellings(Map.copyOf(peers));
    }

    /**
     * The word the articles use for {@code word}, or {@code null} when {@code word} is not a listed variant of one.
     *
     * @param indexed whether the articles contain a word
     */
    String intended(String word, Predicate<String> indexed) {
        List<String> candidates = peers.get(word);
        if (candidates == null || indexed.test(word)) {
            return null;
        }
        String best = null;
        float bestSimilarity = 0;
        for (String peer : candidates) {
            float similarity = DISTANCE.getDistance(word, peer);
            int edits = Math.round((1 - similarity) * Math.max(word.length(), peer.length()));
            if (edits <= MAX_EDITS && similarity > bestSimilarity && indexed.test(peer)) {
                best = peer;
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    private static List<String> words(Analyzer analyzer, String text) throws IOException {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("synonyms", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        }
        return words;
    }
}
