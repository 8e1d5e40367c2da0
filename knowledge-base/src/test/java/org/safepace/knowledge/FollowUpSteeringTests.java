package org.safepace.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safepace.knowledge.PreviousTopic.Lean;

/** How a previous topic adjusts one passage's score, and how far it leans the query vector, per kind of follow-up. */
class FollowUpSteeringTests {

    private static final String[] PASSAGES = {"steps#one", "steps#two", "steps#three", "other#one"};
    private static final String[] ARTICLES = {"steps", "steps", "steps", "other"};
    private final RetrievalTuning tuning = RetrievalTuning.DEFAULT;
    private final FollowUpSteering steering = new FollowUpSteering(PASSAGES, ARTICLES, tuning);

    private static KnowledgeBase kb;

    @BeforeAll
    static void loadFixture() {
        kb = KnowledgeBase.load(new KnowledgeBaseSettings(KnowledgeBaseTests.FIXTURE_ARTICLES, null));
    }

    @AfterAll
    static void closeFixture() {
        kb.close();
    }

    private static String first(String message, PreviousTopic previous) {
        return kb.search(message, kb.embedQuery(message), Audience.SELF, 3, previous).hits().get(0).passageId();
    }

    private static PreviousTopic topic(String question, String passageId, Lean lean) {
        return new PreviousTopic(passageId.substring(0, passageId.indexOf('#')), List.of(passageId),
                kb.embedQuery(question), lean);
    }

    @Test
    void andThenWhatIsAnsweredWithTheNextSection() {
        PreviousTopic previous = topic("what are dilators?", "dilator-basics#what-are-dilators", Lean.NEXT_STEP);

        assertThat(first("and then what?", previous)).isEqualTo("dilator-basics#how-do-i-insert-a-dilator");
    }

    @Test
    void whyThatOneIsAnsweredFromThePassageJustGiven() {
        PreviousTopic about = topic("which lubricant should I use?", "lubricant-and-comfort#which-lubricant-should-i-use",
                Lean.ABOUT_THE_ANSWER);
        PreviousTopic more = topic("which lubricant should I use?", "lubricant-and-comfort#which-lubricant-should-i-use",
                Lean.ELLIPTICAL);

        assertThat(first("why that one?", about)).isEqualTo("lubricant-and-comfort#which-lubricant-should-i-use");
        assertThat(first("tell me more", more)).isNotEqualTo("lubricant-and-comfort#which-lubricant-should-i-use");
    }

    @Test
    void aDetailOfTheTopicMayBeAnsweredFromThePassageJustGiven() {
        String given = "steps#one";
        // Not pushed last as for "tell me more", nor preferred as for "why that one?": it competes on its score.
        assertThat(steering.adjustment(after(given, Lean.DETAIL), 0)).isEqualTo(tuning.followUpBonus());
        assertThat(steering.adjustment(after(given, Lean.ELLIPTICAL), 0)).isNegative();
        assertThat(FollowUpSteering.keepsAudience(after(given, Lean.DETAIL))).isTrue();
    }

    private static PreviousTopic after(String passageId, Lean lean) {
        return new PreviousTopic(passageId.substring(0, passageId.indexOf('#')), List.of(passageId),
                new float[] {0, 1}, lean);
    }

    @Test
    void andThenWhatPrefersTheNextSectionOfTheSameArticleOnly() {
        assertThat(steering.adjustment(after("steps#one", Lean.NEXT_STEP), 1))
                .isEqualTo(FollowUpSteering.NEXT_SECTION_BONUS + tuning.followUpBonus());
        assertThat(steering.adjustment(after("steps#one", Lean.NEXT_STEP), 2)).isEqualTo(tuning.followUpBonus());
        // The last section of an article has no next step: the first of the next article is not one.
        assertThat(steering.adjustment(after("steps#three", Lean.NEXT_STEP), 3)).isZero();
        assertThat(steering.adjustment(after("steps#one", Lean.ELLIPTICAL), 1)).isEqualTo(tuning.followUpBonus());
    }

    @Test
    void thePassageJustGivenGoesLastUnlessTheMessageAsksAboutIt() {
        assertThat(steering.adjustment(after("steps#two", Lean.ELLIPTICAL), 1)).isNegative();
        assertThat(steering.adjustment(after("steps#two", Lean.NEXT_STEP), 1)).isNegative();
        assertThat(steering.adjustment(after("steps#two", Lean.REFERS_BACK), 1)).isNegative();
        assertThat(steering.adjustment(after("steps#two", Lean.ABOUT_THE_ANSWER), 1)).isPositive();
        assertThat(steering.adjustment(null, 1)).isZero();
    }

