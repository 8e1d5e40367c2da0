package org.safepace.bot.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads a tab-separated fixture from the test classpath: one row a line; blank and # lines are skipped. */
public final class TsvRows {

    private TsvRows() {
    }

    /** The rows of {@code resource} (an absolute classpath path), split at tabs; fails naming a missing fixture. */
    public static List<String[]> read(String resource) {
        try (InputStream in = TsvRows.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
