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
    static final int ALL = NEGATION | HYPOTHETICAL | HISTORY;

    private static final int PRE_WINDOW_TOKENS = 5;
    private static final int POST_WINDOW_TOKENS = 5;

    /**
     * Negation triggers before a term: the shared {@link NegationCues#WORDS} and a few phrases. Pseudo-negations that
     * do not negate what follows ("not sure", "no idea", "don't know", "can't stop", "doesn't ease") are excluded.
     */
    private static final Pattern PRE_NEGATION = Pattern.compile(
            "\\b(?:" + NegationCues.WORDS_REGEX + "|free of|absence of|ruled out|negative for|zero|nothing like)"
                    + "(?! (?:idea|doubt|wonder|matter|change|better|way|clue|sure|only|just|certain|a lot|much|very"
                    + "|that|too|quite|so|really sure|normal|stop\\w*|getting better|improving|enough|like|know|tell"
                    + "|remember|realis\\w*|realiz\\w*|go away|settle|get better|improve|seem to stop|slow|ease|care"
                    + "|want to stop|mean)\\b)\\b");

    /** Negation triggers after a term ("the bleeding is gone", "the swab came back normal"). */
    private static final Pattern POST_NEGATION = Pattern.compile(
            "(?:\\b(?:is|are|was|were|has|have|had|'s|it's) (?:now )?(?:all |completely |totally |long )?"
                    + "(?:gone|cleared(?: up)?|resolved|healed|normal|fine|ok|okay|settled)"
                    + "|\\bwent away|\\bgone away|\\bcleared up|\\bruled out|\\bcame back (?:normal|negative|clear|fine)"
                    + "|\\bnot (?:there|present) any ?more|\\bnever came back"
                    + "|\\b(?:isn't|wasn't|aren't|weren't) (?:there|present|an issue|a problem))\\b");

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

    /** Framing that makes the whole clause general, wherever it stands ("is a fever a worry in general?"). */
    private static final Term GENERAL_CUE = Term.of("\\b(?:in general|generally|in theory|hypothetically)\\b",
            "in", "generally", "hypothetically");

    /** Present-tense anchors that keep a clause real even inside hypothetical or history framing. */
    private static final Term CURRENT_CUE = Term.of(
            "\\b(?:right now|at the moment|currently|already|today|tonight|this morning|this evening|just now|again"
                    + "|still|now)\\b",
            "right", "at", "currently", "already", "today", "tonight", "this", "just", "again", "still", "now");

    /** Long-past history: "two years ago", "months ago". */
    private static final Term HISTORY_AGO = Term.near(2, "\\b(?:(?:\\d+|a|an|few|several|many|couple of) (?:years?|months?)"
            + " ago|(?:years|months|ages|long) ago)\\b", "year", "month", "ages", "long");

    /** Resolved or long-past history within a sentence. */
    private static final Term HISTORY_CUE = Term.of(
            "\\b(?:last year|used to|(?:in|over) the past(?! (?:\\d+|few|couple|several) (?:days|hours|weeks))"
                    + "|when i was (?:younger|a teen|a teenager|a child|little|a kid|\\d+)|as a (?:teen|teenager|child|kid)"
                    + "|in my (?:teens|twenties|20s)|back in \\d{4}"
                    + "|(?:it's|it is|its|that's|that is|all|everything's|everything is|she's|she is) (?:all )?"
                    + "(?:fine|ok|okay|good|healed|resolved|gone|cleared up) now"
                    + "|(?:has|had|have) (?:all )?(?:cleared|healed|resolved|gone)(?: up)?|cleared up|went away"
                    + "|never came back|hasn't come back|haven't had (?:it|1|any) since|no (?:problems|issues) since)\\b",
            "last", "used", "in", "over", "when", "as", "back", "it's", "it", "its", "that's", "that", "all",
            "everything", "she's", "she", "has", "had", "have", "cleared", "went", "never", "hasn't", "haven't", "no");

    /** A sentence that only says the previous one is resolved ("It's fine now."). */
    private static final Pattern RESOLUTION_SENTENCE = Pattern.compile(
            "^(?:but |and )?(?:it's|it is|its|that's|that is|it has|all|everything's|everything is|it) (?:all )?"
                    + "(?:fine|ok|okay|good|healed|resolved|gone|cleared up|cleared|went away|settled)(?: now)?"
                    + "(?: thankfully| though)?(?: \\.)?$");

    final String text;
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

    AnalysedText(String text, int[] tokenStart, int[] tokenClause, int[] clauseStart, int[] clauseEnd,
                 int[] clauseSentence, int[] sentenceStart, int[] sentenceEnd) {
        this.text = text;
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
     * with one of the term's gate prefixes. Rules try their regex only there (anchored), so a message without any of
     * a term's words costs a few hash look-ups instead of a regex scan of the whole text.
     */
    private int[][] candidatesByTerm = new int[Term.count()][];
    private final TextAnalyser.IntList scratch = new TextAnalyser.IntList();
    private Matcher[] matchers = new Matcher[Term.count()];
    private int[] bucketHead;
    private int[] tokenBucket;
    private int[] nextInBucket;
    private static final int BUCKETS = 1024;

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
        if (bucketHead == null) {
            buildIndex();
        }
        TextAnalyser.IntList found = scratch;
        found.clear();
        for (String gate : term.gates()) {
            if (gate.equals(Term.DIGIT)) {
                for (int tok = 0; tok < tokenStart.length; tok++) {
                    char c = text.charAt(tokenStart[tok]);
                    if (c >= '0' && c <= '9') {
                        addWithBackReach(found, tok, term);
                    }
                }
                continue;
            }
            for (int tok = bucketHead[bucket(gate, 0, gate.length())] - 1; tok >= 0; tok = nextInBucket[tok] - 1) {
                if (text.startsWith(gate, tokenStart[tok])) {
                    addWithBackReach(found, tok, term);
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

    private static boolean sorted(int[] values) {
        for (int i = 1; i < values.length; i++) {
            if (values[i] <= values[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private void addWithBackReach(TextAnalyser.IntList found, int tok, Term term) {
        boolean[] starts = term.startBuckets();
        for (int j = Math.max(0, tok - term.back()); j <= tok; j++) {
            if (starts == null || starts[tokenBucket[j]]) {
                found.add(tokenStart[j]);
            }
        }
    }

    /** Chains every token into a bucket by its first three characters (fewer for shorter tokens). */
    private void buildIndex() {
        bucketHead = new int[BUCKETS];
        nextInBucket = new int[tokenStart.length];
        tokenBucket = new int[tokenStart.length];
        for (int tok = tokenStart.length - 1; tok >= 0; tok--) {
            int start = tokenStart[tok];
            int b = bucket(text, start, text.length());
            tokenBucket[tok] = b;
            nextInBucket[tok] = bucketHead[b];
            bucketHead[b] = tok + 1;
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
        Matcher m = anchored(term);
        for (int i = lowerBound(candidates, from); i < candidates.length && candidates[i] < to; i++) {
            int at = candidates[i];
            m.region(at, sentenceEnd[sentenceOf(at)]);
            if (m.lookingAt()) {
                int end = m.end();
                if (passes(at, end, filters)) {
                    lastEnd = end;
                    return at;
                }
            }
        }
        return -1;
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
        Matcher m = anchored(term);
        for (; i < candidates.length && candidates[i] < to; i++) {
            m.region(candidates[i], to);
            if (m.lookingAt()) {
                return candidates[i];
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
        Matcher m = anchored(term);
        int consumedTo = from;
        for (; i < candidates.length && candidates[i] < to; i++) {
            int at = candidates[i];
            if (at < consumedTo) {
                continue;
            }
            m.region(at, Math.min(to, sentenceEnd[sentenceOf(at)]));
            if (m.lookingAt()) {
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
        return (filters & HISTORY) == 0 || !isHistory(clause);
    }

    boolean negated(int clause, int start, int end) {
        int startToken = tokenOf(start);
        int windowStart = Math.max(clauseStart[clause], tokenStart[Math.max(0, startToken - PRE_WINDOW_TOKENS)]);
        // Opaque bounds: "not" right before the term negates it even when the term itself is a pseudo-negation's
        // continuation ("not | a lot of blood"), while "not a lot of | blood" keeps the blood.
        if (windowStart < start && preNegation(windowStart, start).find()) {
            return true;
        }
        int endToken = tokenOf(Math.max(start, end - 1));
        int windowEndToken = Math.min(tokenStart.length - 1, endToken + POST_WINDOW_TOKENS + 1);
        int windowEnd = windowEndToken == tokenStart.length - 1 && endToken + POST_WINDOW_TOKENS + 1 > windowEndToken
                ? text.length() : tokenStart[windowEndToken];
        windowEnd = Math.min(clauseEnd[clause], windowEnd);
        if (end >= windowEnd) {
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
            if (!occursIn(CURRENT_CUE, clauseStart[clause], clauseEnd[clause])) {
                if (occursIn(GENERAL_CUE, clauseStart[clause], clauseEnd[clause])) {
                    cue = -1;
                } else {
                    int first = firstIn(HYPOTHETICAL_CUE, clauseStart[clause], clauseEnd[clause]);
                    if (first >= 0) {
                        cue = first;
                    }
                }
            }
            hypotheticalCue[clause] = cue;
        }
        return hypotheticalCue[clause] < offset;
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
                || occursIn(HISTORY_AGO, clauseStart[clause], clauseEnd[clause]);
        if (inClause) {
            return true;
        }
        // A clause that speaks about now ("but now I have a fever") is not covered by history elsewhere.
        if (occursIn(CURRENT_CUE, clauseStart[clause], clauseEnd[clause])) {
            return false;
        }
        return occursIn(HISTORY_CUE, sentenceStart[sentence], sentenceEnd[sentence])
                || occursIn(HISTORY_AGO, sentenceStart[sentence], sentenceEnd[sentence])
                || resolvedByNextSentence(sentence);
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

    int tokenOf(int offset) {
        int i = Arrays.binarySearch(tokenStart, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
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
    record Term(int id, int back, Pattern pattern, String[] gates, boolean[] startBuckets) {

        /** The gate for "a token that starts with a digit" (scores, temperatures, doses). */
        static final String DIGIT = "#digit";

        private static final java.util.concurrent.atomic.AtomicInteger COUNT = new java.util.concurrent.atomic.AtomicInteger();

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
            return new Term(COUNT.getAndIncrement(), back, Pattern.compile(regex), gates, null);
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
            return new Term(id, back, pattern, gates, buckets);
        }

        static int count() {
            return COUNT.get();
        }
    }
}
