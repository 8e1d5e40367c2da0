package org.safepace.bot.dialogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safepace.bot.meaning.ExampleBank;
import org.safepace.bot.meaning.NearestExamples;
import org.safepace.bot.meaning.NearestExamples.Threshold;

/**
 * The labelled example banks of prompts/understanding/, scored on the turn's query vector: which dialogue act a
 * message is, whether it crosses a boundary, and which feeling it shows. Thresholds are calibrated on
 * src/test/resources/understanding/dev.tsv; prompts/understanding/README.md has the figures and how to redo it.
 */
final class UnderstandingBank {

    static final List<String> ACT_FILES = List.of("understanding/acts.tsv");
    static final List<String> BOUNDARY_FILES = List.of("understanding/boundaries.tsv");
    static final List<String> FEELING_FILES = List.of("understanding/feelings.tsv");
    static final String FEELING_TOPICS_FILE = "understanding/feeling-topics.tsv";

    /** The act whose nearest example is closest, if it is this close and leads the next act by the margin. */
    static final Threshold ACT = new Threshold(0.60, 0.03);
    /** A boundary is raised when its nearest example is this close and leads the boundary's own twins. */
    static final Threshold BOUNDARY = new Threshold(0.77, 0.02);
    /** A feeling is acknowledged when its nearest example is this close and leads the feeling's own twins. */
    static final Threshold FEELING = new Threshold(0.73, 0.03);
    /** Social acts, and the most words a message asking something may have and still be one ("hi, anyone there?"). */
    private static final Set<String> SOCIAL = Set.of("greeting", "thanks", "goodbye");
    static final int SOCIAL_MAX_WORDS = 5;

    /**
     * A lower bar for a message that asks nothing and tells of the writer's own life ("i'm broken. that's it"):
     * someone saying how it is, whose nearest feeling is met rather than answered with "not covered".
     */
    static final Threshold FEELING_TOLD = new Threshold(0.64, 0.04);
    /** A follow-up leans on the previous turn: longer messages stand on their own. */
    static final int FOLLOW_UP_MAX_WORDS = 8;

    /**
     * The pressure stance read as a direction (see {@link StanceDirection}): at or over {@code PRESSING} a message leans
     * the way of the pressure rows rather than their twins and the partner questions; at or under {@code SUPPORTIVE}
     * the other way. Calibrated on the evaluation's dev cases with {@code StanceDirectionProbe} (prompts/understanding/
     * README.md, "Pressure as a direction"). 1.1 since the pain work's bank rows (0.7 before): the re-learnt direction
     * is scaled anew, and 1.1 is where it raises no more non-pressure dev messages than the old one did at 0.7. 1.2
     * since the partner rows the patterns read as pressure left the negatives (stance work, 2026-12-02): by the same
     * rule (dev: the highest non-pressure partner question 1.12, the lowest push only the direction hears 1.22); the
     * banks' 5-fold cross-validation is the same at 1.1 and 1.2 (StanceCrossValidation).
     */
    static final double STANCE_PRESSING = 1.2;
    static final double STANCE_SUPPORTIVE = -0.75;
    /** The shrinkage of the direction's covariance (0.2: the best dev separation of 1, 0.5, 0.2, 0.1, 0.05). */
    static final double STANCE_SHRINKAGE = 0.2;
    /**
     * Thinking of enduring pain as a direction: the feelings bank's enduring-pain rows against its twins, every other
     * feeling and the pressure rows (a partner pushing is not the person putting up with it), with its own shrinkage.
     * A message at or over the bar, naming a partner, and not a partner's own, is heard as enduring pain.
     */
    // -0.2 since the pain work's bank rows (-0.4 before): with the re-learnt direction, the bar that hears more dev
    // enduring-pain cases (22 against 20) while raising fewer other messages naming a partner (5 against 6).
    static final double ENDURING_LEANS = -0.2;
    static final double ENDURING_SHRINKAGE = 0.5;
    /** How near the nearest pressure row must be for the direction to raise pressure (the topic must be there too). */
    static final double STANCE_NEAR = 0.68;

