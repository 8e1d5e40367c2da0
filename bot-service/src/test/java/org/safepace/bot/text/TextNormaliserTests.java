package org.safepace.bot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormaliserTests {

    @ParameterizedTest(name = "U+{0} inside a word is removed")
    @ValueSource(strings = {
            "200B", // zero-width space
            "200C", // zero-width non-joiner
            "200D", // zero-width joiner
            "00AD", // soft hyphen
            "2060", // word joiner
            "FEFF", // byte-order mark / zero-width no-break space
            "200E", "200F", "202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068", "2069", "061C", // bidi
            "FE0F", "FE00", "E0100", // variation selectors
            "034F", // combining grapheme joiner
            "180E", // Mongolian vowel separator
            "E0041", // a tag character
            "3164", "115F" // Hangul fillers
    })
    void removesInvisibleAndFormatCharacters(String hex) {
        String hidden = "ble" + Character.toString(Integer.parseInt(hex, 16)) + "eding";
        assertThat(TextNormaliser.normalise(hidden)).isEqualTo("bleeding");
        assertThat(TextNormaliser.forMatching("I am " + hidden.toUpperCase(java.util.Locale.ROOT) + " heavily"))
                .isEqualTo("i am bleeding heavily");
    }

    @Test
    void removesSeveralInvisibleCharactersAtOnce() {
        assertThat(TextNormaliser.normalise("s\u200Bu\u00ADi\u200Dc\u2060i\uFEFFd\u202Ee")).isEqualTo("suicide");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "ｂｌｅｅｄｉｎｇ|bleeding", // full-width
            "𝐛𝐥𝐞𝐞𝐝𝐢𝐧𝐠|bleeding", // mathematical bold
            "𝓫𝓵𝓮𝓮𝓭𝓲𝓷𝓰|bleeding", // mathematical script
            "ⓑⓛⓔⓔⓓⓘⓝⓖ|bleeding", // circled
            "ﬁre|fire", // ligature
            "３８°C|38°C"
    })
    void appliesNfkc(String input, String expected) {
        assertThat(TextNormaliser.normalise(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "blееding|bleeding", // Cyrillic е
            "ѕuiсidе|suicide", // Cyrillic ѕ, с, е
            "fеvеr аnd сhills|fever and chills", // a whole message, mostly Latin
            "i can ѕее blood|i can see blood", // a word only of look-alikes, in a Latin message
            "blοοd|blood", // Greek omicron
            "Ηelp|Help", // Greek capital eta
            "hօld me|hold me", // Armenian o
            "bleedıng|bleeding" // dotless i
    })
    void foldsLookAlikeLettersFromOtherScripts(String input, String expected) {
        assertThat(TextNormaliser.normalise(input)).isEqualTo(expected);
    }

    @Test
    void leavesTextInAnotherScriptItself() {
        assertThat(TextNormaliser.normalise("у меня сильное кровотечение")).isEqualTo("у меня сильное кровотечение");
        assertThat(TextNormaliser.normalise("πονάω πολύ")).isEqualTo("πονάω πολύ");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "bleeeeeding|bleeding",
            "it hurtsssss|it hurtss",
            "sooooo scared|soo scared",
            "HEEEELP|HEELP",
            "bleeding|bleeding", // a real double letter is kept
            "38.5 1000 !!!|38.5 1000 !!!" // digits and punctuation are not letters
    })
    void collapsesEmphasisedLetters(String input, String expected) {
        assertThat(TextNormaliser.normalise(input)).isEqualTo(expected);
    }

    @Test
    void straightensQuotesAndKeepsCaseAccentsAndLines() {
        assertThat(TextNormaliser.normalise("I\u2019M “scared”\nFIANCÉE")).isEqualTo("I'M \"scared\"\nFIANCÉE");
        assertThat(TextNormaliser.forMatching("I\u2019M “scared”\nFIANCÉE")).isEqualTo("i'm \"scared\"\nfiancee");
    }

    @Test
    void embedsTheNormalisedMessageAndADotForNothingLeft() {
        assertThat(TextNormaliser.forEmbedding("  I am ble\u200Beding heav\u00ADily  ")).isEqualTo("I am bleeding heavily");
        assertThat(TextNormaliser.forEmbedding("\u200B \u200D")).isEqualTo(".");
    }

    @Test
    void nullAndEmptyAreEmpty() {
        assertThat(TextNormaliser.normalise(null)).isEmpty();
        assertThat(TextNormaliser.forMatching("")).isEmpty();
    }

    @ParameterizedTest(name = "invisible({0})")
    @ValueSource(ints = {0x200B, 0x00AD, 0x200D, 0xFE0F, 0x202E})
    void namesInvisibleCodePoints(int cp) {
        assertThat(TextNormaliser.invisible(cp)).isTrue();
        assertThat(TextNormaliser.invisible('a')).isFalse();
        assertThat(TextNormaliser.invisible(' ')).isFalse();
    }

    @Test
    void aTextOfOnlySpacesAndInvisibleCharactersIsBlank() {
        assertThat(TextNormaliser.blank(" \u200b\u00ad\u200d\ufe0f\t")).isTrue();
        assertThat(TextNormaliser.blank("")).isTrue();
        assertThat(TextNormaliser.blank("\u200bhi\u200b")).isFalse();
        assertThat(TextNormaliser.blank("?")).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "ppl wd be happier w/o me|people would be happier without me",
            "cant do this anymore fr|cant do this anymore for real",
            "kms|kill myself",
            "KMS lol|kill myself lol",
            "i want to unalive myself|i want to kill myself",
            "i wanna unalive|i wanna kill myself",
            "thinking abt u rn|thinking about you right now",
            "went thru 3 pads in an hr|went through 3 pads in an hour",
            "9 wks pg, bled alot|9 weeks pregnant, bled a lot",
            "came w/ my bf|came with my bf",
            "he had sex w me|he had sex with me",
            "how often shld we check in w each other|how often shld we check in with each other", // kept: dev-qK506 reads it right
            "wait til tonight|wait until tonight"
    })
    void writesOutTextingShorthand(String input, String expected) {
        assertThat(TextNormaliser.normalise(input)).isEqualTo(expected);
        assertThat(TextNormaliser.forMatching(input)).isEqualTo(expected.toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest(name = "{0} stays itself")
    @ValueSource(strings = {"you're umm unsure", "pg-13 film", "the u's and/or w/e", "urgent hrt", "kmsx", "u2",
            "a fr-en dictionary", "odd"})
    void leavesWordsThatOnlyContainShorthandAlone(String input) {
        assertThat(TextNormaliser.normalise(input)).isSameAs(input);
    }

    /**
     * The ASCII fast path of forMatching folds case and collapses repeats before shorthand is written out; that must
     * give what normalise then lower case gives, whatever the case and the repeats.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PPL Wd be happier W/O me", "KmS rn", "I wanna UNALIVE Myself", "UnAlive", "BLEEEDing aLOT",
            "Wuuud u, ur", "soooo tired TIL 3am, 10/10 pain", "w/", "W/o", "ODed on pills", "Hrs and HRS", "AAAaaa bbB"})
    void matchingFormOfAsciiTextIsTheNormalisedFormInLowerCase(String input) {
        assertThat(TextNormaliser.forMatching(input))
                .isEqualTo(TextNormaliser.normalise(input).toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void writesOutShorthandBesideLettersOfOtherScripts() {
        // a word with a letter outside ASCII is looked up lower-cased as a whole
        assertThat(TextNormaliser.normalise("ppl caf\u00e9 u \u00fcr")).isEqualTo("people caf\u00e9 you \u00fcr");
    }
}
