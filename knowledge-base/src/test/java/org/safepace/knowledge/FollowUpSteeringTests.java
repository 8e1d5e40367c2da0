package org.safepace.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
