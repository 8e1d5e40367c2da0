package org.safepace.bot.dialogue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.safepace.bot.meaning.ExampleBank;
import org.safepace.bot.meaning.NearestExamples;
import org.safepace.bot.meaning.TestEmbeddings;

/**
 * Calibration tool, not a test: reads messages (one a line, from stdin) and prints what understanding makes of each,
 * with the three nearest labels of every bank. Only for dev messages and newly written ones, never held-out cases.
 * Usage: UnderstandingProbe [promptsFolder] &lt; messages.txt
 */
public final class UnderstandingProbe {

    public static void main(String[] args) throws Exception {
        java.nio.file.Path prompts = java.nio.file.Path.of(args.length > 0 ? args[0] : "prompts");
        ExampleBank.ResourceReader reader = location -> {
            try {
                return java.nio.file.Files.readString(prompts.resolve(location));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        UnderstandingBank bank = new UnderstandingBank(reader, TestEmbeddings::embedAll);
        MessageUnderstanding understanding = new MessageUnderstanding(bank);
        var banks = List.of("acts", "boundaries", "feelings").stream().map(name -> java.util.Map.entry(name,
                new NearestExamples(ExampleBank.read(reader, List.of("understanding/" + name + ".tsv"),
                        new java.util.AbstractSet<String>() {
                            @Override public boolean contains(Object o) { return true; }
                            @Override public java.util.Iterator<String> iterator() { return java.util.Collections.emptyIterator(); }
                            @Override public int size() { return 0; }
                        }), texts -> TestEmbeddings.embedAll("probe-" + name, texts)))).toList();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            float[] vector = TestEmbeddings.embed(line);
            Understanding u = understanding.understand(line, vector, new Session("s1234567890123456"), AudienceHint.UNKNOWN);
            StringBuilder out = new StringBuilder("> " + line + "\n  " + u.intent() + (u.outside() ? " (outside)" : "")
                    + " feeling " + u.feeling() + "\n");
            for (var b : banks) {
                NearestExamples.Scores s = b.getValue().score(vector);
                out.append("  ").append(b.getKey()).append(':');
                s.positive().entrySet().stream().limit(3).forEach(e -> out.append(String.format(" %s %.3f (twin %.3f)",
                        e.getKey(), e.getValue(), s.twin(e.getKey()))));
                out.append(String.format(" | top twin %.3f%n", s.twin().values().stream().mapToDouble(Double::doubleValue).max().orElse(-1)));
            }
            System.out.print(out);
        }
        System.exit(0);
    }
}
