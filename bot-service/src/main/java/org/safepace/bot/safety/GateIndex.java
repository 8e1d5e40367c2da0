package org.safepace.bot.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.safepace.bot.safety.AnalysedText.Term;

/**
 * Every term's gate words and every lexicon phrase's required words in one character trie, so that a message is
 * indexed in one walk per token: the walk finds all the gates the token opens (a gate of three or more characters
 * opens any token it starts; a shorter one only the token it equals; {@link Term#DIGIT} any token starting with a
 * digit) and all the required words it is (a stem: any token it starts). Built once from the terms compiled so far
 * and rebuilt if more are compiled later; immutable, shared by every message.
 */
final class GateIndex {

    private static volatile GateIndex current;

    /** Terms, required words and stems known when this index was built. */
    final int terms;
    final int words;
    final int stems;
    /** Per term id and gate index: the trie node of the gate, or {@link #DIGIT_NODE}. */
    final int[][] gateNodes;
    static final int DIGIT_NODE = -1;
    /** Number of trie nodes. */
    final int nodes;

    // The trie: node 0 is the root; children as parallel arrays of characters and node numbers.
    private final char[][] childChars;
    private final int[][] childNodes;
    /** For nodes with many children: child + 1 by ASCII character, so the walk needs no search there. */
    private final int[][] directChildren;
    /**
     * Per node: is its path a gate. A gate of three or more characters is opened by every token it starts; a shorter
     * one only by the token it equals.
     */
    private final boolean[] gateNode;
    /** Per node: required stems (-id - 1) the node's path is, opened by every token it starts (three or more). */
    private final int[][] prefixWords;
    /** Per node: required words the node's path is, which only the token that equals it has. */
    private final int[][] exactWords;

    private GateIndex(List<Term> all, List<String> wordList, List<String> stemList) {
        terms = all.size();
        words = wordList.size();
        stems = stemList.size();
        gateNodes = new int[terms][];
        Builder b = new Builder();
        for (Term term : all) {
            String[] gates = term.gates();
            gateNodes[term.id()] = new int[gates.length];
            for (int g = 0; g < gates.length; g++) {
                gateNodes[term.id()][g] = gates[g].equals(Term.DIGIT) ? DIGIT_NODE : b.add(gates[g], true, 0, true);
            }
        }
        for (int w = 0; w < wordList.size(); w++) {
            b.add(wordList.get(w), false, w, false);
        }
        for (int s = 0; s < stemList.size(); s++) {
            b.add(stemList.get(s), true, -(s + 1), false);
        }
        int n = b.chars.size();
        nodes = n;
        gateNode = new boolean[n];
        childChars = new char[n][];
        directChildren = new int[n][];
        childNodes = new int[n][];
        prefixWords = new int[n][];
        exactWords = new int[n][];
        for (int node = 0; node < n; node++) {
            childChars[node] = b.chars.get(node).toString().toCharArray();
            childNodes[node] = b.nodes.get(node).stream().mapToInt(Integer::intValue).toArray();
            if (childChars[node].length > 4) {
                directChildren[node] = new int[128];
                for (int i = 0; i < childChars[node].length; i++) {
                    if (childChars[node][i] < 128) {
                        directChildren[node][childChars[node][i]] = childNodes[node][i] + 1;
                    }
                }
            }
            gateNode[node] = b.prefixGates.get(node) != null;
            prefixWords[node] = toArray(b.prefixWords.get(node));
            exactWords[node] = toArray(b.exactWords.get(node));
        }
    }

    /** The index covering every term, word and stem compiled so far. */
    static GateIndex current(int termCount, int wordCount, int stemCount) {
        GateIndex index = current;
        if (index == null || index.terms != termCount || index.words != wordCount || index.stems != stemCount) {
            synchronized (GateIndex.class) {
                index = current;
                List<Term> all = Term.all();
                List<String> wordList = AnalysedText.requiredWords();
                List<String> stemList = AnalysedText.requiredStems();
                if (index == null || index.terms != all.size() || index.words != wordList.size()
                        || index.stems != stemList.size()) {
                    index = new GateIndex(all, wordList, stemList);
                    current = index;
                }
            }
        }
        return index;
    }

    /** What a walk of one token found; reused token after token. */
    interface Visitor {
        /** The token opens the gate(s) at this trie node. */
        void gate(int node);

        /** The token is this required word ({@code >= 0}) or starts with this stem ({@code -id - 1}). */
        void word(int wordId);
    }

    /** Walks the token through the trie and reports every gate it opens and every required word (or stem) it is. */
    void visit(String token, Visitor visitor) {
        int node = 0;
        int length = token.length();
        for (int i = 0; i < length; i++) {
            node = child(node, token.charAt(i));
            if (node < 0) {
                return;
            }
            boolean last = i == length - 1;
            if (gateNode[node] && (i >= 2 || last)) {
                visitor.gate(node);
            }
            if (i >= 2) {
                for (int word : prefixWords[node]) {
                    visitor.word(word);
                }
            }
            if (last) {
                for (int word : exactWords[node]) {
                    visitor.word(word);
                }
            }
        }
    }

    private int child(int node, char c) {
        int[] direct = directChildren[node];
        if (direct != null && c < 128) {
            return direct[c] - 1;
        }
        char[] chars = childChars[node];
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == c) {
                return childNodes[node][i];
            }
        }
        return -1;
    }

    private static int[] toArray(List<Integer> list) {
        return list == null ? new int[0] : list.stream().mapToInt(Integer::intValue).distinct().toArray();
    }

    /** Collects the trie; {@code prefixGates} only marks which nodes are gates. */
    private static final class Builder {
        final List<StringBuilder> chars = new ArrayList<>();
        final List<List<Integer>> nodes = new ArrayList<>();
        final List<List<Integer>> prefixGates = new ArrayList<>();
        final List<List<Integer>> prefixWords = new ArrayList<>();
        final List<List<Integer>> exactWords = new ArrayList<>();

        Builder() {
            newNode();
        }

        private int newNode() {
            chars.add(new StringBuilder());
            nodes.add(new ArrayList<>());
            prefixGates.add(null);
            prefixWords.add(null);
            exactWords.add(null);
            return chars.size() - 1;
        }

        /** Adds the path and what it is (a gate, a stem or a word); returns its node. */
        int add(String path, boolean prefix, int value, boolean isGate) {
            int node = 0;
            for (int i = 0; i < path.length(); i++) {
                char c = path.charAt(i);
                int at = chars.get(node).indexOf(String.valueOf(c));
                if (at < 0) {
                    int child = newNode();
                    chars.get(node).append(c);
                    nodes.get(node).add(child);
                    node = child;
                } else {
                    node = nodes.get(node).get(at);
                }
            }
            List<List<Integer>> into = isGate ? prefixGates : prefix ? prefixWords : exactWords;
            if (into.get(node) == null) {
                into.set(node, new ArrayList<>());
            }
            into.get(node).add(value);
            return node;
        }
    }
}
