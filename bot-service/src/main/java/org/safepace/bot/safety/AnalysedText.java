package org.safepace.bot.safety;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safepace.bot.text.NegationCues;

/**
 * One message after normalisation, split into sentences and clauses, with the NegEx/ConText-style context checks the
 * rules use: negation (triggers before and after a term, scope ending at "but", "however", "although" and the end of
 * the sentence), hypotheticals, and resolved history. Context flags are computed lazily, only for clauses where a rule
 * matched, because the screen runs on every message.
 */
final class AnalysedText {

    /** Filters a rule can ask for; crisis rules, for example, ignore hypothetical framing. */
    static final int NEGATION = 1;
    static final int HYPOTHETICAL = 2;
    static final int HISTORY = 4;
    /** Someone else's past told as a report ("my mum had a prolapse"); a partner's symptoms still count. */
    static final int OTHER_PERSON = 8;
    static final int ALL = NEGATION | HYPOTHETICAL | HISTORY | OTHER_PERSON;

    private static final int PRE_WINDOW_TOKENS = 5;
    private static final int POST_WINDOW_TOKENS = 5;

    /**
     * Negation triggers before a term: the shared {@link NegationCues#WORDS} and a few phrases. Pseudo-negations that
     * do not negate what follows ("not sure", "no idea", "don't know", "can't stop", "doesn't ease") are excluded.
     */
    private static final Pattern PRE_NEGATION = Pattern.compile(
            // "said no", "take no for an answer": the word no, not a negation of what follows; but a finding
            // reported right before the red-flag word ("the gyno said no infection", "the scan found no bleeding":
            // quiet, 2026-12-02) negates it. The window ends where the term starts (opaque bounds): "no" must be the
            // last word before it, so "i said no and he carried on" and "she said no, i'm bleeding" are not negations.
            "(?:(?<!\\b(?:say|said|says|saying|tell|told|telling|take|took|taking|means|mean) )"
                    + "\\b(?:" + NegationCues.WORDS_REGEX + "|free of|absence of|ruled out|negative for|zero|nothing like)"
                    + "|(?<=\\b(?:said|says|told me|tells me|told us|found) )no(?= $))"
                    + "(?! (?:idea|doubt|wonder|matter|change|better|way|clue|sure|only|just|certain|a lot|much|very"
                    + "|that|too|quite|so|really sure|normal|stop\\w*|getting better|improving|enough|like|know|tell"
                    + "|remember|realis\\w*|realiz\\w*|go away|settle|get better|improve|seem to stop|slow|ease|care"
                    + "|want to stop|mean)\\b)\\b");

    /**
     * Negation triggers after a term ("the bleeding is gone", "the swab came back normal"), but not a question
     * ("bleeding and cramps, is normal?").
     */
    /**
     * "Gone" as in over, not as in "gone through my clothes" or "gone a funny green colour": a change of colour or for
     * the worse may come after up to two describing words ("gone bright red", "gone kind of grey"), never across
     * punctuation ("it's gone, not red any more" is over).
     */
    private static final String GONE = "gone(?! (?:through|over|up|down|to|into|on|out|in|from|off|a|an|all|really"
            + "|very|so|quite)\\b)(?! (?:[\\w'-]+ ){0,2}(?:bad|worse|heavier|darker|lighter|green|greenish|yellow|yellowish|red|brown"
            + "|grey|gray|black|pink|purple|blue|white|numb|swollen|hard|lumpy"
            // safe3 (2026-12-02): "she's gone weirdly calm" is a change in someone, not an episode that ended
            + "|quiet|calm|silent|distant|withdrawn|weird|weirdly|strangely|pale)\\b)";

    private static final Pattern POST_NEGATION = Pattern.compile(
            "(?:\\b(?:is|are|was|were|has|have|had|'s|it's) (?:now )?(?:all |completely |totally |long )?"
                    + "(?:" + GONE + "|cleared(?: up)?|resolved|healed|normal|fine|ok|okay|settled)(?! \\?)"
                    + "|\\bwent away|\\bgone away|\\bcleared up|\\bruled out|\\bcame back (?:normal|negative|clear|fine)"
                    + "|\\bnot (?:there|present) any ?more|\\bnever came back"
                    + "|\\b(?:isn't|wasn't|aren't|weren't) (?:there|present|an issue|a problem)"
                    + "(?! (?:before|until|earlier|yesterday|last|a (?:week|month|day) ago)\\b))\\b");

    /**
     * Hypothetical or educational framing that covers what follows it in the clause ("what if I bleed", "can
     * dilators cause an infection"), but not what comes before ("he threatens me if I say no").
     */
    private static final Term HYPOTHETICAL_CUE = Term.near(1, 
            "\\b(?:what if|what happens if|what would happen if|could i|would i|will i|might i|should i (?:worry|be worried)"
                    + " (?:if|about)|in case|if i ever|is it possible|how likely"
                    + "|if (?:i|you|she|he|we|they|it|someone|people) (?!'m\\b|am\\b|are\\b|'re\\b|is\\b|'s\\b|was\\b"
                    + "|were\\b|'ve\\b|have been\\b|had\\b|keep\\b|still\\b|now\\b)\\w+"
                    + "|can (?:i|you|one|people|someone|women) (?:get|catch|develop|have)\\b"
                    + "|can (?:[\\w'-]+ ){1,3}(?:cause|lead to|make|trigger|give you|result in)\\b"
                    + "|do(?:es)? (?:[\\w'-]+ ){0,3}(?:cause|lead to|mean)\\b|is (?:[\\w'-]+ ){1,3}(?:a sign of|something to worry)"
                    + "|(?:is|are|was) (?:[\\w'-]+ ){0,3}(?:caused by|linked to|related to|a result of|triggered by)"
                    + "|(?:which|what) (?:are )?(?:the )?(?:warning |main |usual |common |first )?(?:symptoms|signs)"
                    + "|warning signs|when should i|how (?:do|would|can|will) (?:i|you) (?:know|tell)"
                    + "|do (?:people|women|most people|some people|many people|others)\\b|does (?:everyone|anyone)\\b"
                    + "|i(?:'ve)? (?:read|heard)\\b|people say|the (?:article|leaflet|book|website|guide) (?:says|said|mentions)"
                    + "|my (?:physio|doctor|gp|therapist|nurse) (?:said|told me|explained|mentioned))",
            "what", "could", "would", "will", "might", "should", "in", "is", "are", "was", "if", "can", "do", "does",
            "which", "warning", "when", "how", "people", "article", "leaflet", "book", "website", "guide", "physio",
            "doctor", "gp", "therapist", "nurse", "read", "heard")
            .startingWith(
            "what", "could", "would", "will", "might", "should", "in", "is", "are", "was", "if", "can", "do", "does",
            "which", "warning", "when", "how", "people", "i", "i've", "the", "my");

