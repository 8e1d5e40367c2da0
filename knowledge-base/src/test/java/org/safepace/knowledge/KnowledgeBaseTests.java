package org.safepace.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KnowledgeBaseTests {

    static final Path FIXTURE_ARTICLES = Path.of("src/test/resources/kb-fixture/articles");

    private static KnowledgeBase kb;

    @BeforeAll
    static void loadFixture() {
        kb = KnowledgeBase.load(new KnowledgeBaseSettings(FIXTURE_ARTICLES, null));
    }

    @AfterAll
    static void closeFixture() {
        kb.close();
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(PassageHit::passageId).toList();
    }

    @Test
    void loadsEveryArticleAndPassageOfTheFolder() {
        assertThat(kb.articles()).hasSize(6);
        assertThat(kb.passageCount()).isEqualTo(18);

        PassageHit passage = kb.passage("dilator-basics#how-do-i-insert-a-dilator").orElseThrow();
        assertThat(passage.articleId()).isEqualTo("dilator-basics");
        assertThat(passage.title()).isEqualTo("Dilators: the basics");
        assertThat(passage.section()).isEqualTo("How do I insert a dilator?");
        assertThat(passage.text()).startsWith("Lie down comfortably").doesNotContain("Sources:");
        assertThat(passage.audience()).isEqualTo(Audience.SELF);
        assertThat(passage.topics()).containsExactly("dilators");
        assertThat(passage.sources()).containsExactly("seed-c.txt");
        assertThat(kb.passage("dilator-basics#no-such-section")).isEmpty();
        assertThat(kb.passage(null)).isEmpty();
    }

    @Test
    void anArticleWhoseTitleAStoryRulesOutStepsBack() {
        String story = " worries for us, we use plenty and it is not dryness. Every time we try I tense up, and "
                + "afterwards I cry and feel like a failure. What should I do?";
        int named = firstRankOf("lubricant-and-comfort", kb.search("Honestly there are lubricant" + story, null, 18));
        int ruledOut = firstRankOf("lubricant-and-comfort", kb.search("Honestly there are no lubricant" + story, null, 18));
        assertThat(ruledOut).isGreaterThan(named);
    }

    private static int firstRankOf(String articleId, SearchResult result) {
        List<String> ids = ids(result);
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i).startsWith(articleId + "#")) {
                return i;
            }
        }
        return ids.size();
    }

    @Test
    void searchReturnsTheAnsweringPassageWithItsArticleAndSection() {
        SearchResult result = kb.search("how do I insert a dilator", null, 3);

        assertThat(result.confident()).isTrue();
        assertThat(result.hits()).hasSize(3);
        PassageHit top = result.hits().get(0);
        assertThat(top.passageId()).isEqualTo("dilator-basics#how-do-i-insert-a-dilator");
        assertThat(top.score()).isGreaterThan(result.hits().get(2).score());
    }

    @ParameterizedTest
    @ValueSource(strings = {"what are trainers", "what's a vaginal trainer"})
    void synonymsLetSlangFindTheArticlesWording(String query) {
        // BM25 alone: the fixture never says "trainer", only the synonyms file connects the words.
        assertThat(ids(kb.search(query, null, 1, SearchMode.BM25))).containsExactly("dilator-basics#what-are-dilators");
    }

    @Test
    void synonymsCoverAbbreviationsAndMultiWordForms() {
        assertThat(ids(kb.search("should i see a PT", null, 1, SearchMode.BM25)))
                .containsExactly("getting-professional-help#when-should-i-see-a-pelvic-health-physiotherapist");
        assertThat(ids(kb.search("my gyno doesn't get it", null, 1, SearchMode.BM25)))
                .containsExactly("getting-professional-help#finding-a-gynaecologist-who-understands-vaginismus");
        assertThat(ids(kb.search("best lube?", null, 1, SearchMode.BM25)))
                .containsExactly("lubricant-and-comfort#which-lubricant-should-i-use");
    }

    @Test
    void theVouchingSearchIsSkippedOnlyWhereTheCosineAloneDecides() {
        // Outside the grey zone no BM25 score changes a hybrid search's confidence, so it need not be searched.
        for (double cosine : new double[] {-1, 0.3, Math.nextDown(HybridSearcher.GREY_ZONE_COSINE),
            HybridSearcher.CONFIDENT_COSINE, 0.9}) {
            for (double bm25 : new double[] {0, HybridSearcher.SUPPORTING_BM25, 100}) {
                assertThat(HybridSearcher.confident(SearchMode.HYBRID, Double.NaN, cosine))
                        .isEqualTo(HybridSearcher.confident(SearchMode.HYBRID, bm25, cosine));
            }
        }
        // And a search without it decides as one with every signal, on and off topic.
        for (String query : List.of("how do i insert a dilator", "what lube should we use", "is it all in my head?",
                "how do I train my puppy to sit", "best pizza recipe", "my wife has vaginismus how can i help")) {
            HybridSearcher.Outcome every = kb.explain(query, null, 3, SearchMode.HYBRID);
            SearchResult result = kb.search(query, null, 3);

            assertThat(every.topBm25()).isNotNaN();
            assertThat(result.confident()).as(query).isEqualTo(every.confident());
            assertThat(result.plausible()).as(query).isEqualTo(every.plausible());
            assertThat(result.hits()).hasSize(every.ranked().size());
        }
    }

    @Test
    void misspelledWordsAreCorrectedFromTheIndexVocabulary() {
        HybridSearcher.Outcome outcome = kb.explain("how do i put in a dialator", null, 3, SearchMode.BM25);

        assertThat(outcome.searchedText()).isEqualTo("how do i put in a dilator");
        assertThat(ids(kb.search("how do i put in a dialator", null, 3, SearchMode.BM25)))
                .contains("dilator-basics#how-do-i-insert-a-dilator");
        assertThat(ids(kb.search("which lubircant", null, 1)))
                .containsExactly("lubricant-and-comfort#which-lubricant-should-i-use");
    }

    @Test
    void aMisspellingTheSynonymsListIsSearchedAndEmbeddedAsTheWordItMeans() {
        // BM25 expanded "vaginsmus" through the synonyms before; the embedding saw only the typo.
        assertThat(kb.explain("wat is vaginsmus exactly", null, 3, SearchMode.HYBRID).searchedText())
                .isEqualTo("wat is vaginismus exactly");
        assertThat(kb.embedQuery("what is vaginsmus")).isEqualTo(kb.embedQuery("what is vaginismus"));
    }

    @Test
    void aShortWordIsCorrectedOnlyByTheLetterItLost() {
        assertThat(kb.explain("is it all in my hed?", null, 3, SearchMode.BM25).searchedText())
                .isEqualTo("is it all in my head?");
        // Same length: "dont" is never turned into another word.
        assertThat(kb.explain("i dont get it", null, 3, SearchMode.BM25).searchedText()).isEqualTo("i dont get it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gyno visit", "i swear im not tensing on purpose", "supportive partners",
            "so scary and overwhelming"})
    void realWordsSynonymsAndOtherFormsOfIndexedWordsAreNotCorrected(String query) {
        // "gyno" is in the synonyms, "swear"/"scary"/"overwhelming" are English words, "supportive" stems like "support".
        assertThat(kb.explain(query, null, 3, SearchMode.BM25).searchedText()).isEqualTo(query);
    }

    @Test
    void aKnownAudienceNeverGetsPassagesWrittenOnlyForTheOtherAndAnUnknownOneSearchesBoth() {
        String query = "how can we talk about intimacy";

        List<String> forPartner = ids(kb.search(query, Audience.PARTNER, 18));
        List<String> forSelf = ids(kb.search(query, Audience.SELF, 18));
        List<String> unknown = ids(kb.search(query, null, 18));

        assertThat(forPartner.get(0)).isEqualTo("supporting-your-partner#how-do-we-talk-about-intimacy-together");
        assertThat(forPartner).noneMatch(id -> audienceOf(id) == Audience.SELF)
                .anyMatch(id -> audienceOf(id) == Audience.BOTH);
        assertThat(forSelf.get(0)).isEqualTo("feelings-and-setbacks#how-do-i-talk-about-intimacy-with-my-partner");
        assertThat(forSelf).noneMatch(id -> audienceOf(id) == Audience.PARTNER)
                .anyMatch(id -> audienceOf(id) == Audience.BOTH);
        assertThat(unknown).contains("supporting-your-partner#how-do-we-talk-about-intimacy-together",
                "feelings-and-setbacks#how-do-i-talk-about-intimacy-with-my-partner");
        assertThat(ids(kb.search(query, Audience.BOTH, 18))).isEqualTo(unknown);
    }

    @Test
    void bm25AloneAlsoHonoursTheAudience() {
        // "frustration" is in a partner-only heading; the person is never answered from it.
        assertThat(ids(kb.search("what do I do with my own frustration", Audience.SELF, 18, SearchMode.BM25)))
                .doesNotContain("supporting-your-partner#what-do-i-do-with-my-own-frustration");
        assertThat(ids(kb.search("what do I do with my own frustration", Audience.PARTNER, 1, SearchMode.BM25)))
                .containsExactly("supporting-your-partner#what-do-i-do-with-my-own-frustration");
    }

    private static Audience audienceOf(String passageId) {
        return kb.passage(passageId).orElseThrow().audience();
    }

    @ParameterizedTest
    @ValueSource(strings = {"what's the capital of France", "best pizza in town", "how do I fix my car",
            "who won the football last night", "recommend a good laptop"})
    void offTopicQuestionsAreNotConfident(String query) {
        SearchResult result = kb.search(query, null, 3);

        assertThat(result.confident()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"what is vaginismus", "is vaginismus all in my head", "when should I go up a dilator size",
            "how can I support my girlfriend"})
    void onTopicQuestionsAreConfident(String query) {
        assertThat(kb.search(query, null, 3).confident()).isTrue();
    }

    /** Issue 13: each ideograph, kana or emoji is its own token, so 2,000 of them once made 6,000 BM25 clauses. */
    @ParameterizedTest
    @ValueSource(strings = {"膣", "痛い", "\uD83D\uDE22", "アイウエオカキクケコ", "dilator pain ", "陰道痙攣是什麼我很害怕"})
    void aTwoThousandCharacterMessageOfAnyScriptIsSearched(String unit) {
        String message = unit.repeat(2_000 / unit.length() + 1).substring(0, 2_000);

        assertThat(kb.search(message, null, 3)).isNotNull();
        assertThat(kb.search(message, Audience.SELF, 3, SearchMode.BM25)).isNotNull();
    }

    @Test
    void aLongMessageOfDistinctIdeographsIsSearched() {
        StringBuilder message = new StringBuilder();
        for (int c = 0x4E00; message.length() < 2_000; c += 7) {
            message.appendCodePoint(c);
        }

        assertThat(kb.search(message.toString(), null, 3, SearchMode.BM25).hits()).isNotNull();
    }

    @Test
    void aSectionsQuestionsAreSearchedButNeverShown() {
        PassageHit passage = kb.passage("what-is-vaginismus#what-is-vaginismus").orElseThrow();
        assertThat(passage.text()).doesNotContain("Questions:").doesNotContain("closes up").endsWith("penetration.");

        // "spasm" is only on the section's Questions line.
        assertThat(ids(kb.search("is it a spasm", null, 1, SearchMode.BM25)))
                .containsExactly("what-is-vaginismus#what-is-vaginismus");
    }

    @Test
    void aPassageScoresByItsBestVectorItsTextOrAnyOfItsQuestions() {
        // A model that places one question (and the query) on an axis no passage text is near.
        Embedder model = new AxisEmbedder("Which way do I point it?", "which direction?");
        try (KnowledgeBase questions = KnowledgeBase.load(new KnowledgeBaseSettings(FIXTURE_ARTICLES, null), model)) {
            HybridSearcher.Outcome outcome = questions.explain("which direction?", null, 3, SearchMode.DENSE);

            assertThat(ids(questions.search("which direction?", null, 3, SearchMode.DENSE)).get(0))
                    .isEqualTo("dilator-basics#how-do-i-insert-a-dilator");
            // For confidence a question's vector counts its cosine less the calibrated margin (ranking uses its own).
            assertThat(outcome.topCosine()).isCloseTo(1.0 - HybridSearcher.CONFIDENCE_QUESTION_MARGIN,
                    org.assertj.core.api.Assertions.within(0.01));
            // Each passage once, however many of its vectors are near.
            assertThat(ids(questions.search("which direction?", null, 18, SearchMode.DENSE))).doesNotHaveDuplicates();
        }
    }

    @Test
    void theQueryVectorOverloadGivesTheSameAnswerAsEmbeddingInsideTheSearch() {
        for (String query : List.of("how do I insert a dilator", "my husband is frustrated", "is it all in my haed")) {
            float[] vector = kb.embedQuery(query);

            assertThat(ids(kb.search(query, vector, Audience.SELF, 3))).isEqualTo(ids(kb.search(query, Audience.SELF, 3)));
        }
        assertThatThrownBy(() -> kb.search("dilator", new float[7], null, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7 dimensions");
        assertThatThrownBy(() -> kb.embedQuery(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theQueryVectorIsTheEmbeddingOfTheSpellingCorrectedText() {
        assertThat(kb.embedQuery("how do I insert a dialator")).isEqualTo(kb.embedQuery("how do I insert a dilator"));
    }

    @Test
    void theSameArticleSteersAFollowUpThatMeansLittleAlone() {
        String first = "how do I insert a dilator";
        PreviousTopic previous = new PreviousTopic("dilator-basics", List.of("dilator-basics#how-do-i-insert-a-dilator"),
                kb.embedQuery(first));
        String followUp = "what if it feels too big?";

        // As the dialogue searches a follow-up: the topic's question and the follow-up's words, the follow-up's vector.
        List<String> steered = ids(kb.search(first + " " + followUp, kb.embedQuery(followUp), Audience.SELF, 3, previous));
        List<String> alone = ids(kb.search(followUp, kb.embedQuery(followUp), Audience.SELF, 3, null));

        assertThat(steered.get(0)).isEqualTo("dilator-basics#when-should-i-move-up-a-size");
        assertThat(alone.get(0)).as("without the previous topic").doesNotStartWith("dilator-basics#");
    }

    @Test
    void aFollowUpIsNotAnsweredWithThePassageJustGiven() {
        String first = "what is vaginismus";
        PreviousTopic previous = new PreviousTopic("what-is-vaginismus", List.of("what-is-vaginismus#what-is-vaginismus"),
                kb.embedQuery(first));
        String query = first + " tell me more";

        List<String> ids = ids(kb.search(query, kb.embedQuery("tell me more"), Audience.SELF, 18, previous));

        assertThat(ids.get(0)).isNotEqualTo("what-is-vaginismus#what-is-vaginismus");
        assertThat(ids).as("kept as a last resort").endsWith("what-is-vaginismus#what-is-vaginismus");
    }

    @Test
    void aFollowUpFromSomeoneNotYetRecognisedStaysWithTheAudienceOfWhatWasJustAnswered() {
        PreviousTopic partnerTopic = new PreviousTopic("supporting-your-partner",
                List.of("supporting-your-partner#how-can-i-support-my-partner-without-adding-pressure"),
                kb.embedQuery("how can I support my partner"));
        String followUp = "what if I get annoyed?";

        List<String> ids = ids(kb.search(followUp, kb.embedQuery(followUp), null, 18, partnerTopic));

        assertThat(ids).isNotEmpty().noneMatch(id -> audienceOf(id) == Audience.SELF);
        assertThat(ids.get(0)).isEqualTo("supporting-your-partner#what-do-i-do-with-my-own-frustration");
    }

    /** Unit vectors: the chosen texts on axis 0, every other text on a hashed direction orthogonal to it. */
    static final class AxisEmbedder implements Embedder {
        private final Set<String> onAxis;

        AxisEmbedder(String... onAxis) {
            this.onAxis = Set.of(onAxis);
        }

        @Override
        public String modelId() {
            return "axis";
        }

        @Override
        public float[] embedQuery(String text) {
            float[] vector = new float[32];
            if (onAxis.contains(text)) {
                vector[0] = 1;
                return vector;
            }
            java.util.Random random = new java.util.Random(text.hashCode());
            for (int i = 1; i < vector.length; i++) {
                vector[i] = (float) random.nextGaussian();
            }
            return OnnxEmbedder.unit(vector);
        }

        @Override
        public List<float[]> embedPassages(List<String> texts) {
            return texts.stream().map(this::embedQuery).toList();
        }
    }

    @Test
    void blankQueriesFindNothingAndInvalidLimitsAreRejected() {
        assertThat(kb.search("   ", null, 3)).isEqualTo(SearchResult.empty());
        assertThat(kb.search(null, Audience.SELF, 3)).isEqualTo(SearchResult.empty());
        assertThatThrownBy(() -> kb.search("dilator", null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }

    @Test
    void concurrentSearchesGetTheSameAnswersAsSequentialOnes() throws Exception {
        List<String> queries = List.of("what is vaginismus", "how do I insert a dilator", "which lube",
                "my husband is frustrated", "journal what felt safe", "is it all in my head", "moisturiser after birth",
                "should I see a physio", "when do I move up a size", "feeling like a failure");
        List<List<String>> expected = queries.stream().map(q -> ids(kb.search(q, null, 3))).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int task = 0; task < 400; task++) {
                int i = task % queries.size();
                tasks.add(() -> ids(kb.search(queries.get(i), null, 3)).equals(expected.get(i)));
            }
            for (Future<Boolean> answer : pool.invokeAll(tasks)) {
                assertThat(answer.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void failsFastNamingTheMalformedArticle(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        Path bad = dir.resolve("broken-article.md");
        Files.writeString(bad, "no front matter here\n");

        assertThatThrownBy(() -> KnowledgeBase.load(new KnowledgeBaseSettings(dir, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(bad.toAbsolutePath().toString())
                .hasMessageContaining("front matter");
    }

    @Test
    void failsFastOnAMissingFolder(@TempDir Path dir) {
        Path missing = dir.resolve("nope");

        assertThatThrownBy(() -> KnowledgeBase.load(new KnowledgeBaseSettings(missing, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void reloadSwapsInChangedArticlesAndAFailedReloadKeepsTheOldIndex(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        try (KnowledgeBase reloadable = KnowledgeBase.load(new KnowledgeBaseSettings(dir, null))) {
            assertThat(reloadable.passage("breathing#belly-breathing-before-practice")).isEmpty();

            Files.writeString(dir.resolve("breathing.md"), """
                    ---
                    id: breathing
                    title: Breathing
                    audience: self
                    topics: [relaxation]
                    sources: [seed-z.txt]
                    reviewed: 2026-11-23
                    ---
                    ## Belly breathing before practice
                    Breathe slowly into your belly so the diaphragm drops and the pelvic floor follows it down.

                    Sources: seed-z.txt

                    ## How long to breathe
                    A few minutes of slow breathing is enough to start.

                    Sources: seed-z.txt

                    ## Breathing out on entry
                    Let anything enter on an out-breath, when the muscles are softest.

                    Sources: seed-z.txt
                    """);
            reloadable.reload();

            assertThat(reloadable.passageCount()).isEqualTo(21);
            assertThat(reloadable.search("belly breathing diaphragm", null, 1).hits().get(0).passageId())
                    .isEqualTo("breathing#belly-breathing-before-practice");

            Path bad = dir.resolve("half-written.md");
            Files.writeString(bad, "---\nid: half-written\n");
            assertThatThrownBy(reloadable::reload)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(bad.toAbsolutePath().toString());

            assertThat(reloadable.passageCount()).isEqualTo(21);
            assertThat(reloadable.search("belly breathing diaphragm", null, 1).hits().get(0).passageId())
                    .isEqualTo("breathing#belly-breathing-before-practice");
        }
    }

    @Test
    void statusShowsWhatIsLiveWhenItWasLoadedAndTheLastFailedReload(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        try (KnowledgeBase reloadable = KnowledgeBase.load(new KnowledgeBaseSettings(dir, null))) {
            KnowledgeBase.Status first = reloadable.status();
            assertThat(first.articles()).isEqualTo(reloadable.articles().size()).isPositive();
            assertThat(first.passages()).isEqualTo(reloadable.passageCount());
            assertThat(first.loadedAt()).isNotNull();
            assertThat(first.lastFailure()).isNull();

            reloadable.reload();
            KnowledgeBase.Status reloaded = reloadable.status();
            assertThat(reloaded.loadedAt()).isAfterOrEqualTo(first.loadedAt());

            Path bad = dir.resolve("half-written.md");
            Files.writeString(bad, "---\nid: half-written\n");
            assertThatThrownBy(reloadable::reload).isInstanceOf(IllegalStateException.class);

            KnowledgeBase.Status failed = reloadable.status();
            assertThat(failed.loadedAt()).isEqualTo(reloaded.loadedAt());
            assertThat(failed.passages()).isEqualTo(reloaded.passages());
            assertThat(failed.lastFailure()).isNotNull();
            assertThat(failed.lastFailure().reason()).contains("half-written.md");
            assertThat(failed.lastFailure().at()).isAfterOrEqualTo(reloaded.loadedAt());
        }
    }

    @Test
    void aSecondStartWithTheEmbeddingCacheEmbedsNoPassage(@TempDir Path cache) {
        EmbeddingCacheTests.CountingEmbedder first = new EmbeddingCacheTests.CountingEmbedder("fake");
        KnowledgeBase.load(new KnowledgeBaseSettings(FIXTURE_ARTICLES, cache), first).close();
        EmbeddingCacheTests.CountingEmbedder second = new EmbeddingCacheTests.CountingEmbedder("fake");

        try (KnowledgeBase restarted = KnowledgeBase.load(new KnowledgeBaseSettings(FIXTURE_ARTICLES, cache), second)) {
            assertThat(first.embedded).as("18 passages and the 10 questions of three of them").hasValue(28);
            assertThat(second.embedded).hasValue(0);
            assertThat(restarted.passageCount()).isEqualTo(18);
        }
    }

    @Test
    void editingOneQuestionReEmbedsOnlyThatQuestion(@TempDir Path dir, @TempDir Path cache) throws IOException {
        copyFixture(dir);
        EmbeddingCacheTests.CountingEmbedder model = new EmbeddingCacheTests.CountingEmbedder("fake");
        try (KnowledgeBase editable = KnowledgeBase.load(new KnowledgeBaseSettings(dir, cache), model)) {
            int first = model.embedded.get();
            Path article = dir.resolve("dilator-basics.md");
            Files.writeString(article, Files.readString(article).replace("Which way do I point it?", "Which way does it point?"));

            editable.reload();

            assertThat(model.embedded.get() - first).isEqualTo(1);
            assertThat(editable.passage("dilator-basics#how-do-i-insert-a-dilator").orElseThrow().questions())
                    .contains("Which way does it point?");
        }
    }

    @Test
    void aLongMessagesQuestionThatNamesItsTopicIsEmbeddedAloneAsWell(@TempDir Path cache) {
        String story = "We moved in together in spring and every time we get close I freeze, my legs shake and it "
                + "feels like my body slams a door shut before he has even touched me. ";
        EmbeddingCacheTests.CountingEmbedder model = new EmbeddingCacheTests.CountingEmbedder("fake");
        try (KnowledgeBase counted = KnowledgeBase.load(new KnowledgeBaseSettings(FIXTURE_ARTICLES, cache), model)) {
            int before = model.embedded.get();
            String specific = story + "Which lube is best for a silicone dilator?";
            counted.search(specific, counted.embedQuery(specific), null, 3);
            assertThat(model.embedded.get() - before).as("the message, then its question alone").isEqualTo(2);

            before = model.embedded.get();
            for (String once : List.of(story + "What should I do in the meantime?", story + "Is this normal?",
                    "which lube is best for a silicone dilator?")) {
                counted.search(once, counted.embedQuery(once), null, 3);
            }
            assertThat(model.embedded.get() - before).as("a question naming one word or none, and a short message")
                    .isEqualTo(3);
        }
    }

    @Test
    void aClosedKnowledgeBaseRefusesSearches() {
        KnowledgeBase closed = KnowledgeBase.load(new KnowledgeBaseSettings(FIXTURE_ARTICLES, null));
        closed.close();

        assertThatThrownBy(() -> closed.search("dilator", null, 3)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(closed::reload).isInstanceOf(IllegalStateException.class);
    }

    static void copyFixture(Path target) throws IOException {
        try (Stream<Path> files = Files.list(FIXTURE_ARTICLES)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }
}
