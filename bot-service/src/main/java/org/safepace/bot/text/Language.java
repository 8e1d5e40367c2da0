package org.safepace.bot.text;

import java.util.List;
import java.util.Set;

/**
 * A cheap, deterministic guess whether a message is written in a language other than English: most of its letters
 * in a non-Latin script, or clearly more function words of Spanish, Portuguese, French, German or Italian than of
 * English. Words shared by those languages and English ("a", "me", "no", "is") count for neither.
 */
public final class Language {

    private static final Set<String> ENGLISH = Set.copyOf(List.of(
            "the", "and", "i", "you", "it", "to", "my", "of", "in", "is", "it's", "i'm", "im", "i've", "with", "that",
            "for", "have", "has", "what", "how", "can", "do", "does", "this", "after", "he", "she", "not", "but",
            "we", "be", "are", "was", "when", "if", "so", "just", "or", "on", "at", "about", "him", "her", "they",
            "why", "will", "would", "should", "there", "been", "get", "feel", "really", "don't", "dont", "your",
            "hi", "hello", "hey", "thanks", "please", "help", "any", "our", "am", "did", "its", "which", "who",
            "from", "like", "all", "one", "very", "too", "because", "also", "yes"));

    /** Function words of Spanish, Portuguese, French, German and Italian (one list: some are shared). */
    private static final Set<String> OTHER = Set.copyOf(List.of(
            // Spanish
            "el", "los", "las", "que", "y", "en", "un", "una", "es", "por", "con", "para", "mi", "muy", "pero",
            "como", "estoy", "tengo", "quiero", "hola", "gracias", "puedo", "del", "al", "yo", "su", "mucho", "esta",
            "estar", "ya", "porque", "donde", "cuando", "dolor", "novia", "novio", "marido", "esposo",
            // Portuguese
            "os", "e", "em", "um", "uma", "nao", "meu", "minha", "muito", "estou", "eu", "voce", "ola", "obrigada",
            "obrigado", "quero", "quanto", "tempo", "demora", "sobre", "mais", "tenho", "isso", "namorado",
            // French
            "le", "les", "des", "et", "est", "je", "pas", "ne", "pour", "avec", "mon", "ma", "mes", "tres", "suis",
            "j'ai", "c'est", "ca", "bonjour", "merci", "aider", "femme", "mari", "qui", "sur", "dans", "du",
            "vous", "tu", "elle", "nous", "mais", "ou",
            // German
            "der", "das", "und", "ich", "nicht", "ist", "ein", "eine", "mit", "wie", "lange", "dauert",
            "hallo", "danke", "mein", "meine", "mir", "mich", "habe", "bin", "auch", "noch", "nach", "wir", "sie",
            "behandlung", "normalerweise", "mehr", "leben",
            // Italian
            "il", "lo", "gli", "di", "che", "non", "sono", "ho", "per", "ciao", "grazie", "molto", "della"));

    private Language() {
    }

    /** True when the message is most likely not English; short or mixed messages count as English. */
    public static boolean notEnglish(String text) {
        String s = TextNormaliser.forMatching(text);
        int latin = 0;
        int other = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (c < 0x250) {
                    latin++;
                } else {
                    other++;
                }
            }
        }
        if (other > latin && other >= 2) {
            return true;
        }
        int english = 0;
        int foreign = 0;
        boolean invertedPunctuation = s.indexOf('¿') >= 0 || s.indexOf('¡') >= 0;
        for (String word : s.split("[^\\p{L}']+")) {
            if (word.isEmpty()) {
                continue;
            }
            // A word in both lists ("will") counts for English.
            if (ENGLISH.contains(word)) {
                english++;
            } else if (OTHER.contains(word)) {
                foreign++;
            }
        }
        if (invertedPunctuation) {
            foreign += 2;
        }
        return foreign >= 2 && foreign > 2 * english;
    }
}