    /**
     * Resolved or long-past history within a sentence. A look-behind comes after a look-ahead for its word
     * ("(?=used)"): the same matches, but the costly look-behind runs only where the word is, not at every candidate.
     */
    private static final Term HISTORY_CUE = Term.of(
            "\\b(?:last year|(?=used)(?<!\\b(?:never|not|didn't|did not|never really|get|gets|getting|got|be|being|am|i'm|im|is|are|become|becoming) )used to|(?:in|over) the past(?! (?:\\d+|few|couple|several) (?:days|hours|weeks))"
                    + "|when i was (?:younger|a teen|a teenager|a child|little|a kid|\\d+|six|seven|eight|nine|ten|eleven|twelve"
                    + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|as a (?:teen|teenager|child|kid)"
                    + "|(?=growing)(?<!\\bi'm |\\bi am |\\bim |\\bstill |\\bare )growing up"
                    + "|in my (?:teens|twenties|20s)|back in \\d{4}"
                    + "|(?:it's|it is|its|that's|that is|all|everything's|everything is|she's|she is) (?:all )?"
                    + "(?:fine|ok|okay|good|better|healed|resolved|gone|cleared up|sorted|clear) now"
                    + "|(?:has|had|have) (?:all )?(?:cleared|healed|resolved|" + GONE + ")(?: up)?|cleared up|went away"
                    + "|never came back|hasn't come back|haven't had (?:it|1|any) since|no (?:problems|issues) since)\\b",
            "last", "used", "in", "over", "when", "as", "back", "it's", "it", "its", "that's", "that", "all",
            "everything", "she's", "she", "has", "had", "have", "cleared", "went", "never", "hasn't", "haven't", "no",
            "growing");

    /** A sentence that only says the previous one is resolved ("It's fine now."). */
    private static final Pattern RESOLUTION_SENTENCE = Pattern.compile(
            "^(?:but |and )?(?:it's|it is|its|that's|that is|it has|all|everything's|everything is|it) (?:all )?"
                    + "(?:fine|ok|okay|good|better|healed|resolved|gone|cleared up|cleared|went away|settled|sorted)(?: now)?"
                    + "(?: thankfully| though)?(?: \\.)?$");

    final String text;
    /** The tokens of {@link #text}, as the analyser made them (no substring per look-up). */
    private final String[] tokens;
    private final int[] tokenStart;
    private final int[] tokenClause;
    private final int[] clauseStart;
    private final int[] clauseEnd;
    private final int[] clauseSentence;
    private final int[] sentenceStart;
    private final int[] sentenceEnd;
    private static final int UNKNOWN = Integer.MIN_VALUE;
    /** Per clause: where its hypothetical cue starts (-1 for the whole clause, MAX_VALUE for none); lazy. */
    private final int[] hypotheticalCue;
    private final byte[] history;
    private final byte[] resolvedBySuccessor;

    AnalysedText(String text, String[] tokens, int[] tokenStart, int[] tokenClause, int[] clauseStart, int[] clauseEnd,
                 int[] clauseSentence, int[] sentenceStart, int[] sentenceEnd) {
        this.text = text;
        this.tokens = tokens;
        this.tokenStart = tokenStart;
        this.tokenClause = tokenClause;
        this.clauseStart = clauseStart;
        this.clauseEnd = clauseEnd;
        this.clauseSentence = clauseSentence;
        this.sentenceStart = sentenceStart;
        this.sentenceEnd = sentenceEnd;
        this.hypotheticalCue = new int[clauseStart.length];
        Arrays.fill(hypotheticalCue, UNKNOWN);
        this.history = new byte[clauseStart.length];
        this.resolvedBySuccessor = new byte[sentenceStart.length];
    }

    /**
     * Where each term could match: token starts at, or up to {@link Term#back()} tokens before, a token that begins
     * with one of the term's gate prefixes. Rules try their regex only there (anchored). The message is indexed once
     * (one {@link GateIndex} walk per token, for every term at once), so a term none of whose gates occurs costs an
     * array read, not a regex scan.
     */
    private int[][] candidatesByTerm = new int[Term.count()][];
    private final TextAnalyser.IntList scratch = new TextAnalyser.IntList();
    private Matcher[] matchers = new Matcher[Term.count()];
    private static final int BUCKETS = 1024;
    /** Per token, its bucket (first three characters) for {@link Term#startingWith}; set by {@link #buildIndex}. */
    private int[] tokenBucket;
    /**
     * The message's tokens by the {@link GateIndex} node of the gate they open, as chains: the first token + 1 per
     * node, the next token + 1 per entry (0 ends a chain); set by {@link #buildIndex}.
     */
    private GateIndex index;
    private int[] firstHitByNode;
    private TextAnalyser.IntList hitToken;
    private TextAnalyser.IntList nextHit;
    private TextAnalyser.IntList digitTokens;

    int[] candidates(Term term) {
        if (term.id() >= candidatesByTerm.length) {
            candidatesByTerm = Arrays.copyOf(candidatesByTerm, Term.count());
        }
        int[] candidates = candidatesByTerm[term.id()];
        if (candidates == null) {
            candidates = computeCandidates(term);
            candidatesByTerm[term.id()] = candidates;
        }
        return candidates;
    }

    private int[] computeCandidates(Term term) {
        if (tokenBucket == null || term.id() >= index.terms) {
            buildIndex();
        }
        TextAnalyser.IntList found = scratch;
        found.clear();
        int[] nodes = index.gateNodes[term.id()];
        long[] gateSentences = term.phrases() == null ? null : gateSentences(term, nodes.length);
        for (int gate = 0; gate < nodes.length; gate++) {
            // A lexicon term: only tokens in sentences where a phrase of this gate can match (matchAt would try no
            // phrase anywhere else); a regex term: everywhere.
            long sentences = gateSentences == null ? -1L : gateSentences[gate];
            if (sentences == 0) {
                continue;
            }
            boolean opened = nodes[gate] == GateIndex.DIGIT_NODE ? digitTokens.size() > 0 : firstHitByNode[nodes[gate]] > 0;
            if (!opened) {
                continue;
            }
            if (nodes[gate] == GateIndex.DIGIT_NODE) {
                for (int i = 0; i < digitTokens.size(); i++) {
                    addInSentences(found, digitTokens.get(i), term, sentences);
                }
            } else {
                for (int hit = firstHitByNode[nodes[gate]]; hit > 0; hit = nextHit.get(hit - 1)) {
                    addInSentences(found, hitToken.get(hit - 1), term, sentences);
                }
            }
        }
        int[] candidates = found.toArray();
        if (candidates.length > 1 && !sorted(candidates)) {
            Arrays.sort(candidates);
            int n = 1;
            for (int i = 1; i < candidates.length; i++) {
                if (candidates[i] != candidates[n - 1]) {
                    candidates[n++] = candidates[i];
                }
            }
            candidates = n == candidates.length ? candidates : Arrays.copyOf(candidates, n);
        }
        return candidates;
    }

    private static final int[] NO_CANDIDATES = new int[0];

