package org.safepace.bot.callback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/** Where the field key comes from: the property, or (embedded database only) a key file only its owner can read. */
final class CallbackKey {

    static final String FILE_NAME = "callbacks.key";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private CallbackKey() {
    }

    static FieldCipher cipher(CallbackProperties properties, boolean embeddedDatabase, Path dataDir) {
        if (properties.encryptionKey() != null) {
            return FieldCipher.fromBase64(properties.encryptionKey());
        }
        if (!embeddedDatabase) {
            throw new IllegalStateException("safepace.callbacks.encryption-key is required when spring.datasource.url "
                    + "is set: 32 random bytes in base64, e.g. from `openssl rand -base64 32`");
        }
        return FieldCipher.fromBase64(readOrCreate(dataDir.resolve(FILE_NAME)));
    }

    private static String readOrCreate(Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                try {
                    // Created with owner-only permissions, so the key is never readable by others, not even briefly.
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                    Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII,
                            StandardOpenOption.TRUNCATE_EXISTING);
                } catch (FileAlreadyExistsException raced) {
                    // another instance created it first: use theirs
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the call-back key file " + file, e);
        }
    }
}
