package org.safepace.bot.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Label-preserving variants of a dev pressure or supportive-partner message, for the metamorphic evaluation
 * ({@code PressureMetamorphicIT}): a context sentence before it, a closer after it, texting, one typo, the partner's
 * pronouns or partner word swapped, an indirect frame. The sentences come from {@code evaluation/metamorphic/pools.tsv}
 * (pool A for the tune split, pool B for the check split); every choice is drawn from a {@link Random} seeded by the
 * case id and the transformation, so the variants are the same on every run. A transformation that cannot be applied
 * safely (a pronoun swap with another woman or man in the message, a "her" whose role is unclear) gives no variant.
 */
final class PressureVariants {

    /** The transformations, in report order. */
    enum Kind {
        BACKSTORY("a neutral backstory before"),
        CONTRARY("a kind preamble before a push / a frustrated one before support"),
        CLOSER("a softener or closer after"),
        TEXTING("lower case, no apostrophes, u / ur / im"),
        TYPO("two letters swapped in one long word"),
        PRONOUN("the partner's pronouns swapped (she / he / they)"),
        PARTNER_WORD("the partner word swapped within its gender (wife / girlfriend / gf, husband / boyfriend)"),
        FRAMING("an indirect frame before (asking for a friend)");

        final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    /** One variant: the transformation, the new message. */
    record Variant(Kind kind, String message) {
    }

    /** The sentence pools of one split, by slot. */
    record Pools(Map<String, List<String>> slots) {
        List<String> slot(String name) {
            List<String> sentences = slots.get(name);
            if (sentences == null || sentences.isEmpty()) {
                throw new IllegalStateException("pools.tsv has no '" + name + "' sentences for this pool");
            }
            return sentences;
        }
    }

    static final String POOLS = "/evaluation/metamorphic/pools.tsv";