    private static boolean sorted(int[] values) {
        for (int i = 1; i < values.length; i++) {
            if (values[i] <= values[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private void addInSentences(TextAnalyser.IntList found, int tok, Term term, long sentences) {
        if (sentences == -1L || (sentences & tokenSentenceBit(tok)) != 0) {
            addWithBackReach(found, tok, term);
        }
    }

    private long tokenSentenceBit(int tok) {
        return sentenceStart.length > 64 ? -1L : 1L << clauseSentence[tokenClause[tok]];
    }

    private void addWithBackReach(TextAnalyser.IntList found, int tok, Term term) {
        boolean[] starts = term.startBuckets();
        for (int j = Math.max(0, tok - term.back()); j <= tok; j++) {
            if (starts == null || starts[tokenBucket[j]]) {
                found.add(tokenStart[j]);
            }
        }
    }

    /**
     * One pass over the tokens, each walked once through the shared {@link GateIndex}: the gates every term's tokens
     * open, and the sentences holding each required word and stem of the lexicon phrases.
     */
    private void buildIndex() {
        index = GateIndex.current(Term.count(), WORD_IDS.size(), STEMS.size());
        int n = tokenStart.length;
        tokenBucket = new int[n];
        firstHitByNode = new int[index.nodes];
        hitToken = new TextAnalyser.IntList(n * 2);
        nextHit = new TextAnalyser.IntList(n * 2);
        digitTokens = new TextAnalyser.IntList(16);
        wordSentences = new long[index.words];
        stemSentences = new long[index.stems];
        presentWords = new TextAnalyser.IntList(n);
        boolean many = sentenceStart.length > 64;
        IndexVisitor visitor = new IndexVisitor();
        // Last token first, so that every chain lists its tokens in order.
        for (int tok = n - 1; tok >= 0; tok--) {
            int start = tokenStart[tok];
            tokenBucket[tok] = bucket(text, start, text.length());
            visitor.token = tok;
            visitor.sentenceBit = many ? -1L : 1L << clauseSentence[tokenClause[tok]];
            index.visit(tokens[tok], visitor);
            char c = text.charAt(start);
            if (c >= '0' && c <= '9') {
                digitTokens.add(tok);
            }
        }
        SmallestSetIndex smallestSets = index.smallestSets;
        phraseSentences = new long[smallestSets.phrases];
        phrasesKnown = new long[(smallestSets.phrases >> 6) + 1];
        for (int phrase : smallestSets.unconditional) {
            phraseSentences[phrase] = -1L;
        }
        for (int i = 0; i < presentWords.size(); i++) {
            int id = presentWords.get(i);
            smallestSets.wake(id, id >= 0 ? wordSentences[id] : stemSentences[-id - 1], phraseSentences);
        }
    }

    /** Records what {@link GateIndex#visit} finds for the current token. */
    private final class IndexVisitor implements GateIndex.Visitor {
        int token;
        long sentenceBit;

        @Override
        public void gate(int node) {
            hitToken.add(token);
            nextHit.add(firstHitByNode[node]);
            firstHitByNode[node] = hitToken.size();
        }

        @Override
        public void word(int wordId) {
            long[] sentences = wordId >= 0 ? wordSentences : stemSentences;
            int at = wordId >= 0 ? wordId : -wordId - 1;
            if (sentences[at] == 0) {
                presentWords.add(wordId);
            }
            sentences[at] |= sentenceBit;
        }
    }

    static int bucket(String s, int start, int end) {
        int h = 0;
        for (int i = start; i < Math.min(end, start + 3); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                break;
            }
            h = h * 31 + c;
        }
        return h & (BUCKETS - 1);
    }

    private static int lowerBound(int[] sorted, int value) {
        int i = Arrays.binarySearch(sorted, value);
        return i >= 0 ? i : -i - 1;
    }

    /** One matcher per term per message, reused: callers read start and end before calling anything else. */
    private Matcher anchored(Term term) {
        if (term.id() >= matchers.length) {
            matchers = Arrays.copyOf(matchers, Term.count());
        }
        Matcher m = matchers[term.id()];
        if (m == null) {
            m = term.pattern().matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            matchers[term.id()] = m;
        }
        return m;
    }

    /**
     * The matcher that matched the term at {@code at} (anchored, within [at, regionEnd)), or null. A lexicon term
     * tries only its phrases whose required word occurs in the message and whose gate starts the token at {@code at}.
     * {@code bySentence}: also within the sentence {@code at} is in, or, for a phrase that may step over a full stop
     * ({@link Phrases#reach}), within as many sentences after it as the phrase may reach.
     */
    private Matcher matchAt(Term term, int at, int regionEnd, boolean bySentence) {
        Phrases phrases = term.phrases();
        int sentenceOfAt = bySentence ? sentenceOf(at) : 0;
        if (phrases == null) {
            Matcher m = anchored(term);
            m.region(at, bySentence ? Math.min(regionEnd, sentenceEnd[sentenceOfAt]) : regionEnd);
            return m.lookingAt() ? m : null;
        }
        long sentence = sentenceBit(at);
        char first = text.charAt(at);
        int[] tried = first >= '0' && first <= '9' ? phrases.digitPhrases()
                : phrases.phrasesByBucket()[bucket(text, at, text.length())];
        if (tried == null) {
            return null;
        }
        for (int phrase : tried) {
            if ((live(term, phrase) & sentence) != 0) {
                Matcher m = phraseMatcher(term, phrase);
                int end = regionEnd;
                if (bySentence) {
                    int last = Math.min(sentenceEnd.length - 1, sentenceOfAt + phrases.reach()[phrase]);
                    end = Math.min(regionEnd, sentenceEnd[last]);
                }
                m.region(at, end);
                if (m.lookingAt()) {
                    return m;
                }
            }
        }
        return null;
    }

    private Matcher[][] phraseMatchers = new Matcher[Term.count()][];

    /**
     * Per gate of a lexicon term, the sentences in which a phrase it starts can match ({@link #live}), as bits: read
     * from the few phrases that can match at all, not gate by gate.
     */
    private long[] gateSentences(Term term, int gates) {
        long[] sentences = new long[gates];
        int[][] phraseGates = term.phrases().phraseGates();
        int base = index.smallestSets.phraseBase[term.id()];
        for (int phrase = 0; phrase < phraseGates.length; phrase++) {
            long live = phraseSentences[base + phrase] == 0 ? 0 : live(term, phrase);
            if (live != 0) {
                for (int gate : phraseGates[phrase]) {
                    sentences[gate] |= live;
                }
            }
        }
        return sentences;
    }

    /**
     * Per phrase of a lexicon term, the sentences it can match in, as a bit per sentence: those holding a word of
     * every one of the phrase's required sets (0: nowhere). The smallest set's sentences come from the message's
     * words through the {@link SmallestSetIndex} (most phrases stop there); the other sets are read once per message
     * and phrase, only when asked. With more than 64 sentences a phrase is either possible everywhere or nowhere.
     */
    private long live(Term term, int phrase) {
        int p = index.smallestSets.phraseBase[term.id()] + phrase;
        long possible = phraseSentences[p];
        if (possible == 0 || (phrasesKnown[p >> 6] & 1L << p) != 0) {
            return possible;
        }
        int[][] sets = term.phrases().required()[phrase];
        int reach = term.phrases().reach()[phrase];
        for (int set = 1; set < sets.length && possible != 0; set++) {
            long any = 0;
            for (int w : sets[set]) {
                any |= reachedFrom(sentencesWith(w), reach);
                if ((any & possible) == possible) {
                    break; // the rest of the set cannot add a sentence that is still possible
                }
            }
            possible &= any;
        }
        phraseSentences[p] = possible;
        phrasesKnown[p >> 6] |= 1L << p;
        return possible;
    }

    /** Global ids of the words lexicon phrases require (stems get negative ids), shared by every term. */
    private static final java.util.Map<String, Integer> WORD_IDS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.List<String> STEMS = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The id of a required word; a stem (a word prefix, written with a trailing *) gets a negative one. */
    static int wordId(String word) {
        if (word.endsWith("*")) {
            String stem = word.substring(0, word.length() - 1);
            synchronized (STEMS) {
                int i = STEMS.indexOf(stem);
                if (i < 0) {
                    STEMS.add(stem);
                    i = STEMS.size() - 1;
                }
                return -(i + 1);
            }
        }
        synchronized (WORD_IDS) {
            return WORD_IDS.computeIfAbsent(word, w -> WORD_IDS.size());
        }
    }

    /** The required words by id, for the {@link GateIndex}. */
    static java.util.List<String> requiredWords() {
        synchronized (WORD_IDS) {
            String[] words = new String[WORD_IDS.size()];
            WORD_IDS.forEach((word, id) -> words[id] = word);
            return java.util.List.of(words);
        }
    }

    /** The required stems by id (-id - 1), for the {@link GateIndex}. */
    static java.util.List<String> requiredStems() {
        synchronized (STEMS) {
            return java.util.List.copyOf(STEMS);
        }
    }

    /** Per required word and per stem (by id), the sentences holding it; set by {@link #buildIndex}. */
    private long[] wordSentences;
    private long[] stemSentences;
    /** The required words and stems (by id) the message holds, each once. */
    private TextAnalyser.IntList presentWords;
    /**
     * Per phrase ({@link SmallestSetIndex} numbering): the sentences holding a word of its smallest set, then, once
     * its bit in {@link #phrasesKnown} is set, those holding a word of every set ({@link #live}).
     */
    private long[] phraseSentences;
    private long[] phrasesKnown;

    /** The sentences holding the word (by id, a stem's negative), as bits; -1 for every sentence beyond the 64th. */
    private long sentencesWith(int id) {
        int stem = -id - 1;
        if (tokenBucket == null || (id < 0 ? stem >= stemSentences.length : id >= wordSentences.length)) {
            buildIndex(); // a lexicon compiled after this message was indexed
        }
        if (id < 0 ? stem < stemSentences.length : id < wordSentences.length) {
            return id < 0 ? stemSentences[stem] : wordSentences[id];
        }
        // Compiled while this message was being indexed: look the slow way.
        String word = id < 0 ? requiredStems().get(stem) : requiredWords().get(id);
        long mask = 0;
        for (int tok = 0; tok < tokens.length; tok++) {
            if (id < 0 ? tokens[tok].startsWith(word) : tokens[tok].equals(word)) {
                mask |= sentenceBit(tokenStart[tok]);
            }
        }
        return mask;
    }

    private long sentenceBit(int offset) {
        return sentenceStart.length > 64 ? -1L : 1L << sentenceOf(offset);
    }

    private Matcher phraseMatcher(Term term, int phrase) {
        if (term.id() >= phraseMatchers.length) {
            phraseMatchers = Arrays.copyOf(phraseMatchers, Term.count());
        }
        Matcher[] matchers = phraseMatchers[term.id()];
        if (matchers == null) {
            matchers = new Matcher[term.phrases().patterns().length];
            phraseMatchers[term.id()] = matchers;
        }
        Matcher m = matchers[phrase];
        if (m == null) {
            m = term.phrases().patterns()[phrase].matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            matchers[phrase] = m;
        }
        return m;
    }

    /** The first match of the term that survives the requested context filters, or -1. */
    int firstAffirmed(Term term, int filters) {
        return nextAffirmed(term, filters, 0);
    }

    /** The start of the next surviving match at or after {@code from}, or -1; sets {@link #lastEnd}. */
    int nextAffirmed(Term term, int filters, int from) {
        return nextAffirmedIn(term, filters, from, text.length());
    }

    /** The start of the next surviving match starting within [from, to), or -1; sets {@link #lastEnd}. */
    int nextAffirmedIn(Term term, int filters, int from, int to) {
        int[] candidates = candidates(term);
        if (candidates.length == 0) {
            return -1;
        }
        int[] ends = matchEnds(term, candidates.length);
        byte[] negated = negatedMemo(term, candidates.length);
        for (int i = lowerBound(candidates, from); i < candidates.length && candidates[i] < to; i++) {
            int at = candidates[i];
            int end = sentenceMatchEnd(term, ends, i, at);
            if (end < 0) {
                continue;
            }
            if ((filters & NEGATION) != 0) {
                if (negated[i] == 0) {
                    negated[i] = (byte) (negated(clauseOf(at), at, end) ? 2 : 1);
                }
                if (negated[i] == 2) {
                    continue;
                }
            }
            if (passes(at, end, filters & ~NEGATION)) {
                lastEnd = end;
                return at;
            }
        }
        return -1;
    }

    /**
     * Per term, per candidate: where the term's match there ends when bounded by its sentence (-1: none, 0: not
     * tried yet; a match never ends at 0), and whether that match is negated (0: not known, 1: no, 2: yes). Rules
     * ask for the same term with different filters; each candidate is matched and checked once per message.
     */
    private int[][] matchEndsByTerm = new int[Term.count()][];
    private byte[][] negatedByTerm = new byte[Term.count()][];

    private int[] matchEnds(Term term, int candidates) {
        if (term.id() >= matchEndsByTerm.length) {
            matchEndsByTerm = Arrays.copyOf(matchEndsByTerm, Term.count());
        }
        int[] ends = matchEndsByTerm[term.id()];
        if (ends == null) {
            ends = new int[candidates];
            matchEndsByTerm[term.id()] = ends;
        }
        return ends;
    }

    private byte[] negatedMemo(Term term, int candidates) {
        if (term.id() >= negatedByTerm.length) {
            negatedByTerm = Arrays.copyOf(negatedByTerm, Term.count());
        }
        byte[] negated = negatedByTerm[term.id()];
        if (negated == null) {
            negated = new byte[candidates];
            negatedByTerm[term.id()] = negated;
        }
        return negated;
    }

    private int sentenceMatchEnd(Term term, int[] ends, int i, int at) {
        if (ends[i] == 0) {
            Matcher m = matchAt(term, at, text.length(), true);
            ends[i] = m == null ? -1 : m.end();
        }
        return ends[i];
    }

    /** End of the match last returned by {@link #nextAffirmed}. */
    int lastEnd;

    /** The current pain score, computed once per message by {@link PainRules#currentScore}; MIN_VALUE = not yet. */
    int painScore = Integer.MIN_VALUE;

    boolean affirmed(Term term, int filters) {
        return firstAffirmed(term, filters) >= 0;
    }

    /** Does the term occur at all (no context filters), e.g. for markers like "still". */
    boolean occurs(Term term) {
        return nextAffirmed(term, 0, 0) >= 0;
    }

    /** Does the term occur in the sentence that contains {@code offset}. */
    boolean occursInSentence(Term term, int offset) {
        int s = sentenceOf(offset);
        return occursIn(term, sentenceStart[s], sentenceEnd[s]);
    }

    /** Does the term occur in the clause that contains {@code offset}. */
    boolean occursInClause(Term term, int offset) {
        int c = clauseOf(offset);
        return occursIn(term, clauseStart[c], clauseEnd[c]);
    }

    private boolean occursIn(Term term, int from, int to) {
        return firstIn(term, from, to) >= 0;
    }

    /** Start of the first raw match of the term within [from, to), or -1. */
    int firstIn(Term term, int from, int to) {
        int[] candidates = candidates(term);
        int i = lowerBound(candidates, from);
        if (i >= candidates.length || candidates[i] >= to) {
            return -1;
        }
        int[] ends = null;
        for (; i < candidates.length && candidates[i] < to; i++) {
            int at = candidates[i];
            if (to <= sentenceEnd[sentenceOf(at)]) {
                // Within its sentence: the sentence-bounded match decides, unless it runs past {@code to} (a smaller
                // region can only lose paths, so no match stays no match and one that fits stays the same match).
                if (ends == null) {
                    ends = matchEnds(term, candidates.length);
                }
                int end = sentenceMatchEnd(term, ends, i, at);
                if (end >= 0 && (end <= to || matchAt(term, at, to, false) != null)) {
                    return at;
                }
            } else if (matchAt(term, at, to, false) != null) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Visits raw matches of the term in [from, to) (no context filters), left to right and not overlapping, for
     * rules that read groups. The visitor returns false to stop.
     */
    void forEachMatch(Term term, int from, int to, java.util.function.Predicate<Matcher> visitor) {
        int[] candidates = candidates(term);
        int i = lowerBound(candidates, from);
        if (i >= candidates.length || candidates[i] >= to) {
            return;
        }
        int consumedTo = from;
        for (; i < candidates.length && candidates[i] < to; i++) {
            int at = candidates[i];
            if (at < consumedTo) {
                continue;
            }
            Matcher m = matchAt(term, at, to, true);
            if (m != null) {
                consumedTo = m.end();
                if (!visitor.test(m)) {
                    return;
                }
            }
        }
    }

    int sentenceStartOf(int offset) {
        return sentenceStart[sentenceOf(offset)];
    }

    int sentenceEndOf(int offset) {
        return sentenceEnd[sentenceOf(offset)];
    }

    int clauseStartOf(int offset) {
        return clauseStart[clauseOf(offset)];
    }

    int clauseEndOf(int offset) {
        return clauseEnd[clauseOf(offset)];
    }

    /** Is a match at [start, end) negated, hypothetical or resolved history, as far as the filters ask. */
    boolean passes(int start, int end, int filters) {
        int clause = clauseOf(start);
        if ((filters & NEGATION) != 0 && negated(clause, start, end)) {
            return false;
        }
        if ((filters & HYPOTHETICAL) != 0 && isHypothetical(clause, start)) {
            return false;
        }
        if ((filters & OTHER_PERSON) != 0 && othersHistory(clause, start, end)) {
            return false;
        }
        if ((filters & HISTORY) == 0) {
            return true;
        }
        return isHistory(clause) ? returnsAfterHistory(clause, start, end) : !resolvedAfter(clause, start, end);
    }

    /**
     * "I fainted once years ago and I just fainted again": a word about now right after a match that comes after the
     * clause's history cue makes that match a new, current one.
     */
    private boolean returnsAfterHistory(int clause, int start, int end) {
        int from = clauseStart[clause];
        int cue = firstIn(HISTORY_CUE, from, start);
        int ago = firstIn(ContextCues.HISTORY_AGO, from, start);
        if (cue < 0 && ago < 0) {
            return false;
        }
        int endToken = tokenOf(Math.max(start, end - 1));
        int to = endToken + 3 < tokenStart.length ? tokenStart[endToken + 3] : clauseEnd[clause];
        return occursOutsideResolution(ContextCues.CURRENT, Math.max(cue, ago), Math.min(to, clauseEnd[clause]));
    }

    /**
     * "I had a fever and an infection after the coil, which is all cleared now": the symptom said to have ended
     * later in the clause, with nothing about now before that (outside the resolution itself) and nothing after it
     * saying it returned, in this clause or a later one of the sentence ("it stopped after a day, but then it came
     * back": the return undoes the ending).
     */
    private boolean resolvedAfter(int clause, int start, int end) {
        int from = clauseStart[clause];
        int to = clauseEnd[clause];
        int ended = firstIn(ContextCues.ENDED, start, to);
        if (ended < 0) {
            return false;
        }
        return !occursOutsideResolution(ContextCues.PRESENT_MARKER, from, ended)
                && !occursOutsideResolution(ContextCues.CURRENT, from, to)
                && !occursIn(ContextCues.RETURNED, ended, sentenceEnd[clauseSentence[clause]]);
    }

    /**
     * Is a match at {@code start} part of a report of someone else's past: another person (not a partner) named
     * earlier in the clause, a report word ("had", "used to", "told me") before the match ends, nobody speaking of
     * themselves in between ("I", "I'm", "we") and nothing in the clause about now.
     */
    boolean othersHistory(int clause, int start, int end) {
        int from = clauseStart[clause];
        int person = firstIn(ContextCues.OTHER_PERSON, from, start);
        // "she's doing well now" tells that their episode is over, it does not bring it into the present; nor does the
        // writer's own now after it ("... so now i panic at every twinge")
        if (person < 0 || occursOutsideResolution(ContextCues.CURRENT, from, beforeWriter(end, clauseEnd[clause]))) {
            return false;
        }
        int report = firstIn(ContextCues.OTHER_PERSON_REPORT, person, clauseEnd[clause]);
        if (report < 0 || report >= end) { // inside the match counts: "my cousin bled a lot", "her husband forced her"
            return false;
        }
        for (int tok = tokenOf(person) + 1; tok < tokenStart.length && tokenStart[tok] < start; tok++) {
            if (firstPerson(tok)) {
                return false;
            }
        }
        return true;
    }

    /**
     * quiet (2026-12-02): is a symptom at {@code start} someone else's, told now: a child, relative or friend named as
     * its subject earlier in the clause (or the writer's partner, when {@code explained}: an everyday illness elsewhere
     * in the body is named in the sentence), nobody speaking of themselves in between, and the writer not saying they
     * have it too ("my son had flu and now i've got a fever too" stays the writer's).
     */
    boolean someoneElsesNow(int start) {
        int clause = clauseOf(start);
        int from = clauseStart[clause];
        int person = firstIn(ContextCues.SOMEONE_ELSE_ILL, from, start);
        if (person < 0) {
            int partner = firstIn(ContextCues.PARTNER_ILL, from, start);
            int sentence = clauseSentence[clause];
            if (partner >= 0 && occursIn(ContextCues.EVERYDAY_ILLNESS, sentenceStart[sentence], sentenceEnd[sentence])) {
                person = partner;
            }
        }
        if (person < 0 || occursIn(ContextCues.ME_TOO, from, sentenceEnd[clauseSentence[clause]])) {
            return false;
        }
        for (int tok = tokenOf(person) + 1; tok < tokenStart.length && tokenStart[tok] < start; tok++) {
            if (firstPerson(tok)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the writer starts speaking of themselves (I, I'm, we) after {@code from}, before {@code to}, with the
     * word just before it ("so now i panic"), or {@code to}.
     */
    private int beforeWriter(int from, int to) {
        for (int tok = tokenOf(from); tok < tokenStart.length && tokenStart[tok] < to; tok++) {
            if (tokenStart[tok] >= from && firstPerson(tok)) {
                return tok > 0 && tokenStart[tok - 1] >= from ? tokenStart[tok - 1] : tokenStart[tok];
            }
        }
        return to;
    }

    private boolean newSubject(int from, int to) {
        boolean comma = false;
        for (int tok = tokenOf(from) + 1; tok < tokenStart.length && tokenStart[tok] <= to; tok++) {
            // The match's own first word is a new subject only after a comma: "he wouldn't let me leave, he did
            // stuff i didn't want" is two statements; "i don't think he hurt me" is one.
            if (tokenStart[tok] == to && !comma) {
                break;
            }
            if (subject(tokenText(tok))) {
                return true;
            }
            comma |= tokenText(tok).equals(",");
        }
        return false;
    }

    private static boolean subject(String token) {
        return switch (token) {
            case "i", "i'm", "i've", "i'd", "i'll", "he", "she", "he's", "she's", "we", "we're", "they", "they're" -> true;
            default -> false;
        };
    }

    private boolean firstPerson(int tok) {
        return switch (tokens[tok]) {
            case "i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "myself" -> true;
            default -> false;
        };
    }

    /**
     * The words a {@link #PRE_NEGATION} or {@link #POST_NEGATION} match can start with: a window without a token that
     * could start one skips the regex (a pure speed-up, the regex still decides). A token of word characters only can
     * start a cue only by being its first word; any other token ("don't", "it's", "no-one") is tested with a pattern
     * that finds a cue's first word anywhere in it.
     */
    private static final int PRE_CUE = 1;
    private static final int POST_CUE = 2;
    private static final java.util.Set<String> PRE_CUE_WORDS = java.util.stream.Stream.concat(
            NegationCues.WORDS.stream(), java.util.stream.Stream.of("free", "absence", "ruled", "negative", "zero",
                    "nothing")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Pattern PRE_CUE_INSIDE = Pattern.compile(
            "\\b(?:" + NegationCues.WORDS_REGEX + "|free|absence|ruled|negative|zero|nothing)");
    private static final java.util.Set<String> POST_CUE_WORDS = java.util.Set.of("is", "are", "was", "were", "has",
            "have", "had", "it's", "went", "gone", "cleared", "ruled", "came", "not", "never", "isn't", "wasn't",
            "aren't", "weren't");
    private static final Pattern POST_CUE_INSIDE = Pattern.compile(
            "\\b(?:is|are|was|were|has|have|had|'s|it's|went|gone|cleared|ruled|came|not|never|isn't|wasn't|aren't"
                    + "|weren't)");

    /** Per token, lazily: bit 4 once known, then {@link #PRE_CUE} and {@link #POST_CUE}. */
    private byte[] cueFlags;

    private int cueFlags(int tok) {
        if (cueFlags == null) {
            cueFlags = new byte[tokens.length];
        }
        int flags = cueFlags[tok];
        if (flags == 0) {
            String token = tokens[tok];
            if (wordCharsOnly(token)) {
                flags = (PRE_CUE_WORDS.contains(token) ? PRE_CUE : 0) | (POST_CUE_WORDS.contains(token) ? POST_CUE : 0);
            } else {
                flags = (PRE_CUE_INSIDE.matcher(token).find() ? PRE_CUE : 0)
                        | (POST_CUE_INSIDE.matcher(token).find() ? POST_CUE : 0);
            }
            flags |= 4;
            cueFlags[tok] = (byte) flags;
        }
        return flags;
    }

    private static boolean wordCharsOnly(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** Does a token from {@code fromToken} on, starting before {@code to}, carry the cue flag. */
    private boolean anyCue(int flag, int fromToken, int to) {
        for (int tok = fromToken; tok < tokens.length && tokenStart[tok] < to; tok++) {
            if ((cueFlags(tok) & flag) != 0) {
                return true;
            }
        }
        return false;
    }

    boolean negated(int clause, int start, int end) {
        int startToken = tokenOf(start);
        int windowStart = Math.max(clauseStart[clause], tokenStart[Math.max(0, startToken - PRE_WINDOW_TOKENS)]);
        // Opaque bounds: "not" right before the term negates it even when the term itself is a pseudo-negation's
        // continuation ("not | a lot of blood"), while "not a lot of | blood" keeps the blood.
        if (windowStart < start && anyCue(PRE_CUE, tokenOf(windowStart), start)) {
            Matcher cue = preNegation(windowStart, start);
            int cueEnd = -1;
            while (cue.find()) {
                cueEnd = cue.end();
            }
            // A new subject after the negation starts a new statement: "I can't do this anymore I want to die".
            if (cueEnd >= 0 && !newSubject(cueEnd, start)) {
                return true;
            }
        }
        int endToken = tokenOf(Math.max(start, end - 1));
        int windowEndToken = Math.min(tokenStart.length - 1, endToken + POST_WINDOW_TOKENS + 1);
        int windowEnd = windowEndToken == tokenStart.length - 1 && endToken + POST_WINDOW_TOKENS + 1 > windowEndToken
                ? text.length() : tokenStart[windowEndToken];
        windowEnd = Math.min(clauseEnd[clause], windowEnd);
        if (end >= windowEnd) {
            return false;
        }
        int first = tokenOf(end);
        // A cue starts at a token; one inside the token the match ends in is left to the regex.
        boolean endsInsideToken = tokenStart[first] < end && end < tokenStart[first] + tokens[first].length();
        if (!endsInsideToken && !anyCue(POST_CUE, first, windowEnd)) {
            return false;
        }
        if (postNegation == null) {
            postNegation = POST_NEGATION.matcher(text);
            postNegation.useTransparentBounds(true);
        }
        postNegation.region(end, windowEnd);
        return postNegation.find();
    }

    /** Is a match starting at {@code offset} inside hypothetical framing. */
    boolean isHypothetical(int clause, int offset) {
        if (hypotheticalCue[clause] == UNKNOWN) {
            int cue = Integer.MAX_VALUE;
            if (occursIn(ContextCues.HYPOTHETICAL_EVER, clauseStart[clause], clauseEnd[clause])
                    && !occursIn(ContextCues.CURRENT, clauseStart[clause], clauseEnd[clause])) {
                cue = -1; // "if he ever...": the whole clause is imagined
            } else if (!occursIn(ContextCues.CURRENT, clauseStart[clause], clauseEnd[clause])) {
                if (occursIn(ContextCues.GENERAL, clauseStart[clause], clauseEnd[clause])) {
                    cue = -1;
                } else {
                    int first = firstIn(HYPOTHETICAL_CUE, clauseStart[clause], clauseEnd[clause]);
                    if (first >= 0) {
                        cue = first;
                    }
                    int lexicon = firstIn(ContextCues.HYPOTHETICAL, clauseStart[clause], clauseEnd[clause]);
                    if (lexicon >= 0 && lexicon < cue) {
                        cue = lexicon;
                    }
                    // A question about a symptom in general ("can fever be a red flag?") covers what follows it.
                    int question = questionAbout(clause);
                    if (question >= 0 && question < cue) {
                        cue = question;
                    }
                    int worry = firstIn(ContextCues.WORRY_FUTURE, clauseStart[clause], clauseEnd[clause]);
                    if (worry >= 0 && worry < cue) {
                        cue = worry;
                    }
                }
            }
            hypotheticalCue[clause] = cue;
        }
        int cue = hypotheticalCue[clause];
        return cue < offset && (cue < 0 || !scopeBreak(Math.max(cue, clauseStart[clause]), offset));
    }

    /**
     * A comma and a new subject end a hypothetical's scope: in "if I don't sleep with him he'll leave, and I've
     * started to feel scared of him" the fear is real; in "what if I get a fever, chills or pain" the list is not.
     */
    private static final Pattern SCOPE_BREAK = Pattern.compile(
            ", (?:and |so |then |but )?(?:i|i've|i'm|i'd|he|she|he's|she's|we|we're|they|they're|it's|my|his|her) ");

    private boolean scopeBreak(int from, int to) {
        return region(SCOPE_BREAK, from, to).find();
    }

    /**
     * Where a question about a symptom in general opens the clause ("Is bleeding normal after...", "hi, can fever
     * be a red flag"), or -1. Only at the opening: "she is bleeding" is not a question.
     */
    private int questionAbout(int clause) {
        int from = clauseStart[clause];
        int to = clauseEnd[clause];
        int at = firstIn(ContextCues.QUESTION_ABOUT, from, to);
        while (at >= 0) {
            int tok = tokenOf(at);
            if (at == from || tok > 0 && QUESTION_OPENERS.contains(tokenText(tok - 1))) {
                return at;
            }
            at = firstIn(ContextCues.QUESTION_ABOUT, tokenStart[tok] + 1, to);
        }
        return -1;
    }

    /** Words that may come before a question's first word ("so is bleeding normal?"). */
    private static final java.util.Set<String> QUESTION_OPENERS = java.util.Set.of(",", "so", "and", "but", "also",
            "ok", "okay", "hi", "hey", "hello", "question", "quick", "just", "wondering", "um", "also,");

    private String tokenText(int tok) {
        return tokens[tok];
    }

    boolean isHistory(int clause) {
        if (history[clause] == 0) {
            history[clause] = (byte) (computeHistory(clause) ? 2 : 1);
        }
        return history[clause] == 2;
    }

    private boolean computeHistory(int clause) {
        int sentence = clauseSentence[clause];
        boolean inClause = occursIn(HISTORY_CUE, clauseStart[clause], clauseEnd[clause])
                || occursIn(ContextCues.HISTORY_AGO, clauseStart[clause], clauseEnd[clause]);
        if (inClause) {
            return true;
        }
        // A clause that speaks about now ("but now I have a fever") is not covered by history elsewhere; "now" in a
        // resolution ("and i'm fine now") speaks about now only when nothing in the clause says the symptom ended.
        boolean ended = occursIn(ContextCues.ENDED, clauseStart[clause], clauseEnd[clause]);
        if (ended ? occursOutsideResolution(ContextCues.CURRENT, clauseStart[clause], clauseEnd[clause])
                : occursIn(ContextCues.CURRENT, clauseStart[clause], clauseEnd[clause])) {
            return false;
        }
        return occursIn(HISTORY_CUE, sentenceStart[sentence], sentenceEnd[sentence])
                || occursIn(ContextCues.HISTORY_AGO, sentenceStart[sentence], sentenceEnd[sentence])
                || resolvedByNextSentence(sentence)
                || resolvedInSentence(clause, sentence);
    }

    /**
     * "I had a fever last week, it's all gone": a resolution anywhere in the sentence covers a clause that speaks of
     * the past and not of now ("I'm bleeding and it stopped for a bit" stays current), unless a later clause says it
     * came back ("it stopped after a day, but then it came back").
     */
    private boolean resolvedInSentence(int clause, int sentence) {
        int from = clauseStart[clause];
        int to = clauseEnd[clause];
        return occursIn(ContextCues.RESOLVED, sentenceStart[sentence], sentenceEnd[sentence])
                && (occursIn(ContextCues.PAST_MARKER, from, to) || occursIn(ContextCues.ENDED, from, to))
                && !occursOutsideResolution(ContextCues.PRESENT_MARKER, from, to)
                && !occursOutsideResolution(ContextCues.RETURNED, to, sentenceEnd[sentence]);
    }

    /**
     * Does the term occur in [from, to) outside every resolution phrase: the "i'm" and "now" of "i'm fine now", or the
     * "come back" of "hasn't come back", say the episode is over, not that it is happening.
     */
    private boolean occursOutsideResolution(Term term, int from, int to) {
        for (int at = firstIn(term, from, to); at >= 0; at = firstIn(term, at + 1, to)) {
            if (!insideResolution(at, from, to)) {
                return true;
            }
        }
        return false;
    }

    /** Is {@code offset} inside a resolution phrase of its sentence ("cleared up after antibiotics"). */
    boolean insideResolution(int offset) {
        int sentence = sentenceOf(offset);
        return insideResolution(offset, sentenceStart[sentence], sentenceEnd[sentence]);
    }

    private boolean insideResolution(int offset, int from, int to) {
        boolean[] inside = {false};
        // [ended] as well: a shorter resolution phrase at the same start ("cleared up") would hide the longer one
        for (Term term : new Term[] {ContextCues.RESOLVED, ContextCues.ENDED}) {
            forEachMatch(term, from, to, m -> {
                inside[0] = m.start() <= offset && offset < m.end();
                return !inside[0] && m.start() <= offset;
            });
            if (inside[0]) {
                return true;
            }
        }
        return false;
    }

    private boolean resolvedByNextSentence(int sentence) {
        if (resolvedBySuccessor[sentence] == 0) {
            boolean resolved = sentence + 1 < sentenceStart.length
                    && region(RESOLUTION_SENTENCE, sentenceStart[sentence + 1], sentenceEnd[sentence + 1]).find();
            resolvedBySuccessor[sentence] = (byte) (resolved ? 2 : 1);
        }
        return resolvedBySuccessor[sentence] == 2;
    }

    private Matcher preNegationMatcher;
    private Matcher postNegation;

    /** Opaque bounds (the default): the window's end is the end of the world for the look-aheads. */
    private Matcher preNegation(int from, int to) {
        if (preNegationMatcher == null) {
            preNegationMatcher = PRE_NEGATION.matcher(text);
        }
        preNegationMatcher.region(from, Math.max(from, to));
        return preNegationMatcher;
    }

    private Matcher region(Pattern pattern, int from, int to) {
        Matcher m = pattern.matcher(text);
        m.region(from, Math.max(from, to));
        m.useTransparentBounds(true);
        m.useAnchoringBounds(true);
        return m;
    }

    /** Per character of {@link #text}, the token that starts at or before it; built on first use. */
    private int[] tokenAtChar;

    int tokenOf(int offset) {
        if (tokenAtChar == null) {
            tokenAtChar = new int[text.length()];
            for (int tok = 0; tok < tokenStart.length; tok++) {
                int to = tok + 1 < tokenStart.length ? tokenStart[tok + 1] : text.length();
                Arrays.fill(tokenAtChar, tokenStart[tok], to, tok);
            }
        }
        if (offset <= 0) {
            return 0;
        }
        return offset >= tokenAtChar.length ? Math.max(0, tokenStart.length - 1) : tokenAtChar[offset];
    }

    int clauseOf(int offset) {
        return tokenStart.length == 0 ? 0 : tokenClause[tokenOf(offset)];
    }

    int sentenceOf(int offset) {
        return clauseSentence.length == 0 ? 0 : clauseSentence[clauseOf(offset)];
    }

    int sentenceCount() {
        return sentenceStart.length;
    }

    /**
     * A compiled pattern and its gates: word prefixes such that every match contains a token starting with one of
     * them, at most {@code back} tokens after the match starts (0: the match starts with it). Gates shorter than
     * three characters must equal a whole token. {@code GateConsistencyTests} checks this on the tables.
     */
    record Term(int id, int back, Pattern pattern, String[] gates, boolean[] startBuckets, Phrases phrases) {

        /** The gate for "a token that starts with a digit" (scores, temperatures, doses). */
        static final String DIGIT = "#digit";

        /** Every term made so far, by id: the {@link GateIndex} is built from them. */
        private static final java.util.List<Term> ALL = new java.util.ArrayList<>();
        private static volatile int registered;

        /** Gives the term its id (the next one, or the one it replaces) and registers it. */
        private static Term register(int replacing, int back, Pattern pattern, String[] gates, boolean[] startBuckets,
                                     Phrases phrases) {
            if (gates.length >= 4096) {
                throw new IllegalArgumentException("a term has at most 4095 gates: " + pattern.pattern());
            }
            synchronized (ALL) {
                int id = replacing >= 0 ? replacing : ALL.size();
                Term term = new Term(id, back, pattern, gates, startBuckets, phrases);
                if (replacing >= 0) {
                    ALL.set(id, term);
                } else {
                    ALL.add(term);
                    registered = ALL.size();
                }
                return term;
            }
        }

        static java.util.List<Term> all() {
            synchronized (ALL) {
                return java.util.List.copyOf(ALL);
            }
        }

        /** A term whose matches start at a token beginning with a gate. */
        static Term of(String regex, String... gates) {
            return near(0, regex, gates);
        }

        /** A term whose matches contain a gate token at most {@code back} tokens after the match starts. */
        static Term near(int back, String regex, String... gates) {
            if (gates.length == 0) {
                throw new IllegalArgumentException("a term needs at least one gate prefix: " + regex);
            }
            for (String gate : gates) {
                if (gate.isEmpty() || gate.indexOf(' ') >= 0) {
                    throw new IllegalArgumentException("a gate is one word prefix, not '" + gate + "': " + regex);
                }
            }
            return register(-1, back, Pattern.compile(regex), gates, null, null);
        }

        /**
         * Narrows the tokens tried before a gate to those a match can start with: word prefixes of three or more
         * characters, or whole words when shorter. A pure speed-up; {@code GateConsistencyTests} checks it.
         */
        Term startingWith(String... starts) {
            boolean[] buckets = new boolean[BUCKETS];
            for (String start : starts) {
                buckets[bucket(start, 0, start.length())] = true;
            }
            return register(id, back, pattern, gates, buckets, phrases);
        }

        /**
         * A term of several phrases (from a lexicon): each phrase with its own regex and gates (its possible first
         * words), and sets of words such that the phrase can match only where every set has a word in the message.
         */
        static Term phrases(String[] phraseRegexes, String[][] phraseGates, String[][][] phraseRequired,
                            int[] phraseReach) {
            java.util.Map<String, java.util.List<Integer>> byGate = new java.util.LinkedHashMap<>();
            java.util.List<java.util.List<Integer>> byBucket = new java.util.ArrayList<>();
            for (int b = 0; b < BUCKETS; b++) {
                byBucket.add(null);
            }
            java.util.List<Integer> digits = new java.util.ArrayList<>();
            Pattern[] patterns = new Pattern[phraseRegexes.length];
            for (int phrase = 0; phrase < patterns.length; phrase++) {
                patterns[phrase] = Pattern.compile(phraseRegexes[phrase]);
                for (String gate : phraseGates[phrase]) {
                    byGate.computeIfAbsent(gate, g -> new java.util.ArrayList<>()).add(phrase);
                    java.util.List<Integer> into;
                    if (gate.equals(DIGIT)) {
                        into = digits;
                    } else {
                        int b = bucket(gate, 0, gate.length());
                        if (byBucket.get(b) == null) {
                            byBucket.set(b, new java.util.ArrayList<>());
                        }
                        into = byBucket.get(b);
                    }
                    if (!into.contains(phrase)) {
                        into.add(phrase);
                    }
                }
            }
            int[][][] required = new int[phraseRequired.length][][];
            for (int phrase = 0; phrase < required.length; phrase++) {
                String[][] sets = phraseRequired[phrase] == null ? new String[0][] : phraseRequired[phrase];
                required[phrase] = new int[sets.length][];
                for (int set = 0; set < sets.length; set++) {
                    required[phrase][set] = java.util.Arrays.stream(sets[set]).mapToInt(AnalysedText::wordId).toArray();
                }
                // Smallest set first: a phrase that cannot match is usually told by its first set (the order of an
                // AND does not change it)
                Arrays.sort(required[phrase], java.util.Comparator.comparingInt(set -> set.length));
            }
            String[] gates = byGate.keySet().toArray(String[]::new);
            java.util.List<String> gateOrder = java.util.List.of(gates);
            int[][] gatesOfPhrase = Arrays.stream(phraseGates)
                    .map(own -> Arrays.stream(own).distinct().mapToInt(gateOrder::indexOf).toArray())
                    .toArray(int[][]::new);
            int[][] phrasesByBucket = byBucket.stream()
                    .map(list -> list == null ? null : list.stream().mapToInt(Integer::intValue).sorted().toArray())
                    .toArray(int[][]::new);
            Phrases phrases = new Phrases(patterns, gatesOfPhrase, phrasesByBucket,
                    digits.stream().mapToInt(Integer::intValue).sorted().toArray(), required, phraseReach.clone());
            // The whole alternation too, for GateConsistencyTests' slow search and for reading.
            String all = "(?<![^ ])(?:" + String.join("|", phraseRegexes).replace("(?<![^ ])", "") + ")";
            return register(-1, 0, Pattern.compile(all), gates, null, phrases);
        }

        static int count() {
            return registered;
        }
    }

    /**
     * A lexicon term's phrases: their patterns, per phrase the indices of its gates in the term's unique
     * {@link Term#gates}, which phrases a token's
     * bucket (or a digit) can start, and the words that must occur for each phrase (per mandatory part, the ids
     * of the words it can start with; see {@link AnalysedText#wordId}), and per phrase how many sentences after the
     * one it starts in it may reach ({@link LexiconBuilder#crossings}: 0 for most).
     */
    record Phrases(Pattern[] patterns, int[][] phraseGates, int[][] phrasesByBucket, int[] digitPhrases,
                   int[][][] required, int[] reach) {
    }

    /**
     * The sentences in which a phrase that may reach {@code reach} sentences further can start, given those holding
     * one of its words: the word's own and the {@code reach} before each (bit k is sentence k).
     */
    static long reachedFrom(long sentences, int reach) {
        long widened = sentences;
        for (int k = 1; k <= reach; k++) {
            widened |= sentences >>> k;
        }
        return widened;
    }
}
