package org.safepace.bot.meaning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.safepace.knowledge.KnowledgeBase;
import org.safepace.knowledge.KnowledgeBaseSettings;

/**
 * Calibration tool, not a test: writes each labelled message's nearest-example similarities (per bank and label,
 * positive and twin) as tab-separated rows, for the threshold search in prompts/understanding/README.md.
 * Usage: BankScoresDump outputFile bankFile... -- messagesFile...
 */
public final class BankScoresDump {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        List<Path> banks = new ArrayList<>();
        List<Path> sets = new ArrayList<>();
        boolean messages = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--")) {
                messages = true;
            } else {
                (messages ? sets : banks).add(Path.of(args[i]));
            }
        }
        try (KnowledgeBase kb = KnowledgeBase.load(new KnowledgeBaseSettings(null, Path.of("target/calibration-cache")))) {
            Map<String, NearestExamples> scorers = new LinkedHashMap<>();
            long start = System.nanoTime();
            int rows = 0;
            for (Path bank : banks) {
                ExampleBank parsed = ExampleBank.parse(Files.readString(bank), bank.toString(), new AnyLabel());
                scorers.put(bank.getFileName().toString().replace(".tsv", ""), new NearestExamples(parsed, texts -> kb.embedQueries("calibration-" + bank.getFileName().toString().replace(".tsv", ""), texts)));
                rows += parsed.examples().size();
            }
            System.err.printf("embedded %d bank rows in %d ms%n", rows, (System.nanoTime() - start) / 1_000_000);
            StringBuilder tsv = new StringBuilder();
            for (Path set : sets) {
                for (String line : Files.readAllLines(set, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cols = line.split("\t");
                    float[] vector = kb.embedQuery(cols[0]);
                    for (var scorer : scorers.entrySet()) {
                        NearestExamples.Scores scores = scorer.getValue().score(vector);
                        for (String label : scorer.getValue().labels()) {
                            tsv.append(set.getFileName()).append('\t').append(String.join("\t", cols)).append('\t')
                                    .append(scorer.getKey()).append('\t').append(label).append('\t')
                                    .append(String.format("%.4f", scores.positive(label))).append('\t')
                                    .append(String.format("%.4f", scores.twin(label))).append('\n');
                        }
                    }
                }
            }
            Files.writeString(out, tsv);
        }
    }

    /** Any label is allowed while calibrating. */
    private static final class AnyLabel extends java.util.AbstractSet<String> {
        @Override
        public boolean contains(Object o) {
            return true;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Collections.emptyIterator();
        }

        @Override
        public int size() {
            return 0;
        }
    }
}
