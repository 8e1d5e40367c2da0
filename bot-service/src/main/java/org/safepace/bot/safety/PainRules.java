package org.safepace.bot.safety;

import static org.safepace.bot.safety.AnalysedText.ALL;
import static org.safepace.bot.safety.AnalysedText.NEGATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safepace.bot.safety.AnalysedText.Term;

/**
 * Pain: sudden severe pain is an emergency; sharp, severe, escalating pain, pain scored 7/10 or more, and pain that has
 * not settled after about 48 hours mean pausing and getting checked. Pain of 5-6/10 is worth a physiotherapist's
 * review; 0-4/10 and pain that is easing are left to the guidance (the 2/10 comfort rule and stepping back).
 */
final class PainRules implements RuleFamily {

    static final Term SUDDEN = LexiconBuilder.term(Lexicon.PAIN_LEXICON, "sudden");

    /** Pain that stops someone standing, walking or breathing: with pain in the sentence, an emergency. */
    static final Term INCAPACITATED = LexiconBuilder.term(Lexicon.PAIN_LEXICON, "incapacitated");

    static final Term SEVERE = LexiconBuilder.term(Lexicon.PAIN_LEXICON, "severe");

    /**
     * pain8: strong pain in everyday words ("hurts so much"): severe pain, except when the sentence tells only of
     * moving during practice ("it goes in fine but when i move it it hurts so much"), with no tears, no pain that
     * stays and nothing not borne ({@code [practice_movement]}, {@code [beyond_movement]} in pain.txt).
     */
    static final Term STRONG = LexiconBuilder.term(Lexicon.PAIN_LEXICON, "strong");

    /**
     * Brought down by it ("on my knees", "on the floor"): never a red flag alone (exercises are done lying on the
     * floor), an emergency with a sudden onset in the same sentence.
     */
    static final Term FLOORED = LexiconBuilder.term(Lexicon.PAIN_LEXICON, "floored");

    static final Term ESCALATING = LexiconBuilder.term(Lexicon.PAIN_LEXICON, "escalating");

    // pain8: "8 from 10" and "9 of 10" are scores over ten as non-native writers put them (not "3 of 10 women")
    static final Term SCORE = Term.near(2, "(?<![\\w./-])(?:(?<a>10|\\d(?:\\.5)?)(?: ?(?:-|to|or) ?(?<a2>10|\\d))? ?(?:/|out of|from|of) ?10"
            + "(?! (?:women|people|patients|of|cases|users|men|girls|persons|days|nights|weeks|sessions|times|tries"
            + "|attempts|dilators|sizes))"
            + "|(?:a|an|at|about|around|like|maybe|level|rate it|rated it|score of|scored|scale of|solid|least) "
            + "(?<b>10|\\d)(?:-(?<b2>10|\\d))?(?! ?(?:years?|yrs?|days?|weeks?|months?|minutes?|mins?|hours?|hrs?|cm|mm"
            + "|inch\\w*|times|am|pm|o'clock|%|dilators?|sizes?|sessions?|[.,/]\\d|out of (?!10)|- ?\\d)))(?!\\w)",
            "#digit");

    /** Words that make a bare number ("a 7") a pain score rather than a size or an age (pain-main.txt). */
    static final Term SCORE_WORDS = LexiconBuilder.term(Lexicon.PAIN_LEXICON, "score_words");

    /** A score written over ten ("8/10", "7-8 / 10"), which also makes a bare number nearby a pain score. */
    static final Term SCORE_OVER_TEN = Term.of("(?<![\\w./-])[\\d.]+(?:-[\\d.]+)? ?/ ?10", "#digit");

    /** The vocabulary in {@code safety/lexicon/pain.txt}. */
    private static final Map<String, Term> LEXICON = LexiconBuilder.load("pain");
    static final Term NOW = LexiconBuilder.term(LEXICON, "now");
    /** Something other than pain getting worse ("my anxiety is getting worse") is not a physical red flag. */
    static final Term NON_PAIN_SUBJECT = LexiconBuilder.term(LEXICON, "non_pain_subject");
    /** sbody: pain that came on suddenly ("started suddenly", "out of nowhere"). */
    static final Term SUDDEN_ONSET = LexiconBuilder.term(LEXICON, "sudden_onset");

