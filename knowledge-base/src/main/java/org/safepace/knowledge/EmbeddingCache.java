package org.safepace.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passage vectors keyed by the SHA-256 of the model id and the embedded text, kept in one binary file so a restart
 * with unchanged articles embeds nothing, and an edited article re-embeds only its changed passages. The cache only
 * saves time: an unreadable file is reported and rebuilt, never trusted.
 * <p>
 * Not generated at build time on purpose: embedding the passages costs 5-20 s on a 2-core machine, which every
 * build (including the many that never start the service) would pay; the disk cache gives the same start-up from
 * the second start on.
 */
final class EmbeddingCache {

    static final String FILE_NAME = "passage-embeddings.bin";
    private static final int MAGIC = 0x53504b45; // "SPKE"
    private static final int VERSION = 1;
    private static final int KEY_BYTES = 32;
    private static final Logger log = LoggerFactory.getLogger(EmbeddingCache.class);

    /** How the vectors for one load were obtained. */
    record Vectors(List<float[]> vectors, int embedded, int cached) {
    }

    private EmbeddingCache() {
    }

    static String key(String modelId, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(modelId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /**
     * The vectors for {@code texts}, in order: cached ones reused, the rest embedded in one batch. When
     * {@code cacheDir} is set, the file is rewritten to hold exactly these texts' vectors if anything changed.
     */
    static Vectors vectors(List<String> texts, Embedder embedder, Path cacheDir) {
        return vectors(texts, embedder.modelId(), embedder::embedPassages, cacheDir, FILE_NAME);
    }

    /**
     * The same for any kind of text: {@code keyPrefix} names the model and how it embeds (passages and queries of one
     * model differ), {@code fileName} keeps each set of texts in its own file so one never rewrites another's.
     */
    static Vectors vectors(List<String> texts, String keyPrefix,
                           java.util.function.Function<List<String>, List<float[]>> embed, Path cacheDir,
                           String fileName) {
        Path file = cacheDir == null ? null : cacheDir.resolve(fileName);
        Map<String, float[]> onDisk = file == null ? Map.of() : readFile(file);

        List<String> keys = texts.stream().map(t -> key(keyPrefix, t)).toList();
        List<float[]> vectors = new ArrayList<>(texts.size());
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            float[] vector = onDisk.get(keys.get(i));
            vectors.add(vector);
            if (vector == null) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> fresh = embed.apply(missing.stream().map(texts::get).toList());
            for (int j = 0; j < missing.size(); j++) {
                vectors.set(missing.get(j), fresh.get(j));
            }
        }
        if (file != null) {
            Map<String, float[]> current = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                current.put(keys.get(i), vectors.get(i));
            }
            if (!current.keySet().equals(onDisk.keySet())) {
                write(file, current);
            }
        }
        return new Vectors(vectors, missing.size(), texts.size() - missing.size());
    }

    static void write(Path file, Map<String, float[]> vectors) {
        int dims = vectors.values().stream().findFirst().map(v -> v.length).orElse(0);
        ByteBuffer buffer = ByteBuffer.allocate(16 + vectors.size() * (KEY_BYTES + 4 * dims));
        buffer.putInt(MAGIC).putInt(VERSION).putInt(dims).putInt(vectors.size());
        vectors.forEach((key, vector) -> {
            if (vector.length != dims) {
                throw new IllegalArgumentException("all cached vectors must have " + dims + " dimensions, not " + vector.length);
            }
            buffer.put(HexFormat.of().parseHex(key));
            buffer.asFloatBuffer().put(vector);
            buffer.position(buffer.position() + 4 * dims);
        });
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.write(temp, buffer.array());
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the embedding cache " + file, e);
        }
    }

    static Map<String, float[]> readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return decode(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            log.warn("Embedding cache {} is unreadable and will be rebuilt: {}", file, e.toString());
            return Map.of();
        }
    }

    private static Map<String, float[]> decode(byte[] bytes, String location) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (bytes.length < 16 || buffer.getInt() != MAGIC || buffer.getInt() != VERSION) {
            log.warn("Embedding cache {} has an unknown format and is ignored", location);
            return Map.of();
        }
        int dims = buffer.getInt();
        int count = buffer.getInt();
        if (dims < 0 || count < 0 || buffer.remaining() != (long) count * (KEY_BYTES + 4L * dims)) {
            log.warn("Embedding cache {} is truncated and is ignored", location);
            return Map.of();
        }
        Map<String, float[]> vectors = new HashMap<>(count * 4 / 3 + 1);
        byte[] key = new byte[KEY_BYTES];
        for (int i = 0; i < count; i++) {
            buffer.get(key);
            float[] vector = new float[dims];
            buffer.asFloatBuffer().get(vector);
            buffer.position(buffer.position() + 4 * dims);
            vectors.put(HexFormat.of().formatHex(key), vector);
        }
        return vectors;
    }
}