    /** Reads pool "A" or "B" of {@link #POOLS}; fails on a malformed line or a sentence both pools hold. */
    static Pools pools(String pool) {
        Map<String, List<String>> slots = new java.util.LinkedHashMap<>();
        Map<String, String> seen = new java.util.HashMap<>();
        try (InputStream in = PressureVariants.class.getResourceAsStream(POOLS)) {
            if (in == null) {
                throw new IllegalStateException("missing " + POOLS);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 3 || !(f[0].equals("A") || f[0].equals("B"))) {
                    throw new IllegalArgumentException(POOLS + " line " + number + ": expected A|B<TAB>slot<TAB>text");
                }
                String other = seen.put(f[2].strip().toLowerCase(Locale.ROOT), f[0]);
                if (other != null && !other.equals(f[0])) {
                    throw new IllegalArgumentException(POOLS + " line " + number + ": in both pools: " + f[2]);
                }
                if (f[0].equals(pool)) {
                    slots.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[2].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(POOLS, e);
        }
        return new Pools(slots);
    }

    private final Pools pools;

    PressureVariants(Pools pools) {
        this.pools = pools;
    }

    /** Every variant of one case that can be made; {@code pressure} says which contrary preamble fits. */
    List<Variant> of(String caseId, String message, boolean pressure) {
        Map<Kind, String> out = new EnumMap<>(Kind.class);
        Pronouns partner = Pronouns.of(message);
        out.put(Kind.BACKSTORY, pick(caseId, Kind.BACKSTORY, "backstory", partner) + " " + message);
        out.put(Kind.CONTRARY, pick(caseId, Kind.CONTRARY, pressure ? "kind" : "frustrated", partner) + " " + message);
        out.put(Kind.CLOSER, withCloser(message, pick(caseId, Kind.CLOSER, "closer", partner)));
        out.put(Kind.TEXTING, texting(message));
        typo(message, random(caseId, Kind.TYPO)).ifPresent(v -> out.put(Kind.TYPO, v));
        swapPronouns(message, random(caseId, Kind.PRONOUN)).ifPresent(v -> out.put(Kind.PRONOUN, v));
        swapPartnerWord(message, random(caseId, Kind.PARTNER_WORD)).ifPresent(v -> out.put(Kind.PARTNER_WORD, v));
        out.put(Kind.FRAMING, pick(caseId, Kind.FRAMING, "framing", partner) + " " + message);
        List<Variant> variants = new ArrayList<>();
        out.forEach((kind, text) -> {
            if (!text.equals(message)) {
                variants.add(new Variant(kind, text));
            }
        });
        return variants;
    }

    private String pick(String caseId, Kind kind, String slot, Pronouns partner) {
        List<String> sentences = pools.slot(slot);
        String sentence = sentences.get(random(caseId, kind).nextInt(sentences.size()));
        return sentence.replace("{obj}", partner.object()).replace("{poss}", partner.possessive());
    }

    private static Random random(String caseId, Kind kind) {
        return new Random(31L * caseId.hashCode() + kind.ordinal() * 1_000_003L + 20261204L);
    }

    /** The closer after the message; a message with no end punctuation gets none added ("... with it lol"). */
    static String withCloser(String message, String closer) {
        String trimmed = message.strip();
        return trimmed + " " + closer;
    }

    // ---- texting -------------------------------------------------------------------------------------------

    private static final Pattern YOURE = Pattern.compile("\\b(?:you're|youre|your)\\b");
    private static final Pattern YOU = Pattern.compile("\\byou\\b");
    private static final Pattern IM = Pattern.compile("\\bi'm\\b");

    /** Lower case, "you" -> "u", "your"/"you're" -> "ur", "i'm" -> "im", then no apostrophes at all. */
    static String texting(String message) {
        String text = message.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        text = YOURE.matcher(text).replaceAll("ur");
        text = YOU.matcher(text).replaceAll("u");
        text = IM.matcher(text).replaceAll("im");
        return text.replace("'", "");
    }

    private static final Pattern LONG_WORD = Pattern.compile("\\b[a-z]{7,}\\b");

    /** Two adjacent inner letters of one word of seven or more letters swapped (never the first or last letter). */
    static Optional<String> typo(String message, Random random) {
        Matcher m = LONG_WORD.matcher(message);
        List<int[]> words = new ArrayList<>();
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        for (int attempt = 0; attempt < 4 && !words.isEmpty(); attempt++) {
            int[] w = words.get(random.nextInt(words.size()));
            int at = w[0] + 1 + random.nextInt(w[1] - w[0] - 3);
            char a = message.charAt(at);
            char b = message.charAt(at + 1);
            if (a != b) {
                return Optional.of(message.substring(0, at) + b + a + message.substring(at + 2));
            }
        }
        return Optional.empty();
    }

    // ---- pronouns ------------------------------------------------------------------------------------------

    /** The partner's pronouns as the message uses them (the most frequent of she / he / they; "they" if none). */
    record Pronouns(String subject, String object, String possessive) {
        static final Pronouns SHE = new Pronouns("she", "her", "her");
        static final Pronouns HE = new Pronouns("he", "him", "his");
        static final Pronouns THEY = new Pronouns("they", "them", "their");

        static Pronouns of(String message) {
            int she = count(SHE_WORDS, message);
            int he = count(HE_WORDS, message);
            int they = count(THEY_WORDS, message);
            if (she == 0 && he == 0 && they == 0) {
                return THEY;
            }
            return she >= he && she >= they ? SHE : he >= they ? HE : THEY;
        }
    }

    private static final Pattern SHE_WORDS = Pattern.compile("(?i)\\b(?:she|her|hers|herself|wife|girlfriend|gf|fiancee|wifey)\\b");
    private static final Pattern HE_WORDS = Pattern.compile("(?i)\\b(?:he|him|his|himself|husband|boyfriend|bf|fiance|hubby)\\b");
    private static final Pattern THEY_WORDS = Pattern.compile("(?i)\\b(?:they|them|their|theirs|themselves|themself)\\b");
    /** Someone else a pronoun could stand for: no pronoun swap then (it would change who is meant). */
    private static final Pattern SOMEONE_ELSE = Pattern.compile("(?i)\\b(?:mum|mom|mother|mil|dad|father|sister|brother|"
            + "daughter|son|ex|exes|physio|physiotherapist|doctor|gp|therapist|counsellor|counselor|gynae|"
            + "gynaecologist|gynecologist|nurse|friend|friends|mate|mates|family|parents|priest|imam|pastor|"
            + "woman|women|man|men|girl|girls|guy|guys|lesbian|gay|trans|non-binary|nonbinary|enby)\\b");

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Words after which "her" is an object ("get her to", "tell her that", "her." at the end), not a possessive. */
    private static final Set<String> AFTER_OBJECT = Set.of("to", "into", "in", "on", "at", "that", "and", "or", "but",
            "a", "an", "the", "this", "it", "up", "out", "off", "down", "back", "through", "over", "more", "again",
            "so", "too", "enough", "just", "i", "we", "you", "if", "when", "while", "about", "for", "with", "from",
            "feel", "know", "think", "relax", "try", "see", "understand", "want", "agree", "decide", "go", "do",
            "be", "have", "come", "believe", "realise", "realize", "stop", "keep", "say", "read", "follow", "get",
            "hurry", "turn", "all", "what", "how", "without", "by", "there", "no", "of", "properly", "anymore",
            "actually", "honestly", "is", "isn't", "isnt", "now", "yet", "as", "because", "like", "any", "sex",
            "every", "carrying", "going", "saying", "thinking", "step", "i'm", "im", "i'll", "i'd", "it's", "its",
            "that's", "we're", "we'd", "she", "ready", "stick", "round");
    /** Words after which "her" is a possessive ("her body", "her pace"). */
    private static final Set<String> AFTER_POSSESSIVE = Set.of("body", "pain", "dilator", "dilators", "pelvic", "physio",
            "doctor", "therapist", "mind", "mum", "mom", "family", "friends", "own", "feelings", "fear", "fears",
            "anxiety", "guilt", "time", "pace", "progress", "head", "side", "way", "condition", "vaginismus",
            "treatment", "exercises", "sessions", "appointment", "appointments", "libido", "desire", "needs", "life",
            "legs", "shoulders", "hand", "hands", "best", "part", "word", "promise", "confidence", "muscles", "fault",
            "choice", "terms", "timeline", "period", "guard", "skin", "plate", "duty", "husband", "wife",
            "girlfriend", "boyfriend", "partner", "ex", "end", "next", "other", "first", "boundaries", "limits",
            "comfort", "trauma", "therapy", "health", "job", "work", "birthday", "mood", "mindset", "nerves",
            "worries", "reasons", "excuses", "excuse", "problem", "issue", "issues", "journey", "recovery", "care");

    private static final Pattern PRONOUN_TOKEN = Pattern.compile("(?i)\\b(she's|shes|she'll|she'd|she|herself|hers|her"
            + "|he's|he'll|he'd|he|himself|him|his)\\b");
    private static final Pattern WORD_AFTER = Pattern.compile("\\G\\s*([A-Za-z']+)");
    private static final Set<String> ADVERBS = Set.of("always", "never", "just", "still", "really", "actually",
            "usually", "also", "only", "even", "sometimes", "often", "already", "finally", "literally", "basically",
            "probably", "kind", "kinda", "clearly", "obviously", "then", "honestly", "genuinely", "definitely");

    /**
     * The partner's pronouns swapped: she -> they or he, he -> they or she (chosen by {@code random}), with the verb
     * after a singular subject put in the plural for "they" ("she keeps" -> "they keep", "she's" -> "they're").
     * Empty when the message names someone else a pronoun could stand for, mixes her and him, or has a "her" whose
     * role (object or possessive) is not clear from the next word.
     */
    static Optional<String> swapPronouns(String message, Random random) {
        if (SOMEONE_ELSE.matcher(message).find()) {
            return Optional.empty();
        }
        int she = count(SHE_WORDS, message);
        int he = count(HE_WORDS, message);
        if ((she == 0) == (he == 0)) {
            return Optional.empty();
        }
        boolean fromShe = she > 0;
        boolean toThey = random.nextBoolean();
        Pronouns to = toThey ? Pronouns.THEY : fromShe ? Pronouns.HE : Pronouns.SHE;
        StringBuilder out = new StringBuilder();
        Matcher m = PRONOUN_TOKEN.matcher(message);
        int last = 0;
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            boolean female = word.startsWith("she") || word.startsWith("her");
            if (female != fromShe) {
                continue;
            }
            String next = nextWord(message, m.end());
            String replacement;
            switch (word) {
                case "she", "he" -> replacement = to.subject();
                case "she's", "shes", "he's" -> replacement = to == Pronouns.THEY
                        ? (perfect(message, m.end()) ? "they've" : "they're") : to.subject() + "'s";
                case "she'll", "he'll" -> replacement = to.subject() + "'ll";
                case "she'd", "he'd" -> replacement = to.subject() + "'d";
                case "herself", "himself" -> replacement = to == Pronouns.THEY ? "themselves"
                        : to == Pronouns.HE ? "himself" : "herself";
                case "hers" -> replacement = to == Pronouns.THEY ? "theirs" : to == Pronouns.HE ? "his" : "hers";
                case "him" -> replacement = to.object();
                case "his" -> {
                    // "his" before a noun is a possessive, at the end ("it's his") a pronoun: both fine as her/their
                    replacement = next == null ? (to == Pronouns.THEY ? "theirs" : "hers") : to.possessive();
                }
                case "her" -> {
                    String n = next == null ? null : next.toLowerCase(Locale.ROOT);
                    if (n == null || AFTER_OBJECT.contains(n)) {
                        replacement = to.object();
                    } else if (AFTER_POSSESSIVE.contains(n)) {
                        replacement = to.possessive();
                    } else {
                        return Optional.empty();
                    }
                }
                default -> throw new IllegalStateException(word);
            }
            out.append(message, last, m.start()).append(matchCase(m.group(1), replacement));
            last = m.end();
            if (to == Pronouns.THEY && (word.equals("she") || word.equals("he"))) {
                last = pluralVerb(message, last, out);
            }
        }
        out.append(message.substring(last));
        String swapped = swapPartnerNouns(out.toString(), fromShe, to);
        return swapped.equals(message) ? Optional.empty() : Optional.of(swapped);
    }

