package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A typo of any word a lexicon phrase spells out reaches the phrase; {@code safety/spelling.txt} keeps in step. */
class SpellingVocabularyTests {

    /** Tests run in bot-service/; the generator's paths are from the repository root. */
    private static final Path ROOT = Path.of("..");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"somehting, something", "husabnd, husband", "goodybes, goodbyes", "hititng, hitting",
        "everyhting, everything", "cleraed, cleared", "forveer, forever", "thinikng, thinking", "entrnace, entrance"})
    void aTypoOfALexiconWordIsReadAsThatWord(String typo, String word) {
        assertThat(Spelling.correct(typo)).isEqualTo(word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"blending", "breeding", "bleeping", "sometimes", "somewhat", "husbands", "hitting",
        "dilators", "physio", "tonight", "laughing", "shelling", "starting"})
    void realWordsAndTheLexiconsOwnWordsStayAsTheyAre(String word) {
        assertThat(Spelling.correct(word)).isEqualTo(word);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "My husabnd forces me to have sex|SEEK_CARE",
            "i keep thinikng about not being here anymore|EMERGENCY",
            "he's hititng me right now|EMERGENCY",
            "I'm scared I'm going to do somehting stupid tonight|EMERGENCY",
            "i've said my goodybes in my head already|EMERGENCY",
            "I had thrush last month, cleraed with cream|NONE",
            "i nearly passed out laugihng|NONE",
            "I was worired I'd get a UTI but I didn't|NONE"
    })
    void theScreenHearsTheWordThroughOneTypo(String message, TriageLevel level) {
        assertThat(new SafetyScreen().screen(message).level()).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({"husband, husabnd, true", "husband, husbnd, true", "husband, husbandd, true", "husband, hxsband, true",
        "husband, husband, true", "husband, hsuabnd, false", "husband, husbnad, true", "husband, uhsband, true",
        "husband, husba, false", "something, somethign, true", "something, somethingg, true",
        "something, xomethinx, false"})
    void oneEditAgreesWithTheDistance(String a, String b, boolean expected) {
        assertThat(org.safepace.bot.text.Edits.withinOneEdit(a, b)).isEqualTo(expected);
        assertThat(org.safepace.bot.text.Edits.withinOneEdit(b, a)).isEqualTo(expected);
        assertThat(Spelling.distance(a, b, 1) <= 1).isEqualTo(expected);
    }

    @Test
    void theTowardsListIsTheLexiconsWords() throws IOException {
        assertThat(section("towards")).isEqualTo(SpellingVocabulary.towards(ROOT));
    }

    @Test
    void theRealWordsAreThoseOfTheWordListsNearALexiconWord() throws IOException {
        assumeThat(SpellingVocabulary.WORD_LISTS).allMatch(Files::exists); // .ci/run installs wbritish, wamerican
        assertThat(section("real")).isEqualTo(SpellingVocabulary.real(ROOT, SpellingVocabulary.towards(ROOT)));
    }

    private static Set<String> section(String name) throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve(SpellingVocabulary.OUTPUT), StandardCharsets.UTF_8);
        List<String> words = new ArrayList<>();
        boolean inside = false;
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.startsWith("[")) {
                inside = line.equals("[" + name + "]");
            } else if (inside) {
                words.add(line.strip());
            }
        }
        return new TreeSet<>(words);
    }
}
