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
     * Brought down by it ("on my knees", "on the floor"): never a red flag alone (exercises are done lying on the
     * floor), an emergency with a sudden onset in the same sentence.
     */
    static final Term FLOORED = LexiconBuilder.term(Lexicon.PAIN_LEXICON, "floored");

    static final Term ESCALATING = LexiconBuilder.term(Lexicon.PAIN_LEXICON, "escalating");

    static final Term SCORE = Term.near(2, "(?<![\\w./-])(?:(?<a>10|\\d(?:\\.5)?)(?: ?(?:-|to|or) ?(?<a2>10|\\d))? ?(?:/|out of) ?10"
            + "(?! (?:women|people|patients|of|cases|users|men|girls|persons))"
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
        return t.nextAffirmedIn(SEVERE, ALL, t.sentenceStartOf(offset), t.sentenceEndOf(offset)) >= 0;
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
            if (t.nextAffirmedIn(SEVERE, ALL, from, to) >= 0 && !improvingInClause(t, at)) {
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

    private static int computeScore(AnalysedText t) {
        int[] state = {-1, -1, -1}; // max, last, where the last one starts
        t.forEachMatch(SCORE, 0, t.text.length(), m -> {
            boolean bare = m.group("b") != null;
            if (!t.passes(m.start(), m.end(), ALL)) {
                return true;
            }
            if (bare ? !scoreContextInClause(t, m.start()) : !scoreContextInSentence(t, m.start())) {
                return true;
            }
            int value = (int) Math.ceil(Double.parseDouble(bare ? group(m, "b2", "b") : group(m, "a2", "a")));
            state[0] = Math.max(state[0], value);
            state[1] = value;
            state[2] = m.start();
            return true;
        });
        int max = state[0];
        int last = state[1];
        if (max < 0) {
            return -1;
        }
        boolean lastIsNow = t.occursInClause(NOW, state[2]);
        return last < max && (lastIsNow || t.affirmed(Lexicon.IMPROVEMENT, NEGATION)) ? last : max;
    }

    private static boolean scoreContextInClause(AnalysedText t, int at) {
        return t.occursInClause(SCORE_WORDS, at) || t.occursInClause(SCORE_OVER_TEN, at);
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
            + "|beyond|of|between|times|x|[01] to) )(?<v>10|\\d)(?:\\.5)?(?<ten> ?(?:/|out of) ?10)?(?![\\w%/-]|\\.\\d"
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
