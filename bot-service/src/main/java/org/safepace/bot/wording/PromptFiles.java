package org.safepace.bot.wording;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Reads files of the prompts folder (the jar's copy by default, or an operator's); a missing one is an error. */
public final class PromptFiles {

    private final ResourceLoader resources;
    private final String location;

    PromptFiles(ResourceLoader resources, WordingProperties properties) {
        this.resources = resources;
        this.location = properties.location().endsWith("/") ? properties.location() : properties.location() + "/";
    }

    /** Where {@code file} is read from, for error messages. */
    public String origin(String file) {
        return location + file;
    }

    /** The text of {@code file}, a path relative to the prompts folder (e.g. {@code understanding/acts.tsv}). */
    public String read(String file) {
        Resource resource = resources.getResource(location + file);
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read prompt file " + location + file, e);
        }
    }
}