    static final Term PERSISTENCE = LexiconBuilder.term(Lexicon.PAIN_LEXICON, "persistence");

    /** pain7: pain spreading to a wider area, and the severity that makes it escalating (pain-main.txt). */
    static final Term SPREADING = LexiconBuilder.term(Lexicon.PAIN_LEXICON, "spreading");
    static final Term SEVERITY = LexiconBuilder.term(Lexicon.PAIN_LEXICON, "severity");
    /** pain7: sizes and dilators beside bare numbers ("used a 3, then a 5"): not a series of pain scores. */
    static final Term NOT_SCORES = LexiconBuilder.term(LEXICON, "not_scores");
    /** pain8: a past time beside one of several scores, and a limit said right before a score (pain.txt). */
    static final Term PAST_TIME = LexiconBuilder.term(LEXICON, "past_time");
    static final Term SCORE_LIMIT = LexiconBuilder.term(LEXICON, "score_limit");
    /** pain8: "it's now a 6 when ...": a bare number scoring how it is (pain.txt). */
    static final Term SCORE_FRAME = LexiconBuilder.term(LEXICON, "score_frame");
    static final Term PRACTICE_MOVEMENT = LexiconBuilder.term(LEXICON, "practice_movement");
    static final Term BEYOND_MOVEMENT = LexiconBuilder.term(LEXICON, "beyond_movement");

    private static final Pattern DURATION_CONNECTOR_BEFORE = Pattern.compile(
            "\\b(?:for|since|past|last|over|about|nearly|almost|than|been|all|after|now|least|whole)$");
    private static final Pattern DURATION_CONNECTOR_AFTER = Pattern.compile(
            "^ (?:on|later|now|straight|running|in a row|after|afterwards|and (?:it's |it is |i'm |she's )?still)\\b");

