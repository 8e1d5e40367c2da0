package org.safepace.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Ordinary English words, so the spelling corrector leaves real words alone ("resent" must not become "reset",
 * "swear" not "smear"). The list is the whole-word part of the BERT uncased vocabulary that ships with
 * LangChain4j's embedding module (about 21,000 words); EnglishWordsTests fails if an upgrade removes it.
 */
final class EnglishWords {

    static final String RESOURCE = "bert-vocabulary-en.txt";
    private static final Set<String> WORDS = load();

    private EnglishWords() {
    }

    static boolean contains(String lowercaseWord) {
        return WORDS.contains(lowercaseWord);
    }

    static int size() {
        return WORDS.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(40_000);
        try (InputStream in = EnglishWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Set.of();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                // Word pieces ("##ing"), markers ("[CLS]") and single characters are not words.
                if (line.length() > 1 && Character.isLetter(line.charAt(0)) && line.chars().allMatch(Character::isLetter)) {
                    words.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the English word list " + RESOURCE, e);
        }
        return Set.copyOf(words);
    }
}
