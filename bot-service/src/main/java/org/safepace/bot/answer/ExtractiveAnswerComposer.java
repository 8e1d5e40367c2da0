package org.safepace.bot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.safepace.bot.text.NegationCues;
import org.safepace.knowledge.PassageHit;
import org.safepace.knowledge.PassageUnits;
import org.safepace.knowledge.QuestionFocus;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Answers without any model, from the guidance's own sentences: the 2-5 sentences (or list items) of the best
 * passage that share most words with the question, in their original order, always with the one sentence that
 * matches it best (its words weighted by how rare they are in the passage, Porter-stemmed), wherever it stands in
 * the passage. A yes/no question is answered first
 * when the passage itself says yes or no to it; a question in two parts is answered from the best two passages of
 * one article; after a red flag, sentences that invite practice are left out.
 */
public final class ExtractiveAnswerComposer implements AnswerComposer {

    static final int MAX_UNITS = 5;
    /** Sentences per passage when a two-part question is answered from two passages. */
    private static final int FIRST_PART_UNITS = 3;
    private static final int SECOND_PART_UNITS = 2;
    /** How many of the top passages may hold the second part's answer. */
    private static final int SECOND_PART_CANDIDATES = 3;
    /** How many of the top passages may hold the detail a short follow-up asks. */
    private static final int DETAIL_CANDIDATES = 3;