    @Override
    public Finding evaluate(AnalysedText t) {
        Finding.Builder found = new Finding.Builder();
        if (t.affirmed(SUDDEN, ALL)) {
            found.add(TriageLevel.EMERGENCY, "sudden_severe_pain", "pain.sudden_severe");
        }
        if (suddenAndSevere(t)) {
            found.add(TriageLevel.EMERGENCY, "sudden_severe_pain", "pain.sudden_onset_severe");
        }
        int unable = t.firstAffirmed(INCAPACITATED, ALL);
        // The pain may be shown rather than named ("clutching her belly and crying, she can't get up").
        if (unable >= 0 && (t.occursInSentence(Lexicon.PAIN, unable) || severeInSentence(t, unable))) {
            found.add(TriageLevel.EMERGENCY, "sudden_severe_pain", "pain.cannot_stand_or_walk");
        }
        for (int at = t.nextAffirmed(SEVERE, ALL, 0), end = t.lastEnd; at >= 0;
             at = t.nextAffirmed(SEVERE, ALL, end), end = t.lastEnd) {
            if (!improvingInClause(t, at) && !rememberedAttempt(t, at)) {
                found.add(TriageLevel.SEEK_CARE, "severe_pain", "pain.severe_words");
                break;
            }
        }
        for (int at = found.has("severe_pain") ? -1 : t.nextAffirmed(STRONG, ALL, 0), end = t.lastEnd; at >= 0;
             at = t.nextAffirmed(STRONG, ALL, end), end = t.lastEnd) {
            if (!improvingInClause(t, at) && !rememberedAttempt(t, at) && !movingOnly(t, at)) {
                found.add(TriageLevel.SEEK_CARE, "severe_pain", "pain.severe_words");
                break;
            }
        }
        // An intensity in plain words and what it stops the person doing, in one clause (ConceptGrammar); with a
        // sudden onset in the sentence, an emergency.
        int plain = ConceptGrammar.SEVERE_PAIN.at(t);
        if (plain >= 0 && !found.has("sudden_severe_pain") && !improvingInClause(t, plain)
                && !rememberedAttempt(t, plain)) {
            // (an onset "an hour ago" is recent, and a "can't" earlier in the sentence is not about the onset)
            if (t.occursInSentence(SUDDEN_ONSET, plain)) {
                found.add(TriageLevel.EMERGENCY, "sudden_severe_pain", "pain.sudden_severe.grammar");
            }
            found.add(TriageLevel.SEEK_CARE, "severe_pain", ConceptGrammar.SEVERE_PAIN.id());
        }
        int score = currentScore(t);
        if (score >= 7) {
            found.add(TriageLevel.SEEK_CARE, "severe_pain", "pain.score_7_or_more");
        } else if (score >= 5) {
            found.add(TriageLevel.ROUTINE, "moderate_pain", "pain.score_5_to_6");
        }
        for (int at = t.nextAffirmed(ESCALATING, ALL, 0), end = t.lastEnd; at >= 0;
             at = t.nextAffirmed(ESCALATING, ALL, end), end = t.lastEnd) {
            boolean painInSentence = t.occursInSentence(Lexicon.PAIN, at);
            if (painInSentence || !t.occursInClause(NON_PAIN_SUBJECT, at)) {
                found.add(TriageLevel.SEEK_CARE, "escalating_pain", "pain.escalating");
                break;
            }
        }
        if (rising(t)) {
            found.add(TriageLevel.SEEK_CARE, "escalating_pain", "pain.score_rising");
        }
        if (!found.has("escalating_pain") && risingSeries(t)) {
            found.add(TriageLevel.SEEK_CARE, "escalating_pain", "pain.score_series");
            if (!found.has("severe_pain")) { // the series ends at 7 or more, as a single score would
                found.add(TriageLevel.SEEK_CARE, "severe_pain", "pain.score_series_severe");
            }
        }
        if (!found.has("escalating_pain") && spreadingWithSeverity(t)) {
            found.add(TriageLevel.SEEK_CARE, "escalating_pain", "pain.spreading_severe");
        }
        if (persistent(t)) {
            found.add(TriageLevel.SEEK_CARE, "persistent_pain", "pain.not_settled_48h");
        }
        return found.build();
    }

    /** Severe words in the sentence holding {@code offset}. */
    private static boolean severeInSentence(AnalysedText t, int offset) {
        return severeIn(t, t.sentenceStartOf(offset), t.sentenceEndOf(offset));
    }

    /** Severe or strong words, affirmed, in [from, to). */
    private static boolean severeIn(AnalysedText t, int from, int to) {
        return t.nextAffirmedIn(SEVERE, ALL, from, to) >= 0 || t.nextAffirmedIn(STRONG, ALL, from, to) >= 0;
    }

    /** Severe or strong words anywhere, affirmed (read by other families: fever with severe pain). */
    static boolean severeWords(AnalysedText t) {
        return t.affirmed(SEVERE, ALL) || t.affirmed(STRONG, ALL);
    }

    /**
     * pain8: strong words said of moving during practice only ("it slides in easy but when i move it it hurts so
     * much"): the guidance answers that (back to stillness, smaller movements). Tears, screams, pain that stays or
     * is not borne in the same sentence keep it severe.
     */
    private static boolean movingOnly(AnalysedText t, int at) {
        return t.occursInSentence(PRACTICE_MOVEMENT, at) && !t.occursInSentence(BEYOND_MOVEMENT, at);
    }

