package org.safepace.bot.safety;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
     * Negation triggers before a term. Pseudo-negations that do not negate what follows ("not sure", "no idea",
     * "not a lot of", "can't stop") are excluded by the look-aheads.
     */
    private static final Pattern PRE_NEGATION = Pattern.compile(
            "\\b(?:no(?! (?:idea|doubt|wonder|matter|change|better|way|clue)\\b)"
                    + "|not(?! (?:sure|only|just|certain|a lot|much|very|that|too|quite|so|really sure|normal|stop\\w*"
                    + "|getting better|improving|enough|like)\\b)"
                    + "|never|without|none|nor|neither|free of|absence of|ruled out|negative for|zero|nothing like"
                    + "|\\w+n't(?! (?:know|stop\\w*|tell|sure|remember|realis\\w*|realiz\\w*|go away|settle|get better"
                    + "|improve|seem to stop|slow|ease|care|want to stop|mean)\\b))\\b");

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
    private static final Pattern HYPOTHETICAL_CUE = Pattern.compile(
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
                    + "|my (?:physio|doctor|gp|therapist|nurse) (?:said|told me|explained|mentioned))");

    /** Framing that makes the whole clause general, wherever it stands ("is a fever a worry in general?"). */
    private static final Pattern GENERAL_CUE = Pattern.compile("\\b(?:in general|generally|in theory|hypothetically)\\b");

    /** Present-tense anchors that keep a clause real even inside hypothetical or history framing. */
    private static final Pattern CURRENT_CUE = Pattern.compile(
            "\\b(?:right now|at the moment|currently|already|today|tonight|this morning|this evening|just now|again"
                    + "|still|now)\\b");

    /** Resolved or long-past history within a sentence. */
    private static final Pattern HISTORY_CUE = Pattern.compile(
            "\\b(?:(?:\\d+|a|an|few|several|many|couple of) (?:years?|months?) ago|years ago|last year|used to"
                    + "|(?:in|over) the past(?! (?:\\d+|few|couple|several) (?:days|hours|weeks))"
                    + "|when i was (?:younger|a teen|a teenager|a child|little|a kid|\\d+)|as a (?:teen|teenager|child|kid)"
                    + "|in my (?:teens|twenties|20s)|ages ago|long ago|back in \\d{4}"
                    + "|(?:it's|it is|its|that's|that is|all|everything's|everything is|she's|she is) (?:all )?"
                    + "(?:fine|ok|okay|good|healed|resolved|gone|cleared up) now"
                    + "|(?:has|had|have) (?:all )?(?:cleared|healed|resolved|gone)(?: up)?|cleared up|went away"
                    + "|never came back|hasn't come back|haven't had (?:it|one|any) since|no (?:problems|issues) since)\\b");

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

    /** A cheap pre-check: does the normalised text contain any of these literals. */
    boolean containsAny(String[] literals) {
        for (String literal : literals) {
            if (text.indexOf(literal) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The first match of the term that survives the requested context filters, or -1. */
    int firstAffirmed(Term term, int filters) {
        return nextAffirmed(term, filters, 0);
    }

    /** The start of the next surviving match at or after {@code from}, or -1. */
    int nextAffirmed(Term term, int filters, int from) {
        if (from >= text.length() || !containsAny(term.gates())) {
            return -1;
        }
        Matcher m = term.pattern().matcher(text);
        int at = from;
        while (at <= text.length() && m.find(at)) {
            if (passes(m.start(), m.end(), filters)) {
                lastEnd = m.end();
                return m.start();
            }
            at = m.start() + 1;
        }
        return -1;
    }

    /** End of the match last returned by {@link #nextAffirmed}. */
    int lastEnd;

    boolean affirmed(Term term, int filters) {
        return firstAffirmed(term, filters) >= 0;
    }

    /** Does the term occur at all (no context filters), e.g. for markers like "still". */
    boolean occurs(Term term) {
        return containsAny(term.gates()) && term.pattern().matcher(text).find();
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

    boolean affirmedInSentence(Term term, int offset, int filters) {
        int s = sentenceOf(offset);
        if (!containsAny(term.gates())) {
            return false;
        }
        Matcher m = region(term.pattern(), sentenceStart[s], sentenceEnd[s]);
        while (m.find()) {
            if (passes(m.start(), m.end(), filters)) {
                return true;
            }
        }
        return false;
    }

    private boolean occursIn(Term term, int from, int to) {
        if (!containsAny(term.gates())) {
            return false;
        }
        return region(term.pattern(), from, to).find();
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
        if (windowStart < start && opaqueRegion(PRE_NEGATION, windowStart, start).find()) {
            return true;
        }
        int endToken = tokenOf(Math.max(start, end - 1));
        int windowEndToken = Math.min(tokenStart.length - 1, endToken + POST_WINDOW_TOKENS + 1);
        int windowEnd = windowEndToken == tokenStart.length - 1 && endToken + POST_WINDOW_TOKENS + 1 > windowEndToken
                ? text.length() : tokenStart[windowEndToken];
        windowEnd = Math.min(clauseEnd[clause], windowEnd);
        return end < windowEnd && region(POST_NEGATION, end, windowEnd).find();
    }

    /** Is a match starting at {@code offset} inside hypothetical framing. */
    boolean isHypothetical(int clause, int offset) {
        if (hypotheticalCue[clause] == UNKNOWN) {
            int cue = Integer.MAX_VALUE;
            if (!region(CURRENT_CUE, clauseStart[clause], clauseEnd[clause]).find()) {
                if (region(GENERAL_CUE, clauseStart[clause], clauseEnd[clause]).find()) {
                    cue = -1;
                } else {
                    Matcher m = region(HYPOTHETICAL_CUE, clauseStart[clause], clauseEnd[clause]);
                    if (m.find()) {
                        cue = m.start();
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
        boolean inClause = region(HISTORY_CUE, clauseStart[clause], clauseEnd[clause]).find();
        if (inClause) {
            return true;
        }
        // A clause that speaks about now ("but now I have a fever") is not covered by history elsewhere.
        if (region(CURRENT_CUE, clauseStart[clause], clauseEnd[clause]).find()) {
            return false;
        }
        return region(HISTORY_CUE, sentenceStart[sentence], sentenceEnd[sentence]).find()
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

    private Matcher opaqueRegion(Pattern pattern, int from, int to) {
        Matcher m = pattern.matcher(text);
        m.region(from, Math.max(from, to));
        return m;
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

    /** A compiled pattern with literals of which at least one must be present for it to match (a cheap gate). */
    record Term(Pattern pattern, String[] gates) {

        static Term of(String regex, String... gates) {
            if (gates.length == 0) {
                throw new IllegalArgumentException("a term needs at least one gate literal: " + regex);
            }
            return new Term(Pattern.compile(regex), gates);
        }
    }
}