    @Test
    void aQuestionThatRefersBackLeansLessOnTheTopicThanOneThatMeansLittleAlone() {
        float[] own = {1, 0};
        float[] elliptical = steering.target(own, after("steps#one", Lean.ELLIPTICAL));
        float[] refersBack = steering.target(own, after("steps#one", Lean.REFERS_BACK));

        assertThat(refersBack[1]).isGreaterThan(0f).isLessThan(elliptical[1]);
        assertThat(steering.target(own, null)).isSameAs(own);
    }

    @Test
    void onlyAFollowUpKeepsTheAudienceOfWhatWasJustAnswered() {
        assertThat(FollowUpSteering.keepsAudience(after("steps#one", Lean.ELLIPTICAL))).isTrue();
        assertThat(FollowUpSteering.keepsAudience(after("steps#one", Lean.NEXT_STEP))).isTrue();
        assertThat(FollowUpSteering.keepsAudience(after("steps#one", Lean.REFERS_BACK))).isFalse();
        assertThat(FollowUpSteering.keepsAudience(null)).isFalse();
    }

    /** A steered ranking of the fixture's ordinals, best first (the passage just given last, as the penalty puts it). */
    private static List<HybridSearcher.Ranked> steered(int... ordinals) {
        List<HybridSearcher.Ranked> ranked = new java.util.ArrayList<>();
        for (int i = 0; i < ordinals.length; i++) {
            ranked.add(new HybridSearcher.Ranked(ordinals[i], 0.05 - 0.01 * i));
        }
        return ranked;
    }

    private static List<Integer> ordinals(List<HybridSearcher.Ranked> ranked) {
        return ranked.stream().map(HybridSearcher.Ranked::ordinal).toList();
    }

    @Test
    void aShortFollowUpStaysWithThePassageJustGivenWhenItsOwnVectorIsClearlyNearer() {
        // "how long for?" after steps#one: the passage just given holds the detail, and the message is nearer to it.
        List<HybridSearcher.Ranked> steered = steered(1, 3, 2, 0);
        Map<Integer, Double> own = Map.of(0, 0.80, 1, 0.70, 3, 0.69, 2, 0.60);

        List<HybridSearcher.Ranked> chosen = steering.choose(steered, after("steps#one", Lean.ELLIPTICAL), own);

        assertThat(ordinals(chosen)).containsExactly(0, 1, 3, 2);
        assertThat(chosen).isSortedAccordingTo(
                java.util.Comparator.comparingDouble(HybridSearcher.Ranked::score).reversed());
    }

    @Test
    void theTopicsFirstChoiceAnswersUnlessTheOwnVectorIsNearerToAnotherByTheMargin() {
        List<HybridSearcher.Ranked> steered = steered(1, 3, 2, 0);
        double close = 0.70 + FollowUpSteering.CHOICE_MARGIN / 2;

        // Within the margin: the steered order stands, and the passage just given keeps its place, last.
        assertThat(ordinals(steering.choose(steered, after("steps#one", Lean.DETAIL), Map.of(0, close, 1, 0.70))))
                .containsExactly(1, 3, 2, 0);
        // The second new passage clearly nearer: it answers, the first comes next.
        assertThat(ordinals(steering.choose(steered, after("steps#one", Lean.ELLIPTICAL), Map.of(3, 0.80, 1, 0.70))))
                .containsExactly(3, 1, 2, 0);
    }

    @Test
    void aMessageSayingOnlyTheDetailItAsksChoosesOnlyWithinTheTopicsArticle() {
        List<HybridSearcher.Ranked> steered = steered(1, 3, 2, 0);
        PreviousTopic said = after("steps#one", Lean.DETAIL);
        PreviousTopic bare = new PreviousTopic(said.articleId(), said.passageIds(), said.vector(), Lean.DETAIL, true);

        // "other#one" is clearly nearer to the own vector: a message with words of its own moves there, "how long
        // for?" stays in the topic's article, where it may still move to the passage just given.
        assertThat(ordinals(steering.choose(steered, said, Map.of(3, 0.90, 1, 0.70))).get(0)).isEqualTo(3);
        assertThat(ordinals(steering.choose(steered, bare, Map.of(3, 0.90, 1, 0.70))).get(0)).isEqualTo(1);
        assertThat(ordinals(steering.choose(steered, bare, Map.of(3, 0.90, 0, 0.85, 1, 0.70))).get(0)).isEqualTo(0);
    }