    /**
     * sbody: pain said to have come on suddenly, with a score of 8 or more, or severe words, in the same sentence ("she
     * says it's like 9 out of 10 and started suddenly"). The onset phrase alone is not a red flag.
     */
    private static boolean suddenAndSevere(AnalysedText t) {
        for (int at = t.nextAffirmed(SUDDEN_ONSET, ALL, 0), end = t.lastEnd; at >= 0;
             at = t.nextAffirmed(SUDDEN_ONSET, ALL, end), end = t.lastEnd) {
            int from = t.sentenceStartOf(at);
            int to = t.sentenceEndOf(at);
            if (severeIn(t, from, to) && !improvingInClause(t, at)) {
                return true;
            }
            // safe (session 7): a sudden onset and being brought down by it ("came from nothing, now i'm on my knees
            // on the bathroom floor"), without a pain word or a score
            if ((t.nextAffirmedIn(FLOORED, ALL, from, to) >= 0 || t.nextAffirmedIn(INCAPACITATED, ALL, from, to) >= 0)
                    && !improvingInClause(t, at)) {
                return true;
            }
            if (currentScore(t) >= 8 && t.firstIn(SCORE_OVER_TEN, from, to) >= 0
                    || currentScore(t) >= 8 && t.occursInSentence(SCORE_WORDS, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "When I tried it hurt so much I screamed... now I'm scared of trying again": severe pain during a past attempt,
     * told as the reason for the fear the writer asks about, with nothing saying it still hurts. That is the condition
     * itself, which the guidance answers; pain that lingers or is felt now still counts. So is the same pain told with
     * the question whether to keep trying ("we tried again last night and it hurt so much i cried, is it bad to keep
     * trying?"): the attempt is over and the next one is asked about. Crying is not a red flag; pain still there,
     * coming back every time or getting worse is ({@code pain_now}, the escalating rule).
     */
    private static boolean rememberedAttempt(AnalysedText t, int at) {
        int from = t.sentenceStartOf(at);
        int to = t.sentenceEndOf(at);
        return t.firstIn(ContextCues.ATTEMPT_PAST, from, to) >= 0 && t.firstIn(ContextCues.PAIN_NOW, from, to) < 0
                && (t.occurs(ContextCues.FEAR_OF_RETRYING) || t.occurs(ContextCues.RETRYING_ASKED));
    }

    private static boolean improvingInClause(AnalysedText t, int at) {
        int from = t.clauseStartOf(at);
        int to = t.clauseEndOf(at);
        return t.nextAffirmedIn(Lexicon.IMPROVEMENT, NEGATION, from, to) >= 0;
    }

    /**
     * The pain score that describes now: the highest one, unless the message says things are improving, in which case
     * the last one ("it was 8/10 last week, now it's 3/10"). Returns -1 when there is none.
     */
    static int currentScore(AnalysedText t) {
        if (t.painScore == Integer.MIN_VALUE) {
            t.painScore = computeScore(t);
        }
        return t.painScore;
    }

    /** One pain score read by {@link #computeScore}: its value, where it starts, said with a past time. */
    private record ReadScore(int value, int start, boolean past) {
    }

    private static int computeScore(AnalysedText t) {
        List<ReadScore> scores = new ArrayList<>(2);
        t.forEachMatch(SCORE, 0, t.text.length(), m -> {
            boolean bare = m.group("b") != null;
            if (!t.passes(m.start(), m.end(), ALL)) {
                return true;
            }
            if (bare ? !scoreContextInClause(t, m.start()) : !scoreContextInSentence(t, m.start())) {
                return true;
            }
            // pain8: "the exercises at 8 when they're asleep" is a time; "we stop before it gets to a 5" is a limit
            if (bare && (TIME_OF_DAY.matcher(t.text.substring(m.end(), Math.min(t.text.length(), m.end() + 24)))
                    .find() && t.text.startsWith("at ", m.start()) || limitBefore(t, m.start()))) {
                return true;
            }
            int value = (int) Math.ceil(Double.parseDouble(bare ? group(m, "b2", "b") : group(m, "a2", "a")));
            int[] part = part(t, m.start(), m.end());
            boolean past = t.firstIn(PAST_TIME, part[0], part[1]) >= 0 && t.firstIn(NOW, part[0], part[1]) < 0;
            scores.add(new ReadScore(value, m.start(), past));
            return true;
        });
        // pain8: a score said with a past time ("it was a 2 this morning") is earlier than one said without ("a 5 out
        // of 10 now"), wherever it stands in the sentence; only when every score has a past time are they all read
        if (scores.stream().anyMatch(s -> !s.past())) {
            scores.removeIf(ReadScore::past);
        }
        if (scores.isEmpty()) {
            return -1;
        }
        int max = scores.stream().mapToInt(ReadScore::value).max().getAsInt();
        ReadScore last = scores.get(scores.size() - 1);
        boolean lastIsNow = t.occursInClause(NOW, last.start());
        return last.value() < max && (lastIsNow || t.affirmed(Lexicon.IMPROVEMENT, NEGATION)) ? last.value() : max;
    }

    /** pain8: the words after a bare "at N" that make it a time of day ("at 8 when they're asleep", "at 9 tonight"). */
    private static final Pattern TIME_OF_DAY = Pattern.compile(
            "^ (?:when|before|after|every|each|tonight|this|in the|at night|ish|on|once|pm|am)\\b");

    /** pain8: where a comparison or a limit ends right before a score ("before it gets to a 5"): not a report. */
    private static boolean limitBefore(AnalysedText t, int scoreStart) {
        boolean[] limit = {false};
        t.forEachMatch(SCORE_LIMIT, Math.max(t.sentenceStartOf(scoreStart), scoreStart - 40), scoreStart, m -> {
            limit[0] = m.end() >= scoreStart - 1;
            return !limit[0];
        });
        return limit[0];
    }

    /** Separators of the parts of a sentence a time word belongs to (", it was a 2 this morning"). */
    private static final Pattern PART_BREAK = Pattern.compile(" (?:,|;|and|but|then|while|whereas) ");

    /** pain8: [from, to) of the part of the sentence around [start, end): between commas, "and", "but", "then". */
    private static int[] part(AnalysedText t, int start, int end) {
        int from = t.sentenceStartOf(start);
        int to = t.sentenceEndOf(start);
        Matcher before = PART_BREAK.matcher(t.text).region(from, start);
        int partFrom = from;
        while (before.find()) {
            partFrom = before.end();
        }
        Matcher after = PART_BREAK.matcher(t.text).region(Math.min(end, to), to);
        int partTo = after.find() ? after.start() : to;
        return new int[] {partFrom, partTo};
    }

    private static boolean scoreContextInClause(AnalysedText t, int at) {
        // pain8: "all sizes went in with no pain": a negated pain word does not make a bare number a pain score
        return t.nextAffirmedIn(SCORE_WORDS, NEGATION, t.clauseStartOf(at), t.clauseEndOf(at)) >= 0
                || t.occursInClause(SCORE_OVER_TEN, at) || t.occursInClause(SCORE_FRAME, at);
    }

    private static boolean scoreContextInSentence(AnalysedText t, int at) {
        return t.occursInSentence(SCORE_WORDS, at) || t.occursInSentence(SCORE_OVER_TEN, at);
    }

    private static String group(Matcher m, String preferred, String fallback) {
        return m.group(preferred) != null ? m.group(preferred) : m.group(fallback);
    }

    static final Term FROM_TO = Term.of("\\bfrom (?:a |an )?(10|\\d)(?: ?/ ?10)? to (?:a |an )?(10|\\d)\\b", "from");

    /**
     * sbody: a score now above one in the past, either way round: "8/10 tonight, it was 4 last week" (now first) and
     * "it was 3 last week and now it's 7" (past first). Groups: now first ({@code n1}, {@code p1}) or past first
     * ({@code p2}, {@code n2}).
     */
    static final Term NOW_ABOVE_PAST = Term.of("(?<![\\w./-])(?<n1>10|\\d)(?: ?/ ?10| out of 10)?(?: [^.?!]{0,30}?)? (?:it was|was|it used to be"
            + "|used to be|had been|it's been) (?:only |just |about |around |a |an )?(?<p1>10|\\d)(?: ?/ ?10| out of 10)? "
            + "(?:last|yesterday|before|earlier|at the start|a (?:week|month|day|few days|couple of days) ago|\\d+ (?:days|weeks) ago)"
            + "|\\b(?:was|used to be|started at|started as) (?:only |just |about |around |a |an )?(?<p2>10|\\d)(?: ?/ ?10| out of 10)?"
            + "[^.?!]{0,40}? (?:now|today|tonight|this week)(?: it's| its| it is| i'm at| at| up to| is| it's up to| it's at)?"
            + " (?:a |an |about |around |like )?(?<n2>10|\\d)\\b", "#digit", "was", "used", "started");

    /** "It went from 2 to 6": a rising score, with pain in the sentence. */
    private static boolean rising(AnalysedText t) {
        boolean[] rising = {false};
        t.forEachMatch(NOW_ABOVE_PAST, 0, t.text.length(), m -> {
            boolean nowFirst = m.group("n1") != null;
            int now = Integer.parseInt(nowFirst ? m.group("n1") : m.group("n2"));
            int past = Integer.parseInt(nowFirst ? m.group("p1") : m.group("p2"));
            rising[0] = now > past && now >= 5 && t.passes(m.start(), m.end(), ALL)
                    && scoreContextInSentence(t, m.start());
            return !rising[0];
        });
        if (rising[0]) {
            return true;
        }
        t.forEachMatch(FROM_TO, 0, t.text.length(), m -> {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            rising[0] = b > a && b >= 5 && t.passes(m.start(), m.end(), ALL)
                    && scoreContextInSentence(t, m.start());
            return !rising[0];
        });
        return rising[0];
    }

    /**
     * pain7: one score of a series told one after another ("a 3 on monday, a 6 on wednesday and today an 8", "went
     * 4, 6, now 9", "2/10 ... 5/10 ... now 7/10"). Not a size, day, age, time or count ("size 3", "day 6", "3 times",
     * "8 oclock", "im 24"), nor a comfort limit or a scale ("under 2 out of 10", "a scale of 1 to 10").
     */
    static final Term SERIES_SCORE = Term.of("(?<![\\w./:#-])(?<!\\b(?:size|sizes|day|days|week|weeks|number|no|step"
            + "|page|chapter|round|session|age|aged|the|under|below|above|over|than|past|exceed|exceeds|max|maximum"
            + "|beyond|of|between|times|x|[01] to) )(?<v>10|\\d)(?:\\.5)?(?<ten> ?(?:/|out of|from|of) ?10)?(?![\\w%/-]|\\.\\d"
            + "| ?(?:years?|yrs?|yo|days?|weeks?|wks?|months?|minutes?|mins?|hours?|hrs?|cm|mm|inch\\w*|times|x|am|pm"
            + "|o'?clock|%|dilators?|sizes?|sessions?|kids?|children|fingers?|nights?|women|people|patients|men"
            + "|girls)\\b)",
            "#digit");

    /** "a 3 or 4", "a 6 - 7": one score given as a range, not a step of the series. */
    private static final Pattern SERIES_RANGE = Pattern.compile("^ (?:or|-|to) $");

    private static final Pattern SERIES_ARTICLE = Pattern.compile("(?:^|\\s)an? $");

    /** Scores further apart than this (characters between them) are not one series. */
    private static final int SERIES_GAP = 48;

    /** One score of a series: its value, where it is, written over ten, said after "a" or "an". */
    private record SeriesScore(int value, int start, int end, boolean overTen, boolean article) {
    }

    /**
     * pain7: two or more pain scores in one sentence that rise to 7 or more, the last the highest: escalating (and
     * severe) pain. The sentence must be about pain (a pain or score word, affirmed, before the scores), or the scores
     * written over ten, or three or more said as "a 3 ... a 6 ... an 8" with nothing about sizes or dilators beside
     * them. Falling scores, a what-if, someone else's past and a clause that says it is easing are left alone.
     */
    static boolean risingSeries(AnalysedText t) {
        List<SeriesScore> series = new ArrayList<>();
        boolean[] rises = {false};
        t.forEachMatch(SERIES_SCORE, 0, t.text.length(), m -> {
            int value = (int) Math.ceil(Double.parseDouble(m.group("v")
                    + (t.text.startsWith(".5", m.end("v")) ? ".5" : "")));
            if (!series.isEmpty()) {
                SeriesScore last = series.get(series.size() - 1);
                String gap = t.text.substring(last.end(), m.start());
                if (SERIES_RANGE.matcher(gap).matches()) { // "a 3 or 4": one score, the higher end
                    series.set(series.size() - 1, new SeriesScore(Math.max(last.value(), value), last.start(),
                            m.end(), last.overTen() || m.group("ten") != null, last.article()));
                    return true;
                }
                if (gap.length() > SERIES_GAP || gap.chars().anyMatch(Character::isDigit)
                        || t.sentenceStartOf(last.start()) != t.sentenceStartOf(m.start())) {
                    rises[0] = rises(t, series);
                    series.clear();
                }
            }
            if (rises[0]) {
                return false;
            }
            String lead = t.text.substring(Math.max(0, m.start() - 4), m.start());
            series.add(new SeriesScore(value, m.start(), m.end(), m.group("ten") != null,
                    SERIES_ARTICLE.matcher(lead).find()));
            return true;
        });
        return rises[0] || rises(t, series);
    }

    private static boolean rises(AnalysedText t, List<SeriesScore> series) {
        if (series.size() < 2) {
            return false;
        }
        SeriesScore last = series.get(series.size() - 1);
        int max = series.stream().mapToInt(SeriesScore::value).max().orElse(-1);
        if (last.value() < 7 || last.value() <= series.get(series.size() - 2).value() || last.value() < max
                || last.value() <= series.get(0).value() || !t.passes(last.start(), last.end(), ALL)
                || improvingInClause(t, last.start())) {
            return false;
        }
        int from = t.sentenceStartOf(last.start());
        int to = t.sentenceEndOf(last.start());
        // the pain said before the numbers ("her pain went 4, 6, now 9"), not after a list ("the kids are 4, 6 and 9
        // and my back hurts")
        if (t.nextAffirmedIn(SCORE_WORDS, ALL, from, series.get(0).start()) >= 0
                || series.stream().anyMatch(SeriesScore::overTen)) {
            return true;
        }
        return series.size() >= 3 && series.stream().allMatch(SeriesScore::article)
                && t.firstIn(NOT_SCORES, from, to) < 0;
    }

    /**
     * pain7: pain spreading to a wider area, with a severity in the sentence or a score of 7 or more: escalating
     * ("it's spreading to my back, an 8 out of 10"). Spreading alone is left to the guidance.
     */
    private static boolean spreadingWithSeverity(AnalysedText t) {
        for (int at = t.nextAffirmed(SPREADING, ALL, 0), end = t.lastEnd; at >= 0;
             at = t.nextAffirmed(SPREADING, ALL, end), end = t.lastEnd) {
            int from = t.sentenceStartOf(at);
            int to = t.sentenceEndOf(at);
            boolean severe = t.nextAffirmedIn(SEVERITY, ALL, from, to) >= 0 || currentScore(t) >= 7;
            if (severe && t.occursInSentence(Lexicon.PAIN, at) && !improvingInClause(t, at)) {
                return true;
            }
        }
        return false;
    }

    /** sbody: how far along a pregnancy is, told right beside the duration ("10 weeks pregnant", "pregnant, 12 wks"). */
    private static final Pattern GESTATION_AFTER = Pattern.compile("^ (?:pregnant|along|gone|into (?:my|the|her) pregnancy)\\b");
    private static final Pattern GESTATION_BEFORE = Pattern.compile(
            "\\bpregnant(?: ,)?(?: (?:about|around|at|with|nearly|almost|roughly|approx|maybe|like))?$");

    private static boolean gestation(AnalysedText t, int sentenceStart, int durationStart, String tail) {
        String lead = t.text.substring(Math.max(sentenceStart, durationStart - 24), durationStart).trim();
        return GESTATION_AFTER.matcher(tail).find() || GESTATION_BEFORE.matcher(lead).find();
    }

    /** Pain that has not settled after about 48 hours ("sore for four days", "still aching 3 days on"). */
    private static boolean persistent(AnalysedText t) {
        for (int at = t.nextAffirmed(Lexicon.PAIN, ALL, 0), end = t.lastEnd; at >= 0;
             at = t.nextAffirmed(Lexicon.PAIN, ALL, end), end = t.lastEnd) {
            int painAt = at;
            int from = t.sentenceStartOf(at);
            int to = t.sentenceEndOf(at);
            boolean[] hit = {false};
            boolean persistence = t.occursInSentence(PERSISTENCE, at);
            Lexicon.durations(t, from, to, d -> {
                if (hit[0] || Lexicon.practiceBefore(t, d.start())) {
                    return;
                }
                boolean chronic = d.hours() >= 2000; // months or years: the condition itself, unless constant
                if (d.hours() < 48 || chronic && !persistence) {
                    return;
                }
                String lead = t.text.substring(Math.max(from, d.start() - 12), d.start()).trim();
                String tail = t.text.substring(d.end(), Math.min(to, d.end() + 30));
                if (gestation(t, from, d.start(), tail)) {
                    return; // "pregnant (about 10 wks)": how far along, not how long it has hurt
                }
                boolean connected = DURATION_CONNECTOR_BEFORE.matcher(lead).find()
                        || DURATION_CONNECTOR_AFTER.matcher(tail).find()
                        || t.text.startsWith("since", d.start()) || t.text.startsWith("for ", d.start())
                        || t.text.startsWith("all ", d.start());
                hit[0] = connected || persistence;
            });
            if (hit[0] && !improvingInSentence(t, painAt)) {
                return true;
            }
            if (to >= t.text.length()) {
                break;
            }
        }
        return false;
    }

    private static boolean improvingInSentence(AnalysedText t, int at) {
        int from = t.sentenceStartOf(at);
        int to = t.sentenceEndOf(at);
        return t.nextAffirmedIn(Lexicon.IMPROVEMENT, NEGATION, from, to) >= 0;
    }

    @Override
    public Optional<String> advice(String category, TriageLevel level, SafetyContacts contacts) {
        return Optional.ofNullable(switch (category) {
            case "sudden_severe_pain" -> "Don't drive yourself: ask someone to take you, or wait for the ambulance. "
                    + "Lie in whatever position is most comfortable and don't eat or drink until you've been seen.";
            case "severe_pain" -> level == TriageLevel.EMERGENCY ? null
                    : "**Severe or sharp pain:** stop practising and get checked soon, today if it is bad or not "
                    + "easing. Practice should never go beyond mild discomfort (about 2 out of 10), so sharp or strong "
                    + "pain is a sign that something needs looking at.";
            case "escalating_pain" -> level == TriageLevel.EMERGENCY ? null
                    : "**Pain that is getting worse:** pause your practice and get checked. Pain that builds over "
                    + "time rather than easing can mean irritation, infection or an injury that needs care first.";
            case "persistent_pain" -> level == TriageLevel.EMERGENCY ? null
                    : "**Pain that hasn't settled:** please get it checked. Soreness after practice usually eases "
                    + "within a day or two, so pain that lasts longer deserves a proper look.";
            case "moderate_pain" -> level != TriageLevel.ROUTINE ? null
                    : "**Pain around 5-6 out of 10:** step back to a size or a depth that stays at or below 2 out of "
                    + "10, and if pain keeps reaching this level, a pelvic-health physiotherapist can check what is "
                    + "going on and adjust your plan.";
            default -> null;
        });
    }
}