    private static String nextWord(String text, int from) {
        Matcher w = WORD_AFTER.matcher(text);
        w.region(from, text.length());
        return w.lookingAt() ? w.group(1) : null;
    }

    private static final Set<String> PARTICIPLES = Set.of("been", "got", "gotten", "had", "done", "said", "told",
            "made", "gone", "seen", "taken", "given", "come", "become", "known", "begun", "felt", "kept", "let");

    /** "she's been" / "she's never said": a perfect "has", so "they've". */
    private static boolean perfect(String text, int from) {
        int at = from;
        String word;
        while ((word = nextWord(text, at)) != null) {
            String w = word.toLowerCase(Locale.ROOT);
            if (ADVERBS.contains(w) || w.equals("not")) {
                at = text.indexOf(word, at) + word.length();
                continue;
            }
            return PARTICIPLES.contains(w) || (w.endsWith("ed") && w.length() > 3);
        }
        return false;
    }

    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("is", "are"),
            Map.entry("was", "were"), Map.entry("has", "have"), Map.entry("does", "do"), Map.entry("doesn't", "don't"),
            Map.entry("doesnt", "dont"), Map.entry("isn't", "aren't"), Map.entry("isnt", "arent"),
            Map.entry("wasn't", "weren't"), Map.entry("wasnt", "werent"), Map.entry("hasn't", "haven't"),
            Map.entry("hasnt", "havent"), Map.entry("goes", "go"), Map.entry("says", "say"));
    private static final Set<String> NOT_VERBS = Set.of("always", "this", "us", "less", "yes", "its", "plus", "across",
            "unless", "perhaps", "nervous", "anxious", "serious", "tense", "bus");