    @Test
    void onlyTheFirstNewPassagesOfTheNeighbourhoodAreChoices() {
        // steps#three is third among the new passages: however near the message's own vector, the topic did not find it.
        List<HybridSearcher.Ranked> steered = steered(1, 3, 2, 0);

        assertThat(ordinals(steering.choose(steered, after("steps#one", Lean.ELLIPTICAL), Map.of(2, 0.95, 1, 0.70))))
                .containsExactly(1, 3, 2, 0);
    }

    @Test
    void andThenWhatMovesOnToTheNextSectionWhicheverChoiceTheOwnVectorPrefers() {
        List<HybridSearcher.Ranked> steered = steered(3, 1, 2, 0);

        assertThat(ordinals(steering.choose(steered, after("steps#one", Lean.NEXT_STEP), Map.of(3, 0.90, 1, 0.60, 0, 0.95))))
                .startsWith(1);
    }

    @Test
    void aMessageAboutTheAnswerIsAnsweredByThePassageJustGivenAlone() {
        List<HybridSearcher.Ranked> steered = steered(1, 3, 0, 2);

        assertThat(ordinals(steering.choose(steered, after("steps#one", Lean.ABOUT_THE_ANSWER), Map.of(1, 0.95, 0, 0.50))))
                .containsExactly(0, 1, 3, 2);
    }

    @Test
    void aQuestionOfItsOwnThatRefersBackKeepsItsOwnRanking() {
        List<HybridSearcher.Ranked> steered = steered(1, 3, 2, 0);

        assertThat(steering.choose(steered, after("steps#one", Lean.REFERS_BACK), Map.of(0, 0.99))).isSameAs(steered);
        assertThat(steering.choose(steered, null, Map.of(0, 0.99))).isSameAs(steered);
        assertThat(FollowUpSteering.choosesWithinTheTopic(after("steps#one", Lean.REFERS_BACK))).isFalse();
    }

    @Test
    void aWordNamingOneSectionOfTheTopicsArticleAsksForThatSection() {
        // dev-c091: "and the hip bit?" after the circuit's breathing names the section on hip openers.
        String[] passages = {"circuit#how-do-i-do-the-breathing-and-jaw-release",
                "circuit#how-do-i-do-the-hip-openers-and-reverse-kegels", "circuit#how-do-i-get-warm-before-practice",
                "kegels#should-i-do-kegels", "circuit#which-partner-exercises"};
        String[] articles = {"circuit", "circuit", "circuit", "kegels", "circuit"};
        FollowUpSteering named = new FollowUpSteering(passages, articles, tuning);
        PreviousTopic hip = new PreviousTopic("circuit", List.of(passages[0]), new float[] {0, 1}, Lean.REFERS_BACK,
                false, List.of("hip", "bit"));
        PreviousTopic kegel = new PreviousTopic("circuit", List.of(passages[0]), new float[] {0, 1}, Lean.ELLIPTICAL,
                false, List.of("kegel"));

        assertThat(named.isNamedSection(hip, 1)).isTrue();
        assertThat(named.adjustment(hip, 1)).isEqualTo(FollowUpSteering.NAMED_SECTION_BONUS);
        assertThat(named.isNamedSection(hip, 2)).isFalse();
        assertThat(named.isNamedSection(kegel, 1)).isTrue(); // "kegel" names "kegels"
        assertThat(named.isNamedSection(kegel, 3)).isFalse(); // another article's section is not the topic's part
        // Not a word of two more letters ("part" is not "partner"), nor after "and then what?".
        assertThat(named.isNamedSection(new PreviousTopic("circuit", List.of(passages[0]), new float[] {0, 1},
                Lean.REFERS_BACK, false, List.of("part")), 4)).isFalse();
        assertThat(named.isNamedSection(new PreviousTopic("circuit", List.of(passages[0]), new float[] {0, 1},
                Lean.NEXT_STEP, false, List.of("hip")), 1)).isFalse();
        // A word that two sections of the article share names neither ("do" is in both headings).
        assertThat(named.isNamedSection(new PreviousTopic("circuit", List.of(passages[0]), new float[] {0, 1},
                Lean.REFERS_BACK, false, List.of("how")), 1)).isFalse();
    }
}
