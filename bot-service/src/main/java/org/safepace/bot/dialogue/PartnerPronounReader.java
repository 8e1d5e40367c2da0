package org.safepace.bot.dialogue;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safepace.bot.answer.PartnerPronouns;

/**
 * Which pronouns a partner uses for the one who has vaginismus, when the message says: "my boyfriend is trans and has
 * vaginismus, he tenses up" is HE; "my partner is non-binary, they freeze" is THEY. A "she" or a woman's word anywhere
 * keeps SHE, the guidance's own: misgendering a woman is the mistake to avoid, so the other readings ask for more.
 */
final class PartnerPronounReader {

    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself", "she's", "she'd", "she'll");
    private static final Set<String> MALE = Set.of("he", "him", "his", "himself", "he's", "he'd", "he'll");
    private static final Set<String> THEY = Set.of("they", "them", "their", "theirs", "themselves", "themself",
            "they're", "they've", "they'd", "they'll");
    /** Other men a partner may mention ("the physio said he..."): with one named, a "he" may not be the partner. */
    private static final Set<String> OTHER_MEN = Set.of("doctor", "gp", "physio", "physiotherapist", "therapist",
            "gynae", "gynaecologist", "gynecologist", "consultant", "surgeon", "nurse", "counsellor", "counselor",
            "dad", "father", "brother", "son", "uncle", "friend", "ex", "boss", "priest", "imam", "rabbi");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z']*");
    private static final Pattern NON_BINARY = Pattern.compile(
            "\\bnon[- ]?binary\\b|\\benby\\b|\\bgender ?(?:queer|fluid)\\b|\\bagender\\b|\\bthey ?/ ?them\\b");
    private static final Pattern TRANS_MAN = Pattern.compile(
            "\\btrans (?:man|guy|boy|masc\\w*)\\b|\\btransmasc\\w*\\b|\\bftm\\b|\\bhe ?/ ?him\\b");

    private static final Pattern TRANS = Pattern.compile("\\btrans\\b");

    private PartnerPronounReader() {
    }

    /** The pronouns a partner's message uses for the one with vaginismus, or empty when it does not tell. */
    static Optional<PartnerPronouns> heard(String normalised) {
        String text = PartnerWords.joined(normalised);
        int female = 0;
        int male = 0;
        int they = 0;
        boolean malePartner = false;
        boolean anyPartner = false;
        boolean otherMan = false;
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group().replace("’", "'");
            String noun = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
            if (FEMALE.contains(word)) {
                female++;
            } else if (MALE.contains(word)) {
                male++;
            } else if (THEY.contains(word)) {
                they++;
            } else if (OTHER_MEN.contains(noun)) {
                otherMan = true;
            } else if (PartnerWords.isPartner(noun)) {
                Boolean woman = PartnerWords.female(noun);
                female += Boolean.TRUE.equals(woman) ? 1 : 0;
                malePartner |= Boolean.FALSE.equals(woman);
                anyPartner |= woman == null;
            }
        }
        if (female > 0) {
            return Optional.of(PartnerPronouns.SHE);
        }
        if (NON_BINARY.matcher(text).find()) {
            return Optional.of(male > 0 && they == 0 ? PartnerPronouns.HE : PartnerPronouns.THEY);
        }
        // A man's partner word alone is not enough: a woman misheard as a partner says "my husband" too.
        if (TRANS_MAN.matcher(text).find() || malePartner && (male > 0 || TRANS.matcher(text).find())
                || male > 0 && anyPartner && !otherMan) {
            return Optional.of(PartnerPronouns.HE);
        }
        if (they > 0 && anyPartner) {
            return Optional.of(PartnerPronouns.THEY);
        }
        return Optional.empty();
    }
}