    /** After a "they" that was "she"/"he": the next verb (past a few adverbs) in the plural. Returns the new position. */
    private static int pluralVerb(String text, int from, StringBuilder out) {
        int at = from;
        while (true) {
            Matcher w = WORD_AFTER.matcher(text);
            w.region(at, text.length());
            if (!w.lookingAt()) {
                return at;
            }
            String word = w.group(1);
            String lower = word.toLowerCase(Locale.ROOT);
            out.append(text, at, w.start(1));
            if (ADVERBS.contains(lower)) {
                out.append(word);
                at = w.end(1);
                continue;
            }
            String plural = IRREGULAR.get(lower);
            if (plural == null && lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")
                    && !lower.contains("'") && !NOT_VERBS.contains(lower)) {
                if (lower.endsWith("ies") && lower.length() > 4) {
                    plural = lower.substring(0, lower.length() - 3) + "y";
                } else if (lower.endsWith("sses") || lower.endsWith("shes") || lower.endsWith("ches")
                        || lower.endsWith("xes") || lower.endsWith("zes") || lower.endsWith("oes")) {
                    plural = lower.substring(0, lower.length() - 2);
                } else {
                    plural = lower.substring(0, lower.length() - 1);
                }
            }
            out.append(plural == null ? word : plural);
            return w.end(1);
        }
    }

