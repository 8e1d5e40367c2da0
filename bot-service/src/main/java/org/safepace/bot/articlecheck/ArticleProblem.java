package org.safepace.bot.articlecheck;

import java.nio.file.Path;

/**
 * One finding of the article check, printed as {@code path:line: error: message} like a compiler's.
 *
 * @param line 1-based line in the file, 0 when the problem concerns the whole file or folder
 */
record ArticleProblem(Path file, int line, Severity severity, String message) {

    enum Severity {
        /** The article would not load, or its text would be replaced by a fallback when sent. */
        ERROR,
        /** Allowed, but against the writing guidelines (e.g. a heading that is not a question). */
        WARNING
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