    /** The act label for what is outside the service (weather, recipes, code). */
    private static final String OUTSIDE = "outside";
    static final Map<String, Intent> ACTS = Map.of(
            "greeting", Intent.GREETING, "thanks", Intent.THANKS, "goodbye", Intent.GOODBYE,
            "capabilities", Intent.CAPABILITIES, "ask_for_person", Intent.ASK_FOR_PERSON,
            "follow_up", Intent.FOLLOW_UP, "question", Intent.QUESTION, OUTSIDE, Intent.OFF_TOPIC);
    /**
     * Boundaries in the order that wins when more than one is near: what is asked about a partner first, whatever
     * else the message tries (a jailbreak that asks how to force someone gets the consent reply); between pressure and
     * an admission of force, the nearer one.
     */
    static final List<List<Map.Entry<String, Intent>>> BOUNDARIES = List.of(
            List.of(Map.entry("pressure", Intent.CONSENT_BOUNDARY), Map.entry("force_admission", Intent.FORCE_ADMISSION)),
            List.of(Map.entry("rules_change", Intent.PROMPT_INJECTION)),
            List.of(Map.entry("medication", Intent.MEDICATION_OR_DIAGNOSIS)));

    static final Map<String, Feeling> FEELINGS = Map.of(
            "shame", Feeling.SHAME, "fear", Feeling.FEAR, "sadness", Feeling.SADNESS, "guilt", Feeling.GUILT,
            "frustration", Feeling.FRUSTRATION, "relationship_worry", Feeling.RELATIONSHIP_WORRY,
            "family_pressure", Feeling.FAMILY_PRESSURE, "enduring_pain", Feeling.ENDURING_PAIN);

    private final NearestExamples acts;
    private final NearestExamples boundaries;
    private final NearestExamples feelings;
    private final Map<Feeling, FeelingTopic> feelingTopics;
    private final AudienceReader audience;
    private final StanceDirection pressureLean;
    private final StanceDirection enduringLean;
    private final PressureModel pressureModel;

    /**
     * @param queryEmbeddings the turn's query embedding for a batch of texts, given the bank's name (a disk-cache
     *                        key) and its texts
     */
    UnderstandingBank(ExampleBank.ResourceReader reader,
                      java.util.function.BiFunction<String, List<String>, List<float[]>> queryEmbeddings) {
        this.acts = new NearestExamples(ExampleBank.read(reader, ACT_FILES, ACTS.keySet()),
                texts -> queryEmbeddings.apply("understanding-acts", texts));
        this.boundaries = new NearestExamples(ExampleBank.read(reader, BOUNDARY_FILES, boundaryLabels()),
                texts -> queryEmbeddings.apply("understanding-boundaries", texts));
        this.feelings = new NearestExamples(ExampleBank.read(reader, FEELING_FILES, FEELINGS.keySet()),
                texts -> queryEmbeddings.apply("understanding-feelings", texts));
        this.feelingTopics = feelingTopics(reader.read(FEELING_TOPICS_FILE), queryEmbeddings);
        ExampleBank audienceRows = ExampleBank.read(reader, AudienceReader.FILES, AudienceReader.LABELS.keySet());
        this.audience = new AudienceReader(new NearestExamples(audienceRows,
                texts -> queryEmbeddings.apply("understanding-audience", texts)));
        ExampleBank boundaryRows = ExampleBank.read(reader, BOUNDARY_FILES, boundaryLabels());
        ExampleBank feelingRows = ExampleBank.read(reader, FEELING_FILES, FEELINGS.keySet());
        this.pressureLean = pressureLean(boundaryRows, audienceRows, feelingRows, queryEmbeddings);
        this.enduringLean = enduringLean(feelingRows, boundaryRows, queryEmbeddings);
        this.pressureModel = PressureModel.parse(reader.read(PressureModel.FILE), PressureModel.FILE);
    }

    private static StanceDirection enduringLean(ExampleBank feelingRows, ExampleBank boundaryRows,
            java.util.function.BiFunction<String, List<String>, List<float[]>> queryEmbeddings) {
        List<String> texts = new java.util.ArrayList<>();
        List<Boolean> enduring = new java.util.ArrayList<>();
        for (var row : feelingRows.examples()) {
            if (row.label().equals("enduring_pain") || row.positive()) {
                texts.add(row.text());
                enduring.add(row.label().equals("enduring_pain") && row.positive());
            }
        }
        for (var row : boundaryRows.examples()) {
            if (row.label().equals("pressure") && row.positive()) {
                texts.add(row.text());
                enduring.add(false);
            }
        }
        return StanceDirection.learn(enduring, queryEmbeddings.apply("understanding-enduring", texts), ENDURING_SHRINKAGE);
    }