    private static String matchCase(String original, String replacement) {
        return Character.isUpperCase(original.charAt(0))
                ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1) : replacement;
    }

    private static final Map<String, String> TO_HE = Map.of("wife", "husband", "girlfriend", "boyfriend", "gf", "bf",
            "fiancee", "fiance", "wifey", "hubby");
    private static final Map<String, String> TO_SHE = Map.of("husband", "wife", "boyfriend", "girlfriend", "bf", "gf",
            "fiance", "fiancee", "hubby", "wifey");
    private static final Pattern PARTNER_NOUN = Pattern.compile("(?i)\\b(wife|girlfriend|gf|fiancee|wifey|husband|"
            + "boyfriend|bf|fiance|hubby)\\b");

    /** With the pronouns: the partner word follows (she -> he: wife -> husband; -> they: wife -> partner). */
    private static String swapPartnerNouns(String text, boolean fromShe, Pronouns to) {
        Matcher m = PARTNER_NOUN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            String replacement = to == Pronouns.THEY ? "partner"
                    : (fromShe ? TO_HE : TO_SHE).getOrDefault(word, word);
            m.appendReplacement(out, Matcher.quoteReplacement(matchCase(m.group(1), replacement)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final List<List<String>> SAME_GENDER = List.of(List.of("wife", "girlfriend", "gf", "fiancee"),
            List.of("husband", "boyfriend", "bf", "fiance"));

    /** One partner word swapped for another of the same gender, the same everywhere in the message. */
    static Optional<String> swapPartnerWord(String message, Random random) {
        Matcher m = PARTNER_NOUN.matcher(message);
        if (!m.find()) {
            return Optional.empty();
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        for (List<String> group : SAME_GENDER) {
            if (group.contains(word)) {
                List<String> others = new ArrayList<>(group);
                others.remove(word);
                String replacement = others.get(random.nextInt(others.size()));
                Pattern same = Pattern.compile("(?i)\\b" + word + "\\b");
                Matcher s = same.matcher(message);
                StringBuilder out = new StringBuilder();
                while (s.find()) {
                    s.appendReplacement(out, Matcher.quoteReplacement(matchCase(s.group(), replacement)));
                }
                s.appendTail(out);
                return Optional.of(out.toString());
            }
        }
        return Optional.empty();
    }
}
