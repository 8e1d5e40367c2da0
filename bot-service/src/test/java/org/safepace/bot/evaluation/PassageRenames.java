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
 * An id without {@code #} renames an article, and with it every passage of that article. Chains are followed.
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

    static PassageRenames none() {
        return new PassageRenames(Map.of());
    }

    int size() {
        return renames.size();
    }

    List<String> passages(List<String> ids) {
        return ids.stream().map(this::passage).toList();
    }

    List<String> articles(List<String> ids) {
        return ids.stream().map(this::follow).toList();
    }

    String passage(String id) {
        String current = follow(id);
        int hash = current.indexOf('#');
        if (hash > 0) {
            String article = follow(current.substring(0, hash));
            current = follow(article + current.substring(hash));
        }
        return current;
    }

    private String follow(String id) {
        String current = id;
        for (int i = 0; i < MAX_CHAIN && renames.containsKey(current); i++) {
            current = renames.get(current);
        }
        if (renames.containsKey(current)) {
            throw new IllegalStateException("passage renames loop around '" + id + "'");
        }
        return current;
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
