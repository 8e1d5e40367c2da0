package org.safepace.bot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageRenamesTests {

    record Known(Set<String> passages, Set<String> articles) implements PassageRenames.KnownIds {
        @Override
        public boolean hasPassage(String id) {
            return passages.contains(id);
        }

        @Override
        public boolean hasArticle(String id) {
            return articles.contains(id);
        }
    }

    static final Known KNOWN = new Known(Set.of("a#new", "b#kept", "c2#same"), Set.of("a", "b", "c2"));

    @Test
    void anIdThatStillExistsIsKeptSoMapsCanArriveBeforeTheRenamedArticles() {
        PassageRenames renames = PassageRenames.of(Map.of("b#kept", "b#not-yet-there"));
        assertThat(renames.passage("b#kept", KNOWN)).isEqualTo("b#kept");
    }

    @Test
    void aChainIsFollowedToTheFirstIdThatExists() {
        PassageRenames renames = PassageRenames.of(Map.of("a#old", "a#middle", "a#middle", "a#new"));
        assertThat(renames.passage("a#old", KNOWN)).isEqualTo("a#new");
    }

    @Test
    void anArticleRenameCarriesItsPassages() {
        PassageRenames renames = PassageRenames.of(Map.of("c", "c2"));
        assertThat(renames.passage("c#same", KNOWN)).isEqualTo("c2#same");
        assertThat(renames.article("c", KNOWN)).isEqualTo("c2");
    }

    @Test
    void anIdNothingResolvesIsReturnedUnchangedToBeReportedAsUnknown() {
        PassageRenames renames = PassageRenames.of(Map.of("a#old", "a#also-gone"));
        assertThat(renames.passage("a#old", KNOWN)).isEqualTo("a#old");
        assertThat(renames.article("zzz", KNOWN)).isEqualTo("zzz");
    }

    @Test
    void aLoopIsRefusedNamingTheId() {
        PassageRenames renames = PassageRenames.of(Map.of("a#x", "a#y", "a#y", "a#x"));
        assertThatThrownBy(() -> renames.passage("a#x", KNOWN)).hasMessageContaining("a#x");
    }

    @Test
    void mapFilesNamedInTheSystemPropertyAreReadAndAMalformedLineIsRefusedWithItsNumber(@TempDir Path dir)
            throws IOException {
        Path good = Files.writeString(dir.resolve("good.tsv"), "# comment\n\na#old\ta#new\n");
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "a#old\ta#new\nonly-one-column\n");
        String before = System.getProperty("evaluation.renames");
        try {
            System.setProperty("evaluation.renames", good.toString());
            assertThat(PassageRenames.load().passage("a#old", KNOWN)).isEqualTo("a#new");
            System.setProperty("evaluation.renames", bad.toString());
            assertThatThrownBy(PassageRenames::load).hasMessageContaining("line 2");
        } finally {
            if (before == null) {
                System.clearProperty("evaluation.renames");
            } else {
                System.setProperty("evaluation.renames", before);
            }
        }
    }
}
