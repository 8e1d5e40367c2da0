package org.safepace.bot.safety;

import java.util.ArrayList;
import java.util.List;
import org.safepace.bot.safety.AnalysedText.Term;

/**
 * Every lexicon phrase by the words of its smallest required set (the set {@link AnalysedText.Phrases#required} puts
 * first): a message's words then wake only the phrases that can match it, so a phrase none of whose smallest-set
 * words occurs is never looked at. Phrases are numbered across all terms ({@link #phraseBase} plus the phrase's
 * index in its term). Built by {@link GateIndex} from the same terms and words; immutable.
 */
final class SmallestSetIndex {

    /** Per term id: the number of its first phrase (terms without phrases take none). */
    final int[] phraseBase;
    /** Number of phrases across all terms. */
    final int phrases;
    /** Phrases without any required set: possible in every sentence. */
    final int[] unconditional;
    // Per required word id (stems after the words, at words + stem id), its phrases: byWord[from[k] .. from[k + 1]).
    private final int words;
    private final int[] from;
    private final int[] byWord;
    /** Per phrase: how many sentences after its first it may reach (a phrase that steps over a full stop). */
    private final int[] reach;

    SmallestSetIndex(List<Term> terms, int words, int stems) {
        this.words = words;
        phraseBase = new int[terms.size()];
        List<List<Integer>> lists = new ArrayList<>();
        for (int k = 0; k < words + stems; k++) {
            lists.add(new ArrayList<>());
        }
        List<Integer> always = new ArrayList<>();
        List<Integer> reaches = new ArrayList<>();
        int next = 0;
        for (Term term : terms) {
            phraseBase[term.id()] = next;
            if (term.phrases() == null) {
                continue;
            }
            int[][][] required = term.phrases().required();
            for (int phrase = 0; phrase < required.length; phrase++, next++) {
                reaches.add(term.phrases().reach()[phrase]);
                if (required[phrase].length == 0) {
                    always.add(next);
                    continue;
                }
                for (int id : required[phrase][0]) {
                    List<Integer> list = lists.get(slot(id));
                    if (list.isEmpty() || list.get(list.size() - 1) != next) { // a word listed twice in one set
                        list.add(next);
                    }
                }
            }
        }
        phrases = next;
        reach = reaches.stream().mapToInt(Integer::intValue).toArray();
        unconditional = always.stream().mapToInt(Integer::intValue).toArray();
        from = new int[lists.size() + 1];
        for (int k = 0; k < lists.size(); k++) {
            from[k + 1] = from[k] + lists.get(k).size();
        }
        byWord = lists.stream().flatMap(List::stream).mapToInt(Integer::intValue).toArray();
    }

    /**
     * Marks, for every phrase whose smallest set holds this word (by id, a stem's negative), the sentences given, and
     * for a phrase that may step over a full stop also the sentences before them it may start in.
     */
    void wake(int wordId, long sentences, long[] smallestSetSentences) {
        int k = slot(wordId);
        for (int i = from[k]; i < from[k + 1]; i++) {
            int phrase = byWord[i];
            smallestSetSentences[phrase] |= reach[phrase] == 0 ? sentences
                    : AnalysedText.reachedFrom(sentences, reach[phrase]);
        }
    }

    private int slot(int wordId) {
        return wordId >= 0 ? wordId : words + (-wordId - 1);
    }
}
