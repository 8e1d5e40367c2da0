package org.safepace.bot.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Old-to-new passage (and article) ids, so evaluation files keep working while headings are rewritten.
 * Read from {@code evaluation/renames.tsv} on the classpath, then from any files named in the system property
 * {@code evaluation.renames} (comma-separated paths). Lines are {@code old<TAB>new}; {@code #} starts a comment.
 * An id without {@code #} renames an article, and with it every passage of that article. Chains are followed, and
 * an id that still exists is kept, so maps may be added before the renamed articles are merged.
 */
final class PassageRenames {

    private static final int MAX_CHAIN = 50;
    private final Map<String, String> renames;

    private PassageRenames(Map<String, String> renames) {
        this.renames = Map.copyOf(renames);
    }

    static PassageRenames load() {
        Map<String, String> map = new LinkedHashMap<>();
        try (InputStream in = PassageRenames.class.getResourceAsStream("/evaluation/renames.tsv")) {
            if (in != null) {
                read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "renames.tsv", map);
            }
            for (String file : System.getProperty("evaluation.renames", "").split(",")) {
                if (!file.isBlank()) {
                    try (BufferedReader reader = Files.newBufferedReader(Path.of(file.strip()))) {
                        read(reader, file.strip(), map);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read passage renames", e);
        }
        return new PassageRenames(map);
    }

    static PassageRenames of(Map<String, String> renames) {
        return new PassageRenames(renames);
    }

    int size() {
        return renames.size();
    }

    /**
     * The id to score with: the id itself while the knowledge base still has it (so a map can be added before the
     * renamed articles arrive), else the first id along its rename chain that exists, else the id unchanged (and
     * reported as unknown).
     */
    String passage(String id, KnownIds known) {
        String current = id;
        for (int step = 0; step <= MAX_CHAIN; step++) {
            if (known.hasPassage(current)) {
                return current;
            }
            String next = renames.get(current);
            int hash = current.indexOf('#');
            if (next == null && hash > 0 && renames.containsKey(current.substring(0, hash))) {
                next = renames.get(current.substring(0, hash)) + current.substring(hash);
            }
            if (next == null) {
                return id;
            }
            current = next;
        }
        throw new IllegalStateException("passage renames loop around '" + id + "'");
    }

    String article(String id, KnownIds known) {
        String current = id;
        for (int step = 0; step <= MAX_CHAIN; step++) {
            if (known.hasArticle(current) || !renames.containsKey(current)) {
                return known.hasArticle(current) ? current : id;
            }
            current = renames.get(current);
        }
        throw new IllegalStateException("article renames loop around '" + id + "'");
    }

    /** Which ids exist now. */
    interface KnownIds {
        boolean hasPassage(String id);

        boolean hasArticle(String id);
    }

    private static void read(BufferedReader reader, String name, Map<String, String> into) throws IOException {
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] parts = content.split("\t");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("%s line %d: expected 'old<TAB>new', found '%s'"
                        .formatted(name, number, line));
            }
            if (!parts[0].strip().equals(parts[1].strip())) {
                into.put(parts[0].strip(), parts[1].strip());
            }
        }
    }
}
