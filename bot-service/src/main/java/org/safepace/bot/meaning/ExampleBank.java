package org.safepace.bot.meaning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A labelled example bank read from tab-separated files: {@code label<TAB>kind<TAB>text}, one example a line;
 * blank lines and lines starting with {@code #} are comments. A malformed line stops start-up with its file and
 * line number.
 */
public record ExampleBank(List<LabelledExample> examples) {

    public ExampleBank {
        examples = List.copyOf(examples);
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("an example bank needs at least one example");
        }
    }

    /** Parses one bank file; {@code origin} names it in errors. */
    public static ExampleBank parse(String content, String origin, Set<String> allowedLabels) {
        List<LabelledExample> rows = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 3) {
                throw new IllegalStateException(origin + " line " + (i + 1) + ": expected label<TAB>kind<TAB>text, got "
                        + cols.length + " columns");
            }
            String label = cols[0].strip();
            if (!allowedLabels.contains(label)) {
                throw new IllegalStateException(origin + " line " + (i + 1) + ": unknown label '" + label
                        + "' (expected one of " + new java.util.TreeSet<>(allowedLabels) + ")");
            }
            try {
                rows.add(new LabelledExample(label, LabelledExample.Kind.parse(cols[1]), cols[2].strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(origin + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException(origin + ": no examples");
        }
        return new ExampleBank(rows);
    }

    /** Reads and parses bank files from the classpath (or any loader), in order, as one bank. */
    public static ExampleBank read(ResourceReader reader, List<String> locations, Set<String> allowedLabels) {
        List<LabelledExample> all = new ArrayList<>();
        for (String location : locations) {
            all.addAll(parse(reader.read(location), location, allowedLabels).examples());
        }
        return new ExampleBank(all);
    }

    /** The bank files inside the jar, by classpath path. */
    public static ExampleBank fromClasspath(List<String> paths, Set<String> allowedLabels) {
        return read(ExampleBank::classpathText, paths, allowedLabels);
    }

    /** A text file from the classpath; a missing one is an error naming it. */
    public static String classpathText(String path) {
        try (InputStream in = ExampleBank.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing example bank " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read example bank " + path, e);
        }
    }

    /** How many examples of each kind each label has, for the bank tests and the start-up log. */
    public Map<String, Map<LabelledExample.Kind, Integer>> counts() {
        Map<String, Map<LabelledExample.Kind, Integer>> counts = new TreeMap<>();
        for (LabelledExample example : examples) {
            counts.computeIfAbsent(example.label(), l -> new TreeMap<>()).merge(example.kind(), 1, Integer::sum);
        }
        return counts;
    }

    /** Reads one bank file's text. */
    @FunctionalInterface
    public interface ResourceReader {
        String read(String location);
    }
}