    private static final Pattern WORD = Pattern.compile("[a-z0-9']+");
    /** Porter stemmers keep state between calls: one per thread. */
    private static final ThreadLocal<PorterStemmer> PORTER = ThreadLocal.withInitial(PorterStemmer::new);
    /** The splits a turn runs, compiled once (String.split compiles them per call). */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:]|\\s-\\s");
    private static final Pattern AFTER_SENTENCE = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern AFTER_QUESTION = Pattern.compile("(?<=[?])\\s+");
    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "if", "to", "of", "in", "on",
            "at", "for", "with", "is", "are", "was", "be", "it", "its", "it's", "i", "me", "my", "you", "your", "we",
            "do", "does", "can", "how", "what", "when", "why", "should", "would", "could", "this", "that", "there",
            "so", "as", "about", "from", "have", "has", "im", "i'm", "she", "her", "he", "his", "they", "them", "not");
    /** Words that open a question answered by yes or no ("is it...", "does it...", "should I..."). */
    private static final Set<String> YES_NO_OPENERS = Set.of("is", "are", "am", "was", "were", "do", "does", "did",
            "can", "could", "will", "would", "should", "shall", "may", "might", "must", "has", "have", "had");
    /** Fillers people put before the question itself ("so is it...", "ok but does it..."). */
    private static final Set<String> FILLERS = Set.of("so", "but", "and", "ok", "okay", "also", "like", "um", "well",
            "then", "pls", "please", "hi", "hey");
    /**
     * Words too general to carry a yes or no: "You do not have to use arousal if it does not feel right" says nothing
     * about "will dilators ever work?".
     */
    private static final Set<String> GENERIC = Set.of("feel", "have", "use", "get", "make", "go", "work", "need",
            "want", "try", "know", "like", "help", "take", "put", "keep", "ever", "really", "just", "even", "all",
            "normal", "okay", "thing", "way", "time", "sure", "still", "right", "bad", "good", "ok", "will", "now");
    /**
     * Fillers that say nothing of what is asked ("does she still find me attractive now?"): matched, they pick whichever
     * sentence happens to say "still" or "now" too. Only these: "feel", "time" or "try" often are the question.
     */
    private static final Set<String> FILLER_STEMS = Set.of("now", "still", "just", "realli", "even", "ever", "actual",
            "sure", "okai", "thing", "anyth", "someth", "lol");
    /** {@link #GENERIC} as stems, the form {@link #keywords} returns ("really" is "realli"). */
    private static final Set<String> GENERIC_STEMS = GENERIC.stream().map(ExtractiveAnswerComposer::stem)
            .collect(Collectors.toUnmodifiableSet());
    /** How many content words may stand between a negation and the question's word ("is not just in your head"). */
    private static final int NEGATION_WINDOW = 2;
    private static final Pattern LEADING_YES_NO = Pattern.compile("^(yes|no)\\b[.,!:;]?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SECOND_PART = Pattern.compile(
            "\\band (?=(how|what|when|where|why|which|who|can|could|do|does|is|are|should|will|would)\\b)");

    private final QuestionSentenceChoice choice;

    public ExtractiveAnswerComposer() {
        this(new QuestionSentenceChoice());
    }

    ExtractiveAnswerComposer(QuestionSentenceChoice choice) {
        this.choice = choice;
    }

    /** A passage's units after any practice filter. */
    private record Source(PassageHit hit, List<String> units) {
    }

    @Override
    public ComposedAnswer compose(AnswerRequest request) {
        List<Source> sources = new ArrayList<>();
        for (PassageHit hit : request.passages()) {
            List<String> units = hit.units();
            if (request.pausePractice()) {
                units = units.stream().filter(unit -> !PracticeGuidance.encouragesPractice(unit)).toList();
            }
            units = withoutItsYesNo(units, hit, request.question());
            if (!units.isEmpty()) {
                sources.add(new Source(hit, units));
            }
        }
        if (sources.isEmpty()) {
            return new ComposedAnswer("", List.of(), "extractive");
        }
        Optional<AskedDetail> detail = AskedDetail.of(request.followUp());
        if (detail.isPresent()) {
            Optional<ComposedAnswer> answered = detailFirst(sources, detail.get(), request.question());
            if (answered.isPresent()) {
                return answered.get();
            }
        }
        // A long message's question sentence may be answered better by the second or third passage than by the first.
        int chosen = choice.choose(request.question(), sources.stream().map(Source::hit).toList(),
                request.followUp() != null);
        Source best = sources.get(chosen);
        if (chosen > 0) {
            sources.remove(chosen);
            sources.add(0, best);
        }
        List<String> parts = questionParts(request.question());
        if (parts.size() >= 2) {
            Optional<Source> second = secondPart(best, sources, parts.get(parts.size() - 1));
            if (second.isPresent()) {
                return twoParts(best, parts.get(0), second.get());
            }
        }
        return onePassage(best, request.question());
    }

    private static ComposedAnswer onePassage(Source best, String question) {
        Map<String, Integer> keywords = beyondHeading(weights(question), best.hit().section());
        List<String> units = new ArrayList<>(best.units());
        String direct = null;
        if (isYesNoQuestion(question)) {
            Set<String> asked = keywords(lastClause(question));
            asked.removeAll(GENERIC_STEMS);
            direct = directAnswer(units, asked, asksTheSectionsQuestion(best.hit(), question), question).orElse(null);
        }
        if (direct != null) {
            // The answer first; the heading and the rest of the passage (in its own order) explain it.
            String answer = (LEADING_YES_NO.matcher(direct).find() ? "" : "No. ") + direct;
            units.remove(direct);
            if (units.isEmpty()) {
                return new ComposedAnswer(answer, List.of(best.hit()), "extractive");
            }
            List<String> rest = units.size() <= MAX_UNITS - 1 ? units
                    : choose(units, keywords, null, MAX_UNITS - 1);
            return new ComposedAnswer(answer + "\n\n**" + best.hit().section() + "**\n" + join(rest),
                    List.of(best.hit()), "extractive");
        }
        List<String> chosen = units.size() <= MAX_UNITS ? units
                : choose(units, keywords, asksTheSectionsQuestion(best.hit(), question) ? best.hit().section() : null,
                        MAX_UNITS);
        // The section's heading comes first: passages answer it, and their first sentence often leans on it.
        return new ComposedAnswer("**" + best.hit().section() + "**\n" + join(chosen), List.of(best.hit()), "extractive");
    }

    /**
     * The passage's own "Yes." or "No." answers its heading: it stays only when the message asks that yes/no question.
     * To anything else ("what can we do instead?", "is it the lube or me?") a bare "No." would answer what nobody asked.
     * A passage that was only "Yes." or "No." keeps it (it has nothing else to say).
     */
    static List<String> withoutItsYesNo(List<String> units, PassageHit hit, String question) {
        if (units.isEmpty() || !LEADING_YES_NO.matcher(units.get(0)).find()
                || isYesNoQuestion(question) && asksTheSectionsQuestion(hit, question)) {
            return units;
        }
        String rest = LEADING_YES_NO.matcher(units.get(0)).replaceFirst("");
        List<String> kept = new ArrayList<>(units);
        if (rest.isBlank()) {
            kept.remove(0);
        } else {
            kept.set(0, capitalise(rest));
        }
        return kept.isEmpty() ? units : List.copyOf(kept);
    }

    /**
     * A short follow-up asking one detail of its topic ("how long for?", "breathe in or out?"): the sentence that
     * states it comes first, from the best of the first few passages that has one (the passage just given, or the
     * sibling that holds it), then its heading and the rest of the passage. Empty when none of them states it.
     */
    private static Optional<ComposedAnswer> detailFirst(List<Source> sources, AskedDetail detail, String question) {
        for (Source source : sources.subList(0, Math.min(sources.size(), DETAIL_CANDIDATES))) {
            Optional<String> stated = source.units().stream().filter(detail::statedIn).findFirst();
            if (stated.isEmpty()) {
                continue;
            }
            List<String> rest = new ArrayList<>(source.units());
            rest.remove(stated.get());
            String text = stated.get();
            if (!rest.isEmpty()) {
                List<String> chosen = rest.size() <= MAX_UNITS - 1 ? rest
                        : choose(rest, beyondHeading(weights(question), source.hit().section()), null, MAX_UNITS - 1);
                text += "\n\n**" + source.hit().section() + "**\n" + join(chosen);
            }
            return Optional.of(new ComposedAnswer(text, List.of(source.hit()), "extractive"));
        }
        return Optional.empty();
    }

    /**
     * The sentence that says yes or no to the question, from the passage only: one that opens with the passage's own
     * "Yes."/"No." when the question is the section's question, or one that negates a word of the question
     * ("Is it all in my head?" - "Vaginismus is not just in your head."). Empty when the passage does not say;
     * then nothing is invented.
     */
    private static Optional<String> directAnswer(List<String> units, Set<String> keywords, boolean asksTheSectionsQuestion,
                                                 String question) {
        if (asksTheSectionsQuestion && LEADING_YES_NO.matcher(units.get(0)).find()) {
            return Optional.of(units.get(0));
        }
        if (hasNegation(lastQuestion(question))) {
            return Optional.empty(); // "isn't it...?": a bare yes or no would be ambiguous
        }
        for (String unit : units) {
            if (negatesAQuestionWord(unit, keywords)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    /** A negation among the few content words just before a word of the question ("not just in your head"). */
    private static boolean negatesAQuestionWord(String unit, Set<String> keywords) {
        List<String> words = words(unit);
        for (int i = 0; i < words.size(); i++) {
            if (!keywords.contains(stem(words.get(i)))) {
                continue;
            }
            int contentWords = 0;
            for (int j = i - 1; j >= 0 && contentWords < NEGATION_WINDOW; j--) {
                String word = words.get(j);
                if (isNegation(word)) {
                    return true;
                }
                if (!STOP.contains(word)) {
                    contentWords++;
                }
            }
        }
        return false;
    }

    /**
     * The question is the section's heading, in words if not in wording. Only the heading: the passage's own "Yes."
     * or "No." answers its heading, and its Questions line may ask the same thing the other way round ("Can it get
     * better?" - "Yes."; "Is it permanent?" - not "Yes.").
     */
    static boolean asksTheSectionsQuestion(PassageHit hit, String question) {
        Set<String> asked = keywords(lastQuestion(question));
        if (asked.isEmpty()) {
            return false;
        }
        for (String candidate : List.of(hit.section())) {
            Set<String> theirs = keywords(candidate);
            Set<String> shared = new HashSet<>(asked);
            shared.retainAll(theirs);
            if (!theirs.isEmpty() && shared.size() * 2 >= Math.max(asked.size(), theirs.size())
                    && hasNegation(candidate) == hasNegation(lastQuestion(question))) {
                return true;
            }
        }
        return false;
    }

    /** A question people answer with yes or no: its last clause opens with "is", "does", "should"... and offers no "or". */
    static boolean isYesNoQuestion(String question) {
        List<String> words = words(lastClause(question));
        int first = 0;
        while (first < words.size() && FILLERS.contains(words.get(first))) {
            first++;
        }
        return first < words.size() && YES_NO_OPENERS.contains(words.get(first)) && !words.contains("or");
    }

    /** The question itself: the last clause of the last question ("I can't even use tampons, is that normal?"). */
    public static String lastClause(String question) {
        String[] clauses = CLAUSE_BREAK.split(lastQuestion(question));
        return clauses[clauses.length - 1];
    }

    /**
     * A long message's last question as its {@link QuestionFocus} finds it (also without a '?', and cut out of a
     * run-on sentence); a short one's last sentence that asks something (ends with '?'), else its last sentence.
     */
    static String lastQuestion(String text) {
        String asked = QuestionFocus.lastAsked(text);
        if (!asked.isEmpty()) {
            return asked;
        }
        String[] sentences = AFTER_SENTENCE.split(text.strip());
        for (int i = sentences.length - 1; i >= 0; i--) {
            if (sentences[i].strip().endsWith("?")) {
                return sentences[i].strip();
            }
        }
        return sentences[sentences.length - 1].strip();
    }

    /** "how do I start and how long does it take?" - two parts; otherwise one (the whole question). */
    static List<String> questionParts(String question) {
        List<String> asked = new ArrayList<>();
        for (String sentence : AFTER_QUESTION.split(question.strip())) {
            if (sentence.strip().endsWith("?")) {
                asked.add(sentence.strip());
            }
        }
        if (asked.size() >= 2) {
            return asked.subList(asked.size() - 2, asked.size());
        }
        String last = lastQuestion(question);
        Matcher and = SECOND_PART.matcher(last.toLowerCase(Locale.ROOT));
        if (and.find() && and.start() > 0) {
            return List.of(last.substring(0, and.start()).strip(), last.substring(and.end()).strip());
        }
        return List.of(question);
    }

    /** A passage of the best one's article that answers the second part better than the best one does. */
    private static Optional<Source> secondPart(Source best, List<Source> sources, String part) {
        Set<String> keywords = keywords(part);
        double bestCovers = overlap(best.hit().section() + " " + String.join(" ", best.units()), keywords);
        Source chosen = null;
        double chosenCovers = bestCovers;
        for (Source source : sources.subList(1, Math.min(sources.size(), 1 + SECOND_PART_CANDIDATES))) {
            if (!source.hit().articleId().equals(best.hit().articleId())) {
                continue;
            }
            double covers = overlap(source.hit().section() + " " + String.join(" ", source.units()), keywords);
            if (covers > chosenCovers) {
                chosen = source;
                chosenCovers = covers;
            }
        }
        return Optional.ofNullable(chosen);
    }

    private static ComposedAnswer twoParts(Source first, String firstPart, Source second) {
        List<String> a = first.units().size() <= FIRST_PART_UNITS ? first.units()
                : choose(first.units(), beyondHeading(weights(firstPart), first.hit().section()),
                        asksTheSectionsQuestion(first.hit(), firstPart) ? first.hit().section() : null, FIRST_PART_UNITS);
        // The second passage was picked because it answers that part: its opening states the point.
        List<String> b = second.units().subList(0, Math.min(SECOND_PART_UNITS, second.units().size()));
        String text = "**" + first.hit().section() + "**\n" + join(a) + "\n\n**" + second.hit().section() + "**\n" + join(b);
        return new ComposedAnswer(text, List.of(first.hit(), second.hit()), "extractive");
    }

    /** Paragraph sentences and list items, in order; a list item stays whole ({@link PassageUnits}). */
    static List<String> units(String text) {
        return PassageUnits.of(text);
    }

    /**
     * How much each word of the question counts when choosing sentences: a long message's question (its
     * {@link QuestionFocus}) counts three times, the story around it once, so the story's words do not pick the
     * sentences the question needed. A question that names nothing ("is this normal?") gets no extra weight: its
     * story says what to answer. Fillers ({@link #FILLER_STEMS}) count for nothing.
     */
    static Map<String, Integer> weights(String question) {
        Map<String, Integer> weights = new HashMap<>();
        keywords(question).forEach(word -> weights.put(word, 1));
        if (!QuestionFocus.isGeneric(question)) {
            keywords(QuestionFocus.of(question)).forEach(word -> weights.merge(word, 2, Integer::sum));
        }
        weights.keySet().removeAll(FILLER_STEMS);
        return weights;
    }

    /**
     * The question's words that its passage's heading does not already say count twice: every sentence of the passage
     * answers the heading, so those words say which part of it was asked ("does she not trust me?" of the section on
     * staying in control while helping with the dilator: the sentence about trust, not the opening on helping).
     */
    static Map<String, Integer> beyondHeading(Map<String, Integer> weights, String heading) {
        Set<String> said = keywords(heading);
        Map<String, Integer> sharpened = new HashMap<>();
        weights.forEach((word, weight) -> sharpened.put(word, said.contains(word) ? weight : 2 * weight));
        return sharpened;
    }

    /**
     * The best-matching window of {@code size} consecutive units, so the chosen sentences still follow on. When the
     * question is the section's own ({@code heading} given), the opening answers it, so the heading's words count for
     * the opening too ("when should I get professional help?": the heading says "professional help", the opening
     * "if progress stalls after four to six weeks"). {@code heading} is {@code null} otherwise.
     */
    private static List<String> choose(List<String> units, Map<String, Integer> keywords, String heading, int size) {
        double openingCredit = heading == null ? 0 : overlap(heading, keywords);
        double[] scores = scores(units, keywords);
        // The one sentence that matches the question best is its answer, kept wherever it stands (below). It must
        // match on a word that says what was asked: "makes" is no answer to "does staying calm make a difference?".
        Map<String, Integer> telling = new HashMap<>(keywords);
        telling.keySet().removeAll(GENERIC_STEMS);
        int answer = answerUnit(scores(units, telling));
        int bestStart = 0;
        double bestScore = -1;
        for (int start = 0; start + size <= units.size(); start++) {
            double score = start == 0 ? openingCredit : 0;
            for (int i = start; i < start + size; i++) {
                score += scores[i];
            }
            // Prefer the opening of a passage on ties: it usually states the point.
            if (score > bestScore) {
                bestScore = score;
                bestStart = start;
            }
        }
        // A list is introduced by the sentence before it ("Try these:"); keep that lead-in with its items.
        int from = bestStart > 0 && isItem(units.get(bestStart)) && !isItem(units.get(bestStart - 1)) ? bestStart - 1
                : bestStart;
        List<String> chosen = new ArrayList<>(units.subList(from, bestStart + size));
        // When the window left the answer out, it takes the place of the window's weakest sentence after the first
        // (which states the point), in the passage's order.
        if (answer >= 0 && (answer < from || answer >= bestStart + size)) {
            int weakest = -1;
            for (int i = from + 1; i < bestStart + size; i++) {
                if (weakest < 0 || scores[i] <= scores[weakest]) {
                    weakest = i;
                }
            }
            if (weakest >= 0) {
                chosen.remove(units.get(weakest));
                chosen.add(answer < from ? 0 : chosen.size(), units.get(answer));
            }
        }
        // Items cut off from their lead-in stay: dropping the ones that share no word with the question left two
        // sentences and lost the list that was the answer ("what can I use instead of a dilator?": fingers, a cotton
        // bud, a tampon applicator share no word with it).
        return chosen;
    }

    /**
     * How well each unit matches the question: the weight of each question word it holds times how rare that word is
     * among the units ({@link #rarity}), so "dilator", said in every sentence of a dilator passage, picks none of
     * them and "clean" picks the one sentence about cleaning.
     */
    static double[] scores(List<String> units, Map<String, Integer> keywords) {
        Map<String, Double> rarity = rarity(units);
        double[] scores = new double[units.size()];
        for (int i = 0; i < units.size(); i++) {
            for (String word : keywords(units.get(i))) {
                scores[i] += keywords.getOrDefault(word, 0) * rarity.getOrDefault(word, 0.0);
            }
        }
        return scores;
    }

    /** ln(1 + n / df): a word in one of seven units counts about 2.1, one in all seven 0.7. */
    private static Map<String, Double> rarity(List<String> units) {
        Map<String, Integer> frequency = new HashMap<>();
        units.forEach(unit -> keywords(unit).forEach(word -> frequency.merge(word, 1, Integer::sum)));
        Map<String, Double> rarity = new HashMap<>();
        frequency.forEach((word, df) -> rarity.put(word, Math.log(1 + (double) units.size() / df)));
        return rarity;
    }

    /** The unit that matches best when one matches better than every other, else -1 (none, or a tie). */
    private static int answerUnit(double[] scores) {
        int best = -1;
        boolean tie = false;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] <= 0) {
                continue;
            }
            if (best < 0 || scores[i] > scores[best]) {
                best = i;
                tie = false;
            } else if (scores[i] == scores[best]) {
                tie = true;
            }
        }
        return tie ? -1 : best;
    }

    private static boolean isItem(String unit) {
        return PassageUnits.isItem(unit);
    }

    private static double overlap(String unit, Map<String, Integer> weights) {
        double total = 0;
        for (String word : keywords(unit)) {
            total += weights.getOrDefault(word, 0);
        }
        return total;
    }

    private static double overlap(String unit, Set<String> keywords) {
        Set<String> words = keywords(unit);
        words.retainAll(keywords);
        return words.size();
    }

    /** The words of a question that say what it asks: its keywords without the generic ones and fillers. */
    static Set<String> telling(String question) {
        Set<String> words = keywords(question);
        words.removeAll(GENERIC_STEMS);
        words.removeAll(FILLER_STEMS);
        return words;
    }

    static Set<String> keywords(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : words(text)) {
            if (!STOP.contains(w) && w.length() > 2 && !isNegation(w)) {
                words.add(stem(w));
            }
        }
        return words;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static boolean isNegation(String word) {
        return NegationCues.WORDS.contains(word) || word.endsWith("n't"); // the one negation list
    }

    private static boolean hasNegation(String text) {
        return words(text).stream().anyMatch(ExtractiveAnswerComposer::isNegation);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * The Porter stem, as the knowledge base's own analyser stems: "cleaning" and "clean", "relaxation" and "relaxing",
     * "breathe" and "breathing" meet. A possessive goes first ("partner's" is "partner").
     */
    private static String stem(String word) {
        String plain = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word.replace("'", "");
        PorterStemmer stemmer = PORTER.get();
        stemmer.setCurrent(plain);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static String join(List<String> units) {
        StringBuilder out = new StringBuilder();
        boolean previousWasItem = false;
        for (String unit : units) {
            boolean item = isItem(unit);
            if (!out.isEmpty()) {
                out.append(item || previousWasItem ? "\n" : " ");
            }
            out.append(unit);
            previousWasItem = item;
        }
        return out.toString();
    }
}
