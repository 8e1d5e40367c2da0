package org.safepace.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeSourceTests {

    @Test
    void readsTheEmbeddedArticlesFromAJar(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("kb.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> articles = Files.list(KnowledgeBaseTests.FIXTURE_ARTICLES)) {
            put(out, "safepace-kb/synonyms.txt", "lube, lubricant\n".getBytes());
            for (Path article : articles.sorted().toList()) {
                put(out, "safepace-kb/articles/" + article.getFileName(), Files.readAllBytes(article));
            }
            put(out, "safepace-kb/articles/nested/ignored.md", "not an article".getBytes());
        }
        // No parent: only the jar's resources are visible, as in a packaged service.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            KnowledgeSource source = KnowledgeSource.read(null, loader);

            assertThat(source.articles()).extracting(KnowledgeSource.SourceFile::fileName)
                    .hasSize(6).contains("dilator-basics.md", "what-is-vaginismus.md");
            assertThat(source.articles().get(0).location()).startsWith("classpath:safepace-kb/articles/");
            assertThat(source.synonyms().content()).isEqualTo("lube, lubricant\n");
        }
    }

    @Test
    void theEmbeddedDefaultIsTheRealKnowledgeBase() {
        KnowledgeSource source = KnowledgeSource.read(null);

        assertThat(source.articles()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(source.synonyms().content()).contains("dilator, dilators, trainer, trainers");
    }

    @Test
    void anExternalFolderUsesTheSynonymsNextToIt(@TempDir Path dir) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        KnowledgeBaseTests.copyFixture(articles);
        Files.writeString(dir.resolve("synonyms.txt"), "cat, kitten\n");

        assertThat(KnowledgeSource.read(articles).synonyms().content()).isEqualTo("cat, kitten\n");
    }

    @Test
    void anExternalFolderWithoutSynonymsFallsBackToTheEmbeddedOnes(@TempDir Path dir) throws IOException {
        KnowledgeBaseTests.copyFixture(dir);

        assertThat(KnowledgeSource.read(dir).synonyms().content()).contains("lube, lubricant");
    }

    @Test
    void anEmptyFolderIsRejectedWithItsPath(@TempDir Path dir) {
        assertThatThrownBy(() -> KnowledgeSource.read(dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(dir.toAbsolutePath().toString())
                .hasMessageContaining("no *.md articles");
    }

    @Test
    void malformedSynonymsFailWithTheirLocation(@TempDir Path dir) throws IOException {
        KnowledgeBaseTests.copyFixture(dir);
        Path synonyms = dir.resolve("synonyms.txt");
        Files.writeString(synonyms, "a => b => c\n");

        assertThatThrownBy(() -> KnowledgeBase.load(new KnowledgeBaseSettings(dir, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(synonyms.toString());
    }

    private static void put(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream entry = out;
        entry.write(content);
        out.closeEntry();
    }
}
