package org.safepace.bot.safety;

import java.util.ArrayList;
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
    /** The lexicon phrases by the words of their smallest required set, for the same terms and words. */
    final SmallestSetIndex smallestSets;

    // The trie, flat (node 0 is the root), so that a walk reads a few contiguous arrays rather than one small array
    // per node. Children of node k: childChars/childNodes[childFrom[k] .. childFrom[k + 1]); nodes with many
    // children also have a row of 128 entries (child + 1 by ASCII character) at direct[directRow[k] * 128].
    private final char[] childChars;
    private final int[] childNodes;
    private final int[] childFrom;
    private final int[] directRow;
    private final int[] direct;
    /** Per node: {@link #GATE}, {@link #PREFIX_WORDS}, {@link #EXACT_WORDS}. */
    private final byte[] flags;
    private static final byte GATE = 1;
    private static final byte PREFIX_WORDS = 2;
    private static final byte EXACT_WORDS = 4;
    /**
     * Per node: the required stems (-id - 1) its path is, opened by every token it starts (three or more characters),
     * at prefixWords[prefixFrom[k] .. prefixFrom[k + 1]); and the required words its path is, which only the token
     * that equals it has, at exactWords[exactFrom[k] .. exactFrom[k + 1]). A gate of three or more characters opens
     * every token it starts; a shorter one only the token it equals.
     */
    private final int[] prefixWords;
    private final int[] prefixFrom;
    private final int[] exactWords;
    private final int[] exactFrom;

    private GateIndex(List<Term> all, List<String> wordList, List<String> stemList) {
        terms = all.size();
        words = wordList.size();
        stems = stemList.size();
        smallestSets = new SmallestSetIndex(all, words, stems);
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
        flags = new byte[n];
        childFrom = new int[n + 1];
        directRow = new int[n];
        prefixFrom = new int[n + 1];
        exactFrom = new int[n + 1];
        List<Integer> kids = new ArrayList<>();
        StringBuilder kidChars = new StringBuilder();
        List<Integer> directRows = new ArrayList<>();
        List<Integer> prefix = new ArrayList<>();
        List<Integer> exact = new ArrayList<>();
        int rows = 0;
        for (int node = 0; node < n; node++) {
            childFrom[node] = kids.size();
            kidChars.append(b.chars.get(node));
            kids.addAll(b.nodes.get(node));
            if (b.chars.get(node).length() > 4) {
                directRow[node] = ++rows; // row 0 is unused: 0 means "no row"
                directRows.add(node);
            }
            prefixFrom[node] = prefix.size();
            exactFrom[node] = exact.size();
            if (b.prefixWords.get(node) != null) {
                b.prefixWords.get(node).stream().distinct().forEach(prefix::add);
                flags[node] |= PREFIX_WORDS;
            }
            if (b.exactWords.get(node) != null) {
                b.exactWords.get(node).stream().distinct().forEach(exact::add);
                flags[node] |= EXACT_WORDS;
            }
            if (b.prefixGates.get(node) != null) {
                flags[node] |= GATE;
            }
        }
        childFrom[n] = kids.size();
        prefixFrom[n] = prefix.size();
        exactFrom[n] = exact.size();
        childChars = kidChars.toString().toCharArray();
        childNodes = kids.stream().mapToInt(Integer::intValue).toArray();
        prefixWords = prefix.stream().mapToInt(Integer::intValue).toArray();
        exactWords = exact.stream().mapToInt(Integer::intValue).toArray();
        direct = new int[(rows + 1) * 128];
        for (int node : directRows) {
            for (int i = childFrom[node]; i < childFrom[node + 1]; i++) {
                if (childChars[i] < 128) {
                    direct[directRow[node] * 128 + childChars[i]] = childNodes[i] + 1;
                }
            }
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
            int f = flags[node];
            if (f == 0) {
                continue;
            }
            boolean last = i == length - 1;
            if ((f & GATE) != 0 && (i >= 2 || last)) {
                visitor.gate(node);
            }
            if ((f & PREFIX_WORDS) != 0 && i >= 2) {
                for (int w = prefixFrom[node]; w < prefixFrom[node + 1]; w++) {
                    visitor.word(prefixWords[w]);
                }
            }
            if ((f & EXACT_WORDS) != 0 && last) {
                for (int w = exactFrom[node]; w < exactFrom[node + 1]; w++) {
                    visitor.word(exactWords[w]);
                }
            }
        }
    }

    private int child(int node, char c) {
        int row = directRow[node];
        if (row != 0 && c < 128) {
            return direct[row * 128 + c] - 1;
        }
        for (int i = childFrom[node]; i < childFrom[node + 1]; i++) {
            if (childChars[i] == c) {
                return childNodes[i];
            }
        }
        return -1;
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