    private static Set<String> boundaryLabels() {
        return Set.copyOf(BOUNDARIES.stream().flatMap(List::stream).map(Map.Entry::getKey).toList());
    }

    /**
     * The pressure direction, learnt from the reviewed banks: the pressure rows against everything a partner or the
     * person says that is not pressure though it shares the topic (the pressure twins, the audience bank's partner
     * rows, the person's own thoughts of enduring pain).
     */
    private static StanceDirection pressureLean(ExampleBank boundaryRows, ExampleBank audienceRows, ExampleBank feelingRows,
            java.util.function.BiFunction<String, List<String>, List<float[]>> queryEmbeddings) {
        List<String> texts = new java.util.ArrayList<>();
        List<Boolean> pressing = new java.util.ArrayList<>();
        for (var row : boundaryRows.examples()) {
            if (row.label().equals("pressure")) {
                texts.add(row.text());
                pressing.add(row.positive());
            }
        }
        // A partner row that the patterns read as pressure ("how do i convince my wife to try sex anyway") is a partner
        // speaking, not a twin of pressure: it is left out rather than taught as its opposite.
        IntentClassifier sharp = new IntentClassifier();
        StanceReader stances = new StanceReader();
        for (var row : audienceRows.examples()) {
            String normalised = MessageUnderstanding.normalise(row.text());
            if (row.label().equals("partner") && sharp.classify(normalised) != Intent.CONSENT_BOUNDARY
                    && stances.stance(normalised) != StanceReader.Stance.PRESSING) {
                texts.add(row.text());
                pressing.add(false);
            }
        }
        for (var row : feelingRows.examples()) {
            if (row.label().equals("enduring_pain") && row.positive()) {
                texts.add(row.text());
                pressing.add(false);
            }
        }
        return StanceDirection.learn(pressing, queryEmbeddings.apply("understanding-stance", texts), STANCE_SHRINKAGE);
    }

