package org.safepace.bot.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safepace.bot.safety.OutboundCheck;
import org.safepace.knowledge.Article;
import org.safepace.knowledge.KnowledgeBase;
import org.safepace.knowledge.Passage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every passage of the shipped guidance can be sent as it is: none trips the outbound safety check or the tone check,
 * so the extractive answer is never replaced by a fallback because of our own words.
 */
@SpringBootTest
class GuidanceWordingIT {

    @Autowired
    KnowledgeBase knowledgeBase;
    @Autowired
    OutboundCheck outboundCheck;
    @Autowired
    ToneCheck toneCheck;

    @Test
    void noGuidancePassageFailsTheOutboundOrToneCheck() {
        int checked = 0;
        List<String> failures = new ArrayList<>();
        for (Article article : knowledgeBase.articles()) {
            for (Passage passage : article.passages()) {
                var verdict = outboundCheck.check(passage.text());
                if (!verdict.allowed()) {
                    failures.add(passage.id() + " " + verdict.reasons());
                }
                toneCheck.firstViolation(passage.text()).ifPresent(phrase -> failures.add(passage.id() + " " + phrase));
                checked++;
            }
        }
        assertThat(failures).isEmpty();
        assertThat(checked).isGreaterThanOrEqualTo(120);
    }
}
