package org.safepace.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads one article file exactly as the knowledge base does, without indexing it: for tools that check articles. */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /**
     * @return the parsed article
     * @throws IllegalStateException naming the file and the first reason it is malformed
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Article read(Path file) {
        String content;
        try {
            content = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read article " + file, e);
        }
        return ArticleParser.parse(file.toString(), file.getFileName().toString(), content);
    }

    /** The slug a heading gets in its passage id {@code <article-id>#<slug>}. */
    public static String slug(String heading) {
        return ArticleParser.slug(heading);
    }
}