    /** Each feeling's own search, embedded once here like the bank rows (nothing is embedded during a turn). */
    private static Map<Feeling, FeelingTopic> feelingTopics(String content,
            java.util.function.BiFunction<String, List<String>, List<float[]>> queryEmbeddings) {
        Map<Feeling, String> queries = new java.util.EnumMap<>(Feeling.class);
        String[] lines = content.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            Feeling feeling = cols.length == 2 ? FEELINGS.get(cols[0].strip()) : null;
            if (feeling == null || cols[1].isBlank() || queries.put(feeling, cols[1].strip()) != null) {
                throw new IllegalArgumentException(FEELING_TOPICS_FILE + ":" + (i + 1)
                        + ": expected a known, not yet listed feeling label, a tab and a question");
            }
        }
        List<Feeling> order = List.copyOf(queries.keySet());
        List<float[]> vectors = queryEmbeddings.apply("understanding-feeling-topics",
                order.stream().map(queries::get).toList());
        Map<Feeling, FeelingTopic> topics = new java.util.EnumMap<>(Feeling.class);
        for (int i = 0; i < order.size(); i++) {
            topics.put(order.get(i), new FeelingTopic(queries.get(order.get(i)), vectors.get(i)));
        }
        return topics;
    }

    /** Where the guidance meets this feeling, if the topics file names a place. */
    Optional<FeelingTopic> topicFor(Feeling feeling) {
        return Optional.ofNullable(feelingTopics.get(feeling));
    }

    /** A feeling's own search: its question and that question's query vector. */
    record FeelingTopic(String query, float[] vector) {
    }

    /** The bank files shipped in the jar (tests, benchmarks). */
    static UnderstandingBank fromClasspath(
            java.util.function.BiFunction<String, List<String>, List<float[]>> queryEmbeddings) {
        return new UnderstandingBank(location -> ExampleBank.classpathText("prompts/" + location), queryEmbeddings);
    }

    int size() {
        return acts.size() + boundaries.size() + feelings.size();
    }

    /** The pressure model of the reviewed weights file (see {@link PressureModel}). */
    PressureModel pressureModel() {
        return pressureModel;
    }

    /** Who is asking, read with the audience bank on the same vector. */
    AudienceReader audience() {
        return audience;
    }

    /** What the vector says about a message of {@code words} words. */
    Meaning read(float[] vector, int words) {
        return read(vector, words, false);
    }

    /**
     * @param asks the message asks something: past {@link #SOCIAL_MAX_WORDS} words, meaning alone does not make it a
     *             greeting, thanks or goodbye ("so can i still do my session tonight?" is near "im done for tonight")
     */
    Meaning read(float[] vector, int words, boolean asks) {
        boolean notSocial = asks && words > SOCIAL_MAX_WORDS;
        List<String> actLabels = notSocial
                ? acts.labels().stream().filter(label -> !SOCIAL.contains(label)).toList() : acts.labels();
        NearestExamples.Scores boundaryScores = boundaries.score(vector);
        Optional<Intent> boundary = Optional.empty();
        for (List<Map.Entry<String, Intent>> tier : BOUNDARIES) {
            boundary = tier.stream()
                    .filter(b -> boundaryScores.detects(b.getKey(), BOUNDARY))
                    .max(java.util.Comparator.comparingDouble(b -> boundaryScores.positive(b.getKey())))
                    .map(Map.Entry::getValue);
            if (boundary.isPresent()) {
                break;
            }
        }
        NearestExamples.Scores actScores = acts.score(vector);
        Intent act = actScores.best(acts.labels(), ACT)
                .filter(label -> !notSocial || !SOCIAL.contains(label)) // a question then, not the runner-up
                .map(ACTS::get).orElse(Intent.QUESTION);
        // Nearer to what is outside the service than to any other act but a follow-up (which only a later turn can
        // be), and to its own twins, though not by the margin that decides it alone: the guidance being far off too
        // is what makes it off-topic then. A social act it cannot be is not in the running.
        boolean leansOutside = actLabels.stream().filter(label -> !label.equals("follow_up"))
                .max(java.util.Comparator.comparingDouble(actScores::positive)).filter(OUTSIDE::equals).isPresent()
                && actScores.positive(OUTSIDE) > actScores.twin(OUTSIDE);
        if (act == Intent.FOLLOW_UP && words > FOLLOW_UP_MAX_WORDS) {
            act = Intent.QUESTION;
        }
        NearestExamples.Scores feelingScores = feelings.score(vector);
        // Nearest first, except that thinking of enduring pain outranks the guilt or fear that usually comes with
        // it: the reply must say first that she never has to.
        List<Feeling> detected = feelingScores.positive().keySet().stream()
                .filter(label -> feelingScores.detectsAgainstAllTwins(label, FEELING))
                .map(FEELINGS::get).toList();
        Feeling feeling = detected.contains(Feeling.ENDURING_PAIN) ? Feeling.ENDURING_PAIN
                : detected.stream().findFirst().orElse(Feeling.NONE);
        Feeling told = feelingScores.positive().keySet().stream()
                .filter(label -> feelingScores.detectsAgainstAllTwins(label, FEELING_TOLD))
                .map(FEELINGS::get).findFirst().orElse(Feeling.NONE);
        return new Meaning(act, boundary, feeling, leansOutside, told, pressureLean.score(vector),
                boundaryScores.positive("pressure"), enduringLean.score(vector));
    }

    /**
     * @param act      the dialogue act ({@link Intent#OFF_TOPIC} when nearest to what is outside the service)
     * @param boundary a boundary the message crosses, if any
     * @param leansOutside nearest to what is outside the service, though not clearly (see {@link #read})
     * @param told     the nearest feeling on the lower bar {@link #FEELING_TOLD}, for a message that asks nothing
     * @param pressureLean how far the message leans towards pressure as a direction (about +1 at the pressure rows'
     *                     mean, -1 at the rest's; see {@link #STANCE_PRESSING})
     * @param pressureNear the cosine of the nearest pressure row
     * @param enduringLean how far the message leans towards thinking of enduring pain (see {@link #ENDURING_LEANS})
     */
    record Meaning(Intent act, Optional<Intent> boundary, Feeling feeling, boolean leansOutside, Feeling told,
                   double pressureLean, double pressureNear, double enduringLean) {

        /** Leans the way the person's own thoughts of putting up with pain do (a partner named is checked apart). */
        boolean leansEnduring() {
            return enduringLean >= ENDURING_LEANS;
        }

        /** Leans towards pressure as a direction and sits near the pressure rows: the topic and the stance both. */
        boolean leansPressing() {
            return pressureLean >= STANCE_PRESSING && pressureNear >= STANCE_NEAR;
        }

        /** Leans clearly the other way: meaning's nearest pressure row is then the topic, not the stance. */
        boolean leansSupportive() {
            return pressureLean <= STANCE_SUPPORTIVE;
        }
    }
}
