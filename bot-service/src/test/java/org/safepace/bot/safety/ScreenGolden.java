package org.safepace.bot.safety;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The screen's decision on every row of the dev tables ({@code positives.tsv}, {@code negatives.tsv},
 * {@code dev.tsv}), plain and with a soft hyphen inside every longer word (the normaliser's slow path), as one line
 * per message: the golden file {@link ScreenEquivalenceTests} compares a changed screen with. A message is keyed by
 * its table, variant and a hash of its text (no message text in the file), so rows added later are simply not
 * covered until the file is written again.
 *
 * <p>Regenerate only when a decision is meant to change (a rule or lexicon change, not a speed change), from the
 * repository root, after test-compile: {@code java -cp bot-service/target/test-classes:bot-service/target/classes:$(cat
 * bot-service/target/test-classpath.txt) org.safepace.bot.safety.ScreenGolden}
 */
final class ScreenGolden {

    static final String RESOURCE = "safety/screen-golden.tsv";
    static final List<String> TABLES = List.of("positives.tsv", "negatives.tsv", "dev.tsv");

    private ScreenGolden() {
    }

    /** The same soft-hyphen insertion as the benchmark's slow-path message. */
    static String hidden(String message) {
        return message.replaceAll("\\b(\\p{L}{2})(\\p{L}{2,})", "$1\u00AD$2");
    }

    static String key(String table, String variant, String message) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(message.getBytes(StandardCharsets.UTF_8));
            return table + "\t" + variant + "\t" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String decision(SafetyDecision d) {
        return d.level() + "\t" + String.join(",", d.categories()) + "\t" + String.join(",", d.ruleIds());
    }

    /** Key to decision for every dev row, in table order. */
    static Map<String, String> screenAll(SafetyScreen screen) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String table : TABLES) {
            for (SafetyTableTests.Row row : SafetyTableTests.rows(table)) {
                out.putIfAbsent(key(table, "plain", row.message()), decision(screen.screen(row.message())));
                String hidden = hidden(row.message());
                out.putIfAbsent(key(table, "hidden", hidden), decision(screen.screen(hidden)));
            }
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "bot-service/src/test/resources/" + RESOURCE);
        StringBuilder text = new StringBuilder("# table\tvariant\tmessage hash\tlevel\tcategories\trule ids "
                + "(written by ScreenGolden; see ScreenEquivalenceTests)\n");
        screenAll(new SafetyScreen()).forEach((key, decision) -> text.append(key).append('\t').append(decision)
                .append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8);
        System.out.println("wrote " + file);
    }
}
