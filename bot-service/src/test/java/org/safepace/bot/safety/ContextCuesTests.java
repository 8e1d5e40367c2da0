package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The context around a red-flag word, read by AnalysedText from safety/lexicon/context.txt: questions about a symptom
 * in general, other people's history, episodes that have cleared, and where a negation's or a hypothetical's scope
 * ends. Each case names the word to look at and whether it still counts.
 */
class ContextCuesTests {

    private static boolean counts(String message, String word) {
        AnalysedText text = TextAnalyser.analyse(message);
        int at = text.text.indexOf(word);
        assertThat(at).as("'%s' in '%s'", word, text.text).isNotNegative();
        return text.passes(at, at + word.length(), AnalysedText.ALL);
    }

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', value = {
            // questions about a symptom in general, only where the question opens the clause
            "is bleeding normal after first sex?|bleeding|false",
            "hi, can fever be a red flag?|fever|false",
            "what kind of discharge is a worry?|discharge|false",
            "my wife is bleeding heavily|bleeding|true",
            "I'm bleeding, is that normal?|bleeding|true",
            // other people's history, not a partner's and not now
            "mum had a prolapse|prolapse|false",
            "my friend told me she bled loads|bled|false",
            "my cousin bled a lot after her surgery|bled|false",
            "my sister is bleeding right now|bleeding|true",
            "my mum had a prolapse and now I have a bulge|bulge|true",
            "my wife had a fever last night|fever|true",
            // cleared episodes
            "I had a fever last week but it's gone now|fever|false",
            "had some spotting a few weeks ago, it stopped after a day|spotting|false",
            "I'm bleeding and it stopped for a bit|bleeding|true",
            // safety-fix: "gone" then a describing word then a colour is a change, not "over" ("gone red" always was)
            "the water has gone bright red and its not letting up|red|true",
            "the discharge has gone kind of grey|discharge|true",
            "it's gone dark red and there's a lot of blood|blood|true",
            "the bleeding has gone, all fine|bleeding|false",
            // negation and hypothetical scope
            "no bleeding at all|bleeding|false",
            "I can't do this anymore I want to die|want to die|true",
            "I don't want to die|want to die|false",
            "he says he'll leave me if i don't sleep with him, and i'm scared of him|scared of him|true",
            "what if I get a fever, chills or pain?|chills|false",
            "I was worried I'd get a UTI|uti|false",
            "I said no and he kept going|kept going|true",
            "there's a lump that wasn't there before|lump|true",
            // safety-quiet: an ending said beside "fine now", an ending later in the clause, and what undoes it
            "the bleeding stopped after 5 minutes and i'm fine now|bleeding|false",
            "last winter i had a fever after the coil which is all cleared now, we are up to size 4|fever|false",
            "the bleeding stopped for an hour then came back heavier|bleeding|true",
            "i bled after practice and i'm fine now|bled|true",
            "the ache hasn't settled after 72 hours|ache|true",
            // a "now" in another person's resolution or in the writer's own feelings; a new event after the history
            "my sister had a fever years ago and she's doing well now|fever|false",
            "my mums friend got sepsis from a uti so now i panic|sepsis|false",
            "i fainted once years ago and i just fainted again|fainted again|true",
            // imagined cases, definitions and "again" that is about resuming practice
            "if my partner ever forced me, what would you tell me to do?|forced|false",
            "if he ever forces me again i'll leave|forces|true",
            "suppose i get a fever, should i stop?|fever|false",
            "he says heavy bleeding is when you soak a pad an hour|heavy bleeding|false",
            "had thrush last month, it is finished now. can i use the dilator again?|thrush|false",
            "bled a bit months back and it's bleeding again today|bleeding again|true",
            // session 5: an ending with a time; a question about where the line is
            "the bleeding i had after the coil stopped the next day|bleeding|false",
            "the bleeding stopped the next day but then it came back|bleeding|true",
            "the bleeding stopped after a day, but then it came back|bleeding|true",
            "at what point does spotting become a worry?|spotting|false",
            "i've been spotting for a week, when does it stop?|spotting|true"
    })
    void readsTheContextAroundAWord(String message, String word, boolean counts) {
        assertThat(counts(message, word)).isEqualTo(counts);
    }
}
