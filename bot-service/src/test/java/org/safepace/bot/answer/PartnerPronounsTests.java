package org.safepace.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safepace.knowledge.Article;
import org.safepace.knowledge.ArticleFiles;
import org.safepace.knowledge.Audience;
import org.safepace.knowledge.Passage;

class PartnerPronounsTests {

    private static final Path ARTICLES = Path.of("../knowledge-base/articles");
    /** Words after an object "her" in the partner guidance ("let her guide you", "respect her every time"). */
    private static final Set<String> OBJECT_NEXT = Set.of("to", "you", "and", "that", "more", "how", "for",
            "clearly", "while", "the", "through", "or", "on", "like", "let", "know", "keep", "into", "in", "guide",
            "grow", "get", "feel", "decide", "checked", "as", "about", "every", "a", "an", "with", "at", "if",
            "when", "what", "up", "down", "back", "so", "but", "because", "whether", "is", "too", "again", "first",
            "time", "space", "stop", "take", "go", "be", "do", "think", "see", "try", "choose", "set", "lead",
            "open", "out", "safe", "alone", "any", "something", "anything", "nothing", "no", "whenever", "where");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HE|Your partner should. She decides the pace.|Your partner should. He decides the pace.",
        "THEY|Your partner should. She decides the pace.|Your partner should. They decide the pace.",
        "HE|Let her guide you, and respect her every time.|Let him guide you, and respect him every time.",
        "THEY|Follow her lead and trust her body.|Follow their lead and trust their body.",
        "THEY|She still feels tense when she tries.|They still feel tense when they try.",
        "THEY|She is not failing, and she has not chosen this.|They are not failing, and they have not chosen this.",
        "THEY|She doesn't owe you an explanation.|They don't owe you an explanation.",
        "THEY|If she reaches a step she can manage, praise her.|If they reach a step they can manage, praise them.",
        "HE|What if she wants me there?|What if he wants me there?",
        "THEY|She may choose to show you herself.|They may choose to show you themselves.",
        "HE|She's ready when she says so.|He's ready when he says so.",
        "THEY|She's ready when she says so.|They're ready when they say so.",
    })
    void turnsThePartnersShePronounsToTheirOwn(PartnerPronouns to, String written, String expected) {
        assertThat(to.rewrite(written)).isEqualTo(expected);
    }

    @Test
    void leavesSomeoneElsesStoryAsItWasWritten() {
        String story = "One woman described letting her partner try because she trusted him. Now she leads.";
        assertThat(PartnerPronouns.HE.rewrite(story))
                .isEqualTo("One woman described letting her partner try because she trusted him. Now he leads.");
        assertThat(PartnerPronouns.THEY.rewrite("Even so, she kept her hand on his."))
                .isEqualTo("Even so, she kept her hand on his.");
    }

    @Test
    void sheIsTheGuidanceAsWritten() {
        String text = "She decides the pace. Follow her lead.";
        assertThat(PartnerPronouns.SHE.rewrite(text)).isSameAs(text);
    }

    @Test
    void keepsLineBreaksAndBoldTitles() {
        assertThat(PartnerPronouns.HE.rewrite("**What if she wants me there?**\nAsk her.\n\nThen wait."))
                .isEqualTo("**What if he wants me there?**\nAsk him.\n\nThen wait.");
    }

    /**
     * Every "her" in the guidance written to partners, or to both, is followed by a word this class knows as owned
     * ("her body") or as coming after an object ("let her guide you"): a new article's "her knees" must be told which.
     */
    @Test
    void everyHerInTheGuidanceIsReadAsPossessiveOrObject() throws IOException {
        Pattern her = Pattern.compile("(?i)\\bher\\s+([a-z][a-z'’-]*)");
        List<String> unknown = new ArrayList<>();
        for (Passage passage : partnerPassages()) {
            Matcher m = her.matcher(passage.heading() + ". " + passage.text());
            while (m.find()) {
                String next = m.group(1).toLowerCase().replace('’', '\'');
                if (!PartnerPronouns.POSSESSED.contains(next) && !OBJECT_NEXT.contains(next)) {
                    unknown.add(passage.id() + ": her " + next);
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    /** Each partner passage read with "he" and with "they" keeps its length roughly and loses no sentence. */
    @Test
    void everyPartnerPassageCanBeRewritten() throws IOException {
        StringBuilder review = new StringBuilder();
        for (Passage passage : partnerPassages()) {
            for (PartnerPronouns to : List.of(PartnerPronouns.HE, PartnerPronouns.THEY)) {
                String rewritten = to.rewrite(passage.text());
                assertThat(rewritten.split("[.!?]").length).isEqualTo(passage.text().split("[.!?]").length);
                assertThat(rewritten).doesNotContainPattern("(?i)\\b(?:they|them|their) (?:is|was|has|does)\\b");
                if (to == PartnerPronouns.THEY) {
                    review.append("## ").append(passage.id()).append("\n").append(rewritten).append("\n\n");
                }
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/partner-passages-they.md"), review.toString());
    }

    private static List<Passage> partnerPassages() throws IOException {
        try (Stream<Path> files = Files.list(ARTICLES)) {
            return files.filter(file -> file.toString().endsWith(".md")).sorted().map(ArticleFiles::read)
                    .filter(article -> article.audience() != Audience.SELF)
                    .flatMap(article -> article.passages().stream()).toList();
        }
    }
}
