package org.safepace.bot.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.safepace.bot.text.Regex;

/**
 * Who a message is about, read clause by clause: whose body, condition, pain or practice the words near them belong
 * to. "my dilator", "i tense", "it hurts me", "let him try" are the writer's own (self); "her dilators", "she tenses",
 * "without hurting her", "help my wife", "she said stop" are a partner's. Sharper than meaning on exactly these
 * constructions, which embeddings blur (a message about a partner and one by a partner sit close together).
 *
 * <p>Each clause gives at most one vote per side: <em>strong</em> for a possessive, an object or an identity ("i'm her
 * husband"), <em>plain</em> for the nearest person beside a condition word. {@link AudienceReader} decides with them.
 */
final class AudienceClauses {

    /**
     * Who a word names: the writer, a partner, someone else close whose body it may be (a daughter, a friend: the
     * writer is then neither the person nor a partner), or nobody's audience (a doctor, "we", "you").
     */
    enum Person { FIRST, THIRD, SOMEONE_ELSE, OTHER }

    /**
     * The votes of a whole message: per side, strong clause votes and the sum of plain ones; {@code someoneElse}
     * counts clauses about a relative or a friend ("my daughter can't use tampons", "my friend has vaginismus").
     * The decisive counts are the strong votes that say whose condition it is (a possessive, having it, saying it
     * hurts, an identity), not what one does for the other ("help her"): only they may overturn a known asker.
     * {@code general} counts condition words said of people in general ("someone with vaginismus", "what gets women
     * past it"): the writer names the condition without claiming it.
     */
    record Votes(int selfStrong, int partnerStrong, double selfPlain, double partnerPlain, int someoneElse,
                 int selfDecisive, int partnerDecisive, int general) {
        static final Votes NONE = new Votes(0, 0, 0, 0, 0, 0, 0, 0);

        boolean none() {
            return selfStrong == 0 && partnerStrong == 0 && selfPlain == 0 && partnerPlain == 0 && someoneElse == 0;
        }
    }

    private static final Set<String> FIRST = Set.of("i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "myself");
    private static final Set<String> THIRD = Set.of("she", "she's", "shes", "he", "he's", "hes", "her", "him",
            "herself", "himself", "hers", "his", "she'd", "he'd", "she'll", "he'll");
    /**
     * "They" and "them" for a partner who uses them ("my partner is non-binary, they tense up"): a person only when the
     * message has named someone for them to stand for; otherwise "they" are people in general (nobody's audience).
     */
    private static final Set<String> NEUTRAL = Set.of("they", "them", "their", "theirs", "themselves", "themself",
            "they're", "theyre", "they'd", "they'll");
    /** Words for women and for men, so that "she" finds the noun it stands for ("my gp ... my boyfriend, she said"). */
    private static final Set<String> FEMALE = java.util.stream.Stream.concat(PartnerWords.FEMALE.stream(), Set.of(
            "she", "she's", "shes", "her", "herself", "hers", "she'd", "she'll", "daughter", "sister", "niece",
            "mum", "mom", "mother", "aunt", "girl", "woman", "lady").stream()).collect(java.util.stream.Collectors.toSet());
    private static final Set<String> MALE = java.util.stream.Stream.concat(PartnerWords.MALE.stream(), Set.of(
            "he", "he's", "hes", "him", "himself", "his", "he'd", "he'll", "son", "brother", "nephew", "dad", "father",
            "uncle", "man", "guy").stream()).collect(java.util.stream.Collectors.toSet());
    /**
     * People close to the writer who are not their partner: when the message is about their body the writer is
     * neither the person nor a partner ("my daughter can't use tampons, what can she do").
     */
    private static final Set<String> SOMEONE_ELSE = Set.of("daughter", "son", "friend", "bestie", "bff", "sister",
            "brother", "niece", "nephew", "cousin", "aunt", "flatmate", "roommate", "colleague", "patient", "client",
            "stepdaughter", "goddaughter");
    /** Someone else only as "my patient": "she's so patient", "i am patient" are not a person. */
    private static final Set<String> CLINICAL = Set.of("patient", "client");
    /** "me and my husband", "my wife and i": the two of them, which says nothing of whose body. */
    private static final Pattern COUPLE = Regex.compile("\\b(?:(?:me|i) and (?:my )?(?:" + PartnerWords.ALTERNATION
            + "|her|him)|(?:my )?(?:" + PartnerWords.ALTERNATION + "|she|he) and (?:me|i|myself))\\b");
    /**
     * Other people a message may mention, and "we": nobody's audience, and they stop the search for a subject ("we
     * can't have sex" says nothing of whose body).
     */
    private static final Set<String> OTHER_PEOPLE = Set.of("doctor", "gp", "physio", "physiotherapist", "gyno",
            "gynaecologist", "gynecologist", "nurse", "midwife", "therapist", "mum", "mom", "mother", "dad", "father",
            "friends", "doc", "counsellor", "counselor", "you", "we", "us", "couples", "people", "family", "parents",
            "relatives", "inlaws");
    /** Groups ("the family", "my parents"): once one is named, "they" and "them" are not read as a partner. */
    private static final Set<String> GROUPS = Set.of("family", "parents", "relatives", "inlaws");
    /** Nobody's audience, and not someone "she" or "he" can stand for. */
    /** Object forms a clause's subject does something to ("give her", "told him"): never that subject itself. */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("her", "him");
    private static final Set<String> A_OR_AN = Set.of("a", "an");
    /** Looking for a professional: who is sought is not yet anyone a later pronoun stands for. */
    private static final Set<String> SEEKING = Set.of("see", "seeing", "find", "finding", "book", "booking", "try",
            "visit", "visiting", "get", "getting");
    private static final Set<String> NOT_ANTECEDENTS = Set.of("you", "we", "us", "couples", "people", "friends");
    /** Someone named by a plain noun: the writer after "i'm a" ("i'm a woman too"), anyone else otherwise. */
    private static final Set<String> GENERIC_PEOPLE = Set.of("woman", "man", "girl", "guy", "lady");
    /**
     * People in general, in the plural: whoever the condition is said of this way ("women with vaginismus", "what gets
     * girls past it") is nobody's audience, and no "she" stands for them.
     */
    private static final Set<String> PLURAL_PEOPLE = Set.of("women", "girls", "ladies", "females");
    /** Words for people in general, before a condition word: it is said of them, not claimed by the writer. */
    private static final Set<String> GENERAL = Set.of("someone", "somebody", "anyone", "anybody", "person", "people",
            "women", "girls", "ladies", "females", "couples");
    /** Anyone at all: the writer after "i'm a" ("i'm a person too"), otherwise nobody's audience. */
    private static final Set<String> ANYONE = Set.of("someone", "somebody", "person", "anyone", "anybody");
    /** Before "sex" or "intercourse", these make it about someone's body: "before she could have sex". */
    private static final Set<String> ABLE = Set.of("can", "could", "can't", "cant", "cannot", "couldn't", "couldnt",
            "able", "unable", "manage", "managed", "won't", "wont");
    /** Words after which a person is a companion or a beneficiary, not the one it happens to ("with my boyfriend"). */
    private static final Set<String> NOT_SUBJECT_AFTER = Set.of("with", "for", "about", "from", "at", "than", "like");

    /** The condition and the body: whoever these belong to is the person with vaginismus. */
    private static final Pattern BODY = Regex.compile("vagin\\w*|vaginis\\w*|pain\\w*|hurts?|hurting|burn\\w*"
            + "|stings?|stinging|sore\\w*|tens(?:e|es|ed|ing)|tight\\w*|clench\\w*|clamp\\w*|spasm\\w*|flinch\\w*"
            + "|pelvic|muscles?|body|vagina|vulva|entrance|opening|tampons?|smears?|speculum|diagnos\\w*|symptoms?|bled"
            + "|bleed\\w*|freez\\w*|froze|seiz\\w*|tears|panic\\w*|pressured|ready"
            + "|cr(?:y|ies|ied|ying|yed|ys)|relax(?:ed|ing)?|better|recover\\w*|progress|setbacks?|\\d+/10"
            // the red flags: whoever has the fever or the discharge is the one practising
            + "|fever\\w*|temperature|chills|discharge|itch\\w*|spotting|lumps?|bulg\\w*|cramp\\w*|swollen|swelling");
    /** The condition's name. */
    private static final Pattern CONDITION = Regex.compile("vagin\\w*|vaginis\\w*");
    /** Practice: a partner who practises is the one with the condition; "i practise" says less (a partner may help). */
    private static final Pattern PRACTICE = Regex.compile("dilat\\w*|dialat\\w*|trainers?|practi[cs]\\w*"
            + "|exercises?|physio|sizes?|insert\\w*");
    /** Fear (and avoiding): a partner who is scared is the one it is about; "i'm scared" says less (a partner may be scared too). */
    private static final Pattern FEAR = Regex.compile("nervous|scared|afraid|terrified|anxious|frightened"
            + "|avoid(?:s|ed|ing)?");
    /** Saying stop or no: the one who says it is the one whose body it is. */
    private static final Pattern STOP = Regex.compile("stop\\w*|backs?|backing|no|pulls?|pulling|pulled|break");
    /** A subject's own form ("she", "i'm"): after "says", it is who the condition word belongs to. */
    private static final Set<String> SUBJECT_FORMS = Set.of("i", "i'm", "im", "i've", "ive", "i'd", "she", "she's",
            "shes", "she'd", "he", "he's", "hes", "he'd", "they", "they're", "theyre");
    /** "he asked if we should stop": the reported clause is the couple's or the listener's, not the reporter's. */
    private static final Set<String> WE_OR_YOU = Set.of("we", "we're", "you", "you're", "u");
    private static final Set<String> REPORTING = Set.of("say", "says", "said", "saying", "tell", "tells", "told",
            "telling", "ask", "asks", "asked", "asking", "complain", "complains", "complained", "sais", "say's");
    /** Nouns that belong to someone in a possessive: "my pelvic floor", "her dilators", "his pain". */
    private static final Pattern OWNED = Regex.compile("vagin\\w*|vaginis\\w*|dilat\\w*|dialat\\w*|trainers?"
            + "|body|muscles?|pelvic|vagina|vulva|opening|entrance|pain|practi[cs]e|exercises?|progress"
            + "|symptoms?|diagnosis|condition|recovery|treatment|healing|pace|cervix|hymen|appointments?|periods?"
            // whose pelvic physio or gynaecologist it is: "my physio wants me to move up a size"
            + "|physio|physiotherapist|gyno|gynaecologist|gynecologist");
    /** What a helper does to the one they help: the one helped (or hurt, or pushed) is the person with it. */
    private static final Set<String> TOWARDS = Set.of("help", "helps", "helping", "helped", "support", "supports",
            "supporting", "supportive", "comfort", "comforting", "reassure", "reassuring", "encourage", "encouraging",
            "wait", "waiting", "hurt", "hurting", "hurts", "pressure", "pressuring", "pressured", "push", "pushing",
            "rush", "rushing", "convince", "convincing", "persuade", "persuading", "make", "making", "made", "get",
            "getting", "hold", "holding", "speed", "stretch", "cheer", "celebrate", "look", "be",
            "understand", "touch", "touches", "touching", "force", "forces", "forcing", "forced", "guilt", "hurry",
            "pressures", "pushes", "rushes", "makes", "gets");
    /** Between a helper word and the one helped: "supportive to my wife", "wait for her", "look after him". */
    private static final Set<String> LINKS = Set.of("to", "for", "on", "after", "there", "up", "into");
    private static final Set<String> HELP = Set.of("help", "helps", "helping", "helped", "support", "supporting",
            "supports", "assist", "assisting");
    private static final Set<String> HELPING_BEFORE = Set.of("can", "could", "should", "would", "will", "to", "do",
            "does", "did", "i'll", "always", "also", "just", "really", "i'd", "he'll", "she'll", "not", "cant", "can't");
    private static final Set<String> HAVE = Set.of("has", "have", "had", "got", "gets", "suffers", "suffer",
            "developed", "diagnosed", "was", "is", "struggles", "struggle");
    /** A man's word for a partner, or one for any gender: "husband", "bf", "partner". */
    private static final String MAN_OR_ANY = PartnerWords.alternation(PartnerWords.MALE) + "|"
            + PartnerWords.alternation(PartnerWords.ANY);
    /**
     * The writer saying they are the partner: "i'm her husband", "as his girlfriend", "I am husband", "hubby here".
     * A woman's word with only "a" or "the" ("as a wife", "i'm the wife") is the person herself: see {@link #SELF_IDENTITY}.
     */
    private static final Pattern IDENTITY = Regex.compile(
            "\\b(?:i'?m|i am|as) her (?:" + PartnerWords.ALTERNATION + ")\\b"
                    + "|\\b(?:i'?m|i am|as) (?:(?:the|a|his|their|your) )?(?:" + MAN_OR_ANY + ")\\b"
                    + "|^(?:" + MAN_OR_ANY + ") here\\b"
                    // The writer taking the other side of the couple without naming her: "for the boyfriend side of
                    // things", "the partner side", "as the non-vaginismus half", "being the one who waits", "other
                    // guys in my position". Not "people in my position" (a woman says it of herself too) nor "my
                    // husband's side" (she may be asking about him).
                    + "|\\bthe (?:" + PartnerWords.ALTERNATION + ")(?: side| end)\\b"
                    + "|\\b(?:i'?m|i am|as|being) the non[- ]?vaginism\\w*\\b"
                    + "|\\b(?:i'?m|i am|as|being) the one (?:without (?:it|vaginismus)|who (?:doesn'?t|does not) have (?:it|vaginismus))\\b"
                    + "|\\b(?:i'?m|i am|being) the one (?:who|that) (?:waits|is waiting|has to wait|keeps waiting)\\b"
                    + "|\\b(?:guys|men|husbands|boyfriends|partners|blokes) (?:in|on) my (?:position|shoes|situation|side)\\b");
    /**
     * The writer as the woman it happens to: "as a wife i feel useless", "i'm the wife". Not "i'm a woman" or "as a
     * girlfriend": a woman partner says those too.
     */
    private static final Pattern SELF_IDENTITY = Regex.compile(
            "\\b(?:i'?m|i am|as) (?:the|a|his) (?:wife|fiancee|bride)\\b(?! (?:of|to) )"
                    // Whose condition it is, said outright ("i am the one with vaginismus"), or a woman's verdict on
                    // herself for what she can't do ("a grown woman who cant"), or a partner's patience with her.
                    + "|\\b(?:i'?m|i am) the one (?:with (?:the )?(?:vaginismus|condition|problem|issue)|who has (?:it|vaginismus)|who (?:can't|cant|cannot))\\b"
                    + "|\\b(?:a|as a) (?:grown |\\d+ year old )?(?:woman|wife) who (?:still )?(?:can't|cant|cannot)\\b"
                    + "|\\b(?:he|she|they|my \\w+)(?:'s| is| are|'re| has been| have been)"
                    + " (?:so |really |very |always |been )*(?:patient|understanding) (?:with|about) me\\b"
                    // Saying sorry again and again after trying is the one whose body stops it; and not feeling a
                    // real wife is the writer's verdict on herself.
                    + "|\\bi(?: (?:keep|always|constantly|end up|still|just))+ (?:apologi[sz]\\w*|say(?:ing)? sorry)\\b"
                    + "|\\bi(?:'m| am| feel)(?: like)?(?: i'm| im)? (?:not|never|no longer) (?:a |be a )?(?:real|proper|good|normal) (?:wife|woman)\\b"
                    + "|^(?:wife|wifey|girlfriend|gf) here\\b");
    private static final Pattern CLAUSE_BREAK = Regex.compile(
            "[.!?;:,\\n]+|\\b(?:but|and|so|because|cos|cause|though|although|then|also|anyway|plus)\\b");
    private static final Pattern PARENTHESIS = Regex.compile("\\([^)]*\\)");
    private static final Pattern TOKEN = Regex.compile("[a-z0-9'/é]+");
    /** The word tests below, compiled once (String.matches compiles its pattern on every call). */
    private static final Pattern WE = Pattern.compile("we|we're|we've|weve|we'd|us|our|ours");
    private static final Pattern LETS = Pattern.compile("lets?");
    private static final Pattern TOUCH_OR_EXPLORE = Pattern.compile("touch\\w*|explor\\w*");
    private static final Pattern HAS_CONDITION = Pattern.compile("(?:(?:a|the|this|got|been|with|from|in|diagnosed|some) )*"
            + "(?:vagin\\w*|vaginis\\w*|diagnos\\w*|this condition|pain\\w*|it|this)\\b.*");
    private static final Pattern IT_OR_THIS = Pattern.compile("(?:it|this)\\b.*");
    private static final Pattern GET = Pattern.compile("get|gets|getting|got");
    private static final Pattern BEING_OR_FEEL = Pattern.compile("being|feel|feels|feeling|felt");
    private static final Pattern SEX = Pattern.compile("sex|intercourse|penetration");
    private static final Pattern STILL = Pattern.compile("yet|still|anymore|either|though|lol");
    private static final Pattern UNABLE_TO = Pattern.compile(
            "(?:(?:even|still|ever|really|actually|just|properly) )*(?:have sex|do it|do that|do this"
                    + "|have intercourse|be intimate|make love|go through with it|get it in|be penetrated|have penetrat)\\b.*");
    private static final Pattern NEED_A = Pattern.compile(
            "need|needs|needed|want|wants|wanted|take|takes|taking|took|on|for");
    private static final Pattern A_OR_OTHER = Pattern.compile("a|any|other");

    /** Whether the message has a word of the condition, the body or pain ("burns", "tampon", "sore"). */
    static boolean body(String normalised) {
        return tokens(normalised).stream().anyMatch(w -> BODY.matcher(w).matches() && !w.equals("better")
                && !w.equals("ready") && !w.startsWith("pressure") && !w.equals("progress"));
    }

    /** Words for the partner's role without naming one ("as a partner", "that guy", "other partners"). */
    private static final Set<String> PARTNER_ROLE = Set.of("partner", "partners", "guy", "guys", "bloke", "dude");

    /** Whether the message speaks of being a partner in general, naming nobody ("is it normal for a partner to"). */
    static boolean namesPartnerRole(String normalised) {
        List<String> tokens = tokens(normalised);
        for (int i = 0; i < tokens.size(); i++) {
            // "my partner" is someone named, often by the person herself; "a partner", "other partners" is the role.
            if (PARTNER_ROLE.contains(tokens.get(i)) && (i == 0 || !Set.of("my", "our", "your", "his", "her")
                    .contains(tokens.get(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the message speaks as a couple ("we", "us", "our"). */
    static boolean namesCouple(String normalised) {
        return tokens(normalised).stream().anyMatch(w -> WE.matcher(w).matches());
    }

    /** Whether the message names the writer ("i", "me", "my"): a bank may only hear SELF then. */
    static boolean namesWriter(String normalised) {
        return tokens(normalised).stream().anyMatch(w -> FIRST.contains(w) || w.equals("my") || w.equals("mine"));
    }

    /** Whether the message names someone else close ("she", "him", "my wife"): a bank may only hear PARTNER then. */
    static boolean namesPartner(String normalised) {
        return namesPartner(normalised, false);
    }

    /**
     * @param aboutSomeoneElse the conversation so far is about someone else close (a daughter, a friend): a "she"
     *                         with nothing in this message to stand for stands for her, not for a partner
     */
    static boolean namesPartner(String normalised, boolean aboutSomeoneElse) {
        List<String> tokens = tokens(normalised);
        Person[] people = people(tokens, new Antecedents(aboutSomeoneElse));
        for (int i = 0; i < tokens.size(); i++) {
            if (people[i] == Person.THIRD) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the message speaks of a partner only as "he", "she", "him" or "her" ("can he help me with it?"), naming
     * no partner word; the knowledge base's synonyms already carry "my husband" to the guidance's "your partner".
     *
     * @param aboutSomeoneElse as for {@link #namesPartner(String, boolean)}
     */
    static boolean partnerByPronounOnly(String normalised, boolean aboutSomeoneElse) {
        return namesPartner(normalised, aboutSomeoneElse)
                && tokens(normalised).stream().map(t -> t.replaceAll("'s$", "")).noneMatch(PartnerWords::isPartner);
    }

    /**
     * Whether every "she"/"he" of a message that names nobody itself stands for someone the turn before named who is
     * not a partner ("could he come to my physio appt?" then "what should i ask her when i'm there": the physio, not
     * her partner). Across turns a pronoun goes to the latest person of the turn before that is said to be its gender
     * ("he" there is the boyfriend), else to the latest whose gender is not said (the physio); with nobody, a partner.
     *
     * @param before the text of the turn before, normalised; {@code null} when there is none
     */
    static boolean pronounsStandForSomeoneElseBefore(String normalised, String before) {
        return antecedentBefore(normalised, before).isPresent();
    }

    /**
     * The noun the turn before named for the message's "she"/"he" when that is not a partner ("physio"), as {@link
     * #pronounsStandForSomeoneElseBefore} reads it: searched with the message, as a partner pronoun is searched with
     * "partner", so the guidance for that person answers ("what should i ask the physio?").
     */
    static java.util.Optional<String> antecedentBefore(String normalised, String before) {
        java.util.Optional<String> none = java.util.Optional.empty();
        if (before == null || before.isBlank()) {
            return none;
        }
        List<String> tokens = tokens(normalised);
        Antecedents own = new Antecedents(false);
        people(tokens, own);
        if (!own.mentions.isEmpty() || tokens.stream().noneMatch(THIRD::contains)) {
            return none; // the message names its own people (or has no "she"/"he"): read within it as before
        }
        Antecedents earlier = new Antecedents(false);
        earlier.remembersPronouns = true;
        people(tokens(before), earlier);
        List<Mention> meant = tokens.stream().filter(THIRD::contains).map(earlier::acrossTurns).toList();
        return meant.stream().allMatch(m -> m != null && m.person() != Person.THIRD)
                ? java.util.Optional.of(meant.get(meant.size() - 1).noun()) : none;
    }

    /** Words that make the usual reading of "my wife" / "my husband" below unsafe: the couple may be two women. */
    private static final Pattern SAME_SEX = Regex.compile("\\b(?:both (?:women|girls|guys|men)|lesbian|gay|queer|wlw"
            + "|bisexual|trans|non-binary|nonbinary|(?:i'?m|i am|as) (?:a )?(?:woman|girl|man|guy))\\b");

    /**
     * Who usually writes a message that names only "my wife" or only "my husband" and says nothing else of whose
     * body it is: the wife's partner, and the person herself. In the dev sets such a writer was the partner 15 times in
     * 15 (wife) and 12 in 15 (girlfriend), the person herself 12 times in 13 (husband, boyfriend). A last resort only:
     * any clause cue, and any word that the couple may be of one sex, comes first.
     */
    static java.util.Optional<Person> usualWriter(String normalised) {
        if (SAME_SEX.matcher(normalised).find()) {
            return java.util.Optional.empty();
        }
        List<String> tokens = tokens(normalised);
        Person[] people = people(tokens, new Antecedents(false));
        boolean female = false;
        boolean male = false;
        for (int i = 0; i < tokens.size(); i++) {
            String bare = tokens.get(i).endsWith("'s") ? tokens.get(i).substring(0, tokens.get(i).length() - 2)
                    : tokens.get(i);
            // "my wife", "she", "her dilators": whoever is named as the other person of the couple, partner noun or not
            if (people[i] == Person.THIRD) {
                Boolean woman = PartnerWords.female(bare);
                female |= Boolean.TRUE.equals(woman) || woman == null && FEMALE.contains(bare) && !GENERIC_PEOPLE.contains(bare);
                male |= Boolean.FALSE.equals(woman) || woman == null && MALE.contains(bare) && !GENERIC_PEOPLE.contains(bare);
            }
        }
        if (female == male) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(female ? Person.THIRD : Person.FIRST);
    }

    /**
     * An identity said of the writer: "as a wife i feel useless", not "she worries she is failing her duty as a
     * wife", where "as" belongs to the other person the clause is about.
     */
    private static boolean writersIdentity(Pattern identity, String text) {
        var m = identity.matcher(text);
        while (m.find()) {
            if (!m.group().startsWith("as ")) {
                return true;
            }
            String[] before = CLAUSE_BREAK.split(text.substring(0, m.start()), -1);
            List<String> clause = tokens(before[before.length - 1]);
            if (clause.stream().noneMatch(w -> THIRD.contains(w) || PartnerWords.isPartner(w))) {
                return true;
            }
        }
        return false;
    }

    /** The votes of a normalised message (lower case, straight apostrophes). */
    Votes read(String normalised) {
        return read(normalised, false);
    }

    /** @param aboutSomeoneElse see {@link #namesPartner(String, boolean)} */
    Votes read(String normalised, boolean aboutSomeoneElse) {
        String text = PartnerWords.joined(PARENTHESIS.matcher(normalised).replaceAll(" "));
        int selfStrong = 0;
        int partnerStrong = 0;
        double selfPlain = 0;
        double partnerPlain = 0;
        int someoneElse = 0;
        int selfDecisive = 0;
        int partnerDecisive = 0;
        int general = 0;
        if (writersIdentity(IDENTITY, text)) {
            partnerStrong++;
            partnerDecisive++;
        } else if (writersIdentity(SELF_IDENTITY, text)) {
            selfStrong++;
            selfDecisive++;
        }
        // "me and my husband tried" is a plural subject ("we"), not "me" in one clause and "my husband tried" in the next.
        text = COUPLE.matcher(text).replaceAll("we");
        Antecedents antecedents = new Antecedents(aboutSomeoneElse);
        Person carried = null;
        for (String clause : CLAUSE_BREAK.split(text)) {
            List<String> tokens = tokens(clause);
            if (tokens.isEmpty()) {
                continue;
            }
            Clause votes = clause(tokens, carried, antecedents);
            carried = votes.subject;
            selfStrong += votes.selfStrong ? 1 : 0;
            partnerStrong += votes.partnerStrong ? 1 : 0;
            selfPlain += votes.selfPlain;
            partnerPlain += votes.partnerPlain;
            someoneElse += votes.someoneElse ? 1 : 0;
            selfDecisive += votes.selfDecisive ? 1 : 0;
            partnerDecisive += votes.partnerDecisive ? 1 : 0;
            general += votes.general ? 1 : 0;
        }
        return new Votes(selfStrong, partnerStrong, selfPlain, partnerPlain, someoneElse, selfDecisive,
                partnerDecisive, general);
    }

    /** A person a message named: whether said to be a woman or a man, a group, and the noun (a pronoun too). */
    private record Mention(Person person, boolean female, boolean male, boolean group, String noun, boolean sought) {
    }

    /**
     * The people a message has named so far, so that "she" and "he" stand for the latest one who fits: "my daughter
     * ... when she tries" is the daughter, "i went to my gp ... she said" is the gp (nobody's audience), and with no
     * one named, a partner.
     */
    private static final class Antecedents {
        private final List<Mention> mentions = new ArrayList<>();
        /** Reading the turn before for the next one: its "she"/"he" that stand for a partner are people named too. */
        boolean remembersPronouns;

        Antecedents(boolean aboutSomeoneElse) {
            if (aboutSomeoneElse) {
                mentions.add(new Mention(Person.SOMEONE_ELSE, false, false, false, null, false));
            }
        }

        void named(Person person, String noun) {
            named(person, noun, false);
        }

        /** @param sought a professional looked for ("see a counsellor"): a later "her" or "him" is not them */
        void named(Person person, String noun, boolean sought) {
            Boolean woman = PartnerWords.female(noun);
            mentions.add(new Mention(person, FEMALE.contains(noun) || Boolean.TRUE.equals(woman),
                    MALE.contains(noun) || Boolean.FALSE.equals(woman), GROUPS.contains(noun), noun, sought));
        }

        /**
         * "They" stands for the latest person named, whoever; with a group named ("the family asks ... my wife ... i
         * tell them") the group, as "they" for a partner is one who is named with no group around; with nobody
         * named, people in general.
         */
        Person neutral() {
            if (mentions.stream().anyMatch(Mention::group)) {
                return Person.OTHER;
            }
            return mentions.isEmpty() ? Person.OTHER : mentions.get(mentions.size() - 1).person;
        }

        /** The person a pronoun of the next turn stands for: the latest of its gender, else the latest of none said. */
        Mention acrossTurns(String word) {
            boolean female = FEMALE.contains(word);
            boolean male = MALE.contains(word);
            Mention unsaid = null;
            for (int i = mentions.size() - 1; i >= 0; i--) {
                Mention m = mentions.get(i);
                if (m.group) {
                    continue;
                }
                if (female && m.female || male && m.male) {
                    return m;
                }
                if (unsaid == null && !m.female && !m.male) {
                    unsaid = m;
                }
            }
            return unsaid;
        }

        Person pronoun(String word) {
            return pronoun(word, List.of());
        }

        /**
         * @param justBefore the few words before the pronoun: "her" or "him" right after a professional named there
         *                   ("can the physio give her more homework") is someone else, not that professional (the
         *                   one a clause's subject does to another)
         */
        Person pronoun(String word, List<String> justBefore) {
            boolean female = FEMALE.contains(word);
            boolean male = MALE.contains(word);
            for (int i = mentions.size() - 1; i >= 0; i--) {
                Mention m = mentions.get(i);
                if (m.person == Person.OTHER && OBJECT_PRONOUNS.contains(word)
                        && (m.sought || justBefore.contains(m.noun))) {
                    continue;
                }
                if (!m.group && !(female && m.male) && !(male && m.female)) {
                    return m.person;
                }
            }
            return Person.THIRD;
        }
    }

    /** One clause's votes: strong ones are booleans, plain ones the largest weight seen for each side. */
    private static final class Clause {
        boolean selfStrong;
        boolean partnerStrong;
        double selfPlain;
        double partnerPlain;
        boolean someoneElse;
        boolean selfDecisive;
        boolean partnerDecisive;
        /** A condition word said of people in general ("someone with vaginismus"). */
        boolean general;
        /** The clause's subject (its first person, or the one carried from the clause before), for the next. */
        Person subject;

        /** A strong vote that says whose condition it is ("my dilator", "she has it", "she said stop"). */
        void own(Person person) {
            vote(person, true, 1);
            selfDecisive |= person == Person.FIRST;
            partnerDecisive |= person == Person.THIRD;
        }

        void vote(Person person, boolean strong, double weight) {
            if (person == Person.FIRST) {
                if (strong) {
                    selfStrong = true;
                } else {
                    selfPlain = Math.max(selfPlain, weight);
                }
            } else if (person == Person.THIRD) {
                if (strong) {
                    partnerStrong = true;
                } else {
                    partnerPlain = Math.max(partnerPlain, weight);
                }
            } else if (person == Person.SOMEONE_ELSE) {
                someoneElse = true;
            }
        }
    }

    private static Clause clause(List<String> t, Person carried, Antecedents antecedents) {
        Person[] people = people(t, antecedents);
        Clause votes = new Clause();
        votes.subject = lastSubject(t, people, carried);
        for (int i = 0; i < t.size(); i++) {
            String word = t.get(i);
            // A possessive before what belongs to someone: "my dilator", "her pelvic floor", "my wife's pain".
            Person owner = owner(t, people, i);
            if (owner != null) {
                for (int j = i + 1; j < Math.min(t.size(), i + 4); j++) {
                    if (OWNED.matcher(t.get(j)).matches()) {
                        votes.own(owner);
                        break;
                    }
                    if (people[j] == Person.FIRST || people[j] == Person.THIRD) {
                        break;
                    }
                }
            }
            // "let him try", "let her use the strap-on": the writer allows it, so the body is the writer's; "if she
            // lets me try": the other one allows it, so the body is theirs.
            if (word.equals("let") && i + 1 < t.size() && people[i + 1] == Person.THIRD) {
                String what = i + 2 < t.size() ? t.get(i + 2) : "";
                if (HANDED_OVER.contains(what)) {
                    // "let her lead", "let her decide": the writer hands the pace to the one whose body it is
                    votes.vote(Person.THIRD, true, 1);
                } else if (!TOLD.contains(what)) {
                    // "let her know", "i'll let her read it": telling, not allowing something to one's body
                    votes.own(Person.FIRST);
                }
            } else if (LETS.matcher(word).matches() && i + 1 < t.size() && people[i + 1] == Person.FIRST && i > 0
                    && people[i - 1] == Person.THIRD) {
                votes.own(Person.THIRD);
            }
            // "i just pushed through it", "push through the pain": enduring it is the writer's own body.
            if (word.startsWith("push") && i + 1 < t.size() && t.get(i + 1).equals("through") && i > 0
                    && subjectBefore(t, people, i) == Person.FIRST) {
                votes.own(Person.FIRST);
            }
            // "when he tries to go in it burns", "she gets in a bit then i tense": the other one going in, with nothing
            // of their own to put in ("she goes in with the dilator" is hers), goes into the writer's body.
            if (IN.contains(word) && i > 1 && GO.contains(t.get(i - 1)) && (i + 1 == t.size()
                    || !t.get(i + 1).equals("with")) && goerIsTheOther(t, people, i - 1)) {
                votes.vote(Person.FIRST, true, 1);
            }
            // "touching myself", "explore myself": the writer's own body.
            if (TOUCH_OR_EXPLORE.matcher(word).matches() && i + 1 < t.size() && t.get(i + 1).equals("myself")) {
                votes.own(Person.FIRST);
            }
            // "i can't", "i still cant have sex", "she can't do it": the one who cannot is the one it is about. Only a
            // woman's word for the other person: "he can't get it in" is about the writer's body.
            if (UNABLE.contains(word) && i > 0 && unableToEnd(t, i)) {
                Person who = people[i - 1] != null ? people[i - 1] : i > 1 ? people[i - 2] : null;
                String whoWord = people[i - 1] != null ? t.get(i - 1) : t.get(Math.max(0, i - 2));
                if (who == Person.FIRST) {
                    votes.vote(Person.FIRST, false, 1);
                } else if (who == Person.THIRD && FEMALE.contains(whoWord)) {
                    votes.vote(Person.THIRD, false, 1);
                }
            }
            // Helping, waiting for, hurting or pushing someone: the one it is done to.
            if (TOWARDS.contains(word) || word.startsWith("talk") && t.subList(i, t.size()).contains("into")) {
                Person object = objectAfter(t, people, i);
                if (object == Person.THIRD && word.startsWith("mak") && t.subList(i, Math.min(t.size(), i + 5))
                        .stream().anyMatch(w -> w.startsWith("wait") || w.equals("without") || w.startsWith("miss"))) {
                    // "i hate making him wait", "making her go without", "making him miss out": for the writer
                    votes.own(Person.FIRST);
                } else if (object == Person.THIRD || object == Person.SOMEONE_ELSE) {
                    votes.vote(object, true, 1);
                } else if (object == Person.FIRST && (word.startsWith("hurt")
                        || subjectBefore(t, people, i) == Person.THIRD)) {
                    // "it hurts me", "he helps me": the writer is the one it is done to.
                    votes.vote(Person.FIRST, true, 1);
                } else if (object == null && HELP.contains(word) && helping(t, people, i) && !stranded(t, i)) {
                    // "how can i help", "my husband wants to help": the helper is the other one.
                    Person helper = subjectBefore(t, people, i);
                    votes.vote(helper == Person.FIRST ? Person.THIRD : helper == Person.THIRD ? Person.FIRST : null,
                            false, 1);
                }
                // "my husband has to wait": the one who waits is waiting for the writer.
                if (word.startsWith("wait") && object == null && subjectBefore(t, people, i) == Person.THIRD
                        && !saidWait(t, i)) {
                    votes.vote(Person.FIRST, false, 1);
                } else if (word.startsWith("wait") && object == null && i > 0 && WILLING.contains(t.get(i - 1))
                        && (i + 1 == t.size() || OPEN_ENDED.contains(t.get(i + 1)))
                        && subjectBefore(t, people, i) == Person.FIRST) {
                    // "i don't mind waiting", "i'm happy to wait", "can i be expected to wait": the one who waits
                    // waits for the other
                    votes.vote(Person.THIRD, false, 1);
                }
            }
            // "i have vaginismus", "my wife was diagnosed", "she has this".
            if (HAVE.contains(word) && i + 1 < t.size()) {
                Person subject = subjectBefore(t, people, i);
                String next = String.join(" ", t.subList(i + 1, Math.min(t.size(), i + 4)));
                if (subject == null && elided(t, i, carried) && !IT_OR_THIS.matcher(next).matches()
                        && HAS_CONDITION.matcher(next).matches()) {
                    // "my husband is trans and has vaginismus": a clause opening on its verb goes on with the subject
                    // of the clause before; only with the condition named ("and has it" may be anything)
                    votes.own(carried);
                }
                // "she told me the reason is vaginismus": an object ("me") does not have what follows
                if (subject != null && HAS_CONDITION.matcher(next).matches() && !NAMING.contains(t.get(i - 1))
                        && !OBJECT_FORMS.contains(lastPersonBefore(t, people, i))) {
                    if (IT_OR_THIS.matcher(next).matches()) {
                        votes.vote(subject, false, 1);
                    } else {
                        votes.own(subject);
                    }
                }
            }
            // "get better" is recovering; "he deserves better" is not about a body.
            // "him being hurt", "i feel hurt": a feeling, not a body that hurts.
            boolean body = BODY.matcher(word).matches()
                    && (!word.equals("better") || i > 0 && GET.matcher(t.get(i - 1)).matches())
                    && !(word.startsWith("hurt") && i > 0 && BEING_OR_FEEL.matcher(t.get(i - 1)).matches())
                    || SEX.matcher(word).matches() && t.subList(Math.max(0, i - 3), i).stream()
                    .anyMatch(ABLE::contains);
            // "the physio says": a person, not practice ("my physio" is read as whose above)
            boolean practice = !body && PRACTICE.matcher(word).matches() && people[i] == null;
            // "she says wait" is her signal as much as "she says stop"
            boolean stop = !body && !practice && (STOP.matcher(word).matches() && saysOrDoes(t, i)
                    || saidWait(t, i));
            boolean fear = FEAR.matcher(word).matches();
            if (body && CONDITION.matcher(word).matches() && askedAbout(t, i)) {
                // "he wants to know what vaginismus even is", "she asked if vaginismus is forever": a question about
                // the condition, not whose it is (the one asking is often the partner of the one who has it)
                continue;
            }
            if ((body || practice) && ofPeopleInGeneral(t, people, i)) {
                // "questions that put pressure on someone with vaginismus", "what gets women past it": said of anyone
                votes.general = true;
                continue;
            }
            if (body || practice || stop || fear) {
                // "i tell them stop" to the family: stopping what others do, nobody's body
                Person reporter = stop && toOthers(t, people, i) ? null : reporter(t, people, i);
                if (reporter != null) {
                    // "she said stop", "i tell him it hurts": the one who says it is the one it happens to.
                    votes.own(reporter);
                    continue;
                }
                Person who = beneficiary(t, people, i);
                boolean forSomeone = who != null;
                if (who == null) {
                    who = experiencer(t, people, i);
                }
                if (who == null && subjectBefore(t, people, i) == null && !CONDITION.matcher(word).matches()) {
                    // "i stopped halfway and cried": the subject of the clause before; not the condition's name
                    // ("when he tries, is that vaginismus?" asks what it is, not whose)
                    who = carried;
                }
                if (who == Person.THIRD || who == Person.SOMEONE_ELSE) {
                    votes.vote(who, false, 1);
                } else if (who == Person.FIRST) {
                    // practising, stopping or fear of one's own says less (a partner helps, stops, fears too);
                    // what is done for the writer does not
                    votes.vote(Person.FIRST, false, (practice || stop || fear) && !forSomeone ? 0.5 : 1);
                }
            }
        }
        return votes;
    }

    /**
     * The one going in is the other person named right before ("he goes in", "when she gets in"), or their "to" verb
     * ("he tries to go in", "he wants to push in"); not a thing ("anything that goes inside").
     */
    private static boolean goerIsTheOther(List<String> t, Person[] people, int go) {
        if (people[go - 1] == Person.THIRD) {
            return true;
        }
        return go > 2 && t.get(go - 1).equals("to") && people[go - 3] == Person.THIRD;
    }

    /** Knowing, asking or explaining, before a "what", "if" or "how" that opens a question inside the clause. */
    private static final Set<String> ASKING_ABOUT = Set.of("know", "knows", "understand", "understands", "explain",
            "explaining", "ask", "asks", "asked", "asking", "wonder", "wonders", "wondering", "googled", "learn");
    private static final Set<String> OPENS_QUESTION = Set.of("what", "whats", "what's", "if", "whether", "how", "why");

    /** Whether the word sits in a question about it the clause reports ("wants to know what vaginismus is"). */
    private static boolean askedAbout(List<String> t, int i) {
        for (int j = Math.max(1, i - 3); j < i; j++) {
            if (OPENS_QUESTION.contains(t.get(j)) && ASKING_ABOUT.contains(t.get(j - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Going in (for "he tries to go in"): only these, so "put it in" (something put) is not among them. */
    private static final Set<String> GO = Set.of("go", "goes", "going", "went", "get", "gets", "getting", "push",
            "pushes", "pushing", "pushed");
    private static final Set<String> IN = Set.of("in", "inside");

    /** After "let her": handing a decision to the one whose body it is ("let her lead"), not allowing one's own. */
    private static final Set<String> HANDED_OVER = Set.of("lead", "decide", "choose", "set", "guide", "steer",
            "control", "call", "pick");
    /** After "let her": telling or showing ("let her know", "let him read it"), which says nothing of whose body. */
    private static final Set<String> TOLD = Set.of("know", "see", "read", "hear", "talk", "speak", "explain", "vent",
            "rest", "sleep", "recover", "heal");
    /** Before "wait": waiting willingly or as asked ("don't mind waiting", "happy to wait"). */
    private static final Set<String> WILLING = Set.of("mind", "to", "can", "will", "i'll", "ill", "keep", "ok", "okay",
            "fine", "happily", "patiently");
    /** After "wait": waiting with no end named ("as long as it takes"), not for an appointment. */
    private static final Set<String> OPEN_ENDED = Set.of("as", "forever", "longer", "patiently", "however");
    /** Before a "had", "is" or "was": a subject that names what it is ("it was vaginismus"), not who has it. */
    private static final Set<String> NAMING = Set.of("it", "this", "that", "which", "what");

    /**
     * "help with" ending its clause: the thing helped came before it ("is that something my wife should help with"),
     * so the helper is not helping the other one's body.
     */
    private static boolean stranded(List<String> t, int i) {
        return i + 1 < t.size() && t.get(i + 1).equals("with") && (i + 2 == t.size() || i + 3 == t.size()
                && NAMING.contains(t.get(i + 2)));
    }

    /** Verbs that may have a condition without "is" or "was" before it: "and has vaginismus", "and was diagnosed". */
    private static final Set<String> ELIDED_HAVE = Set.of("has", "have", "had", "suffers", "suffer", "developed",
            "diagnosed", "struggles", "struggle");

    /**
     * A clause that opens on a having verb, its subject left out because it is the one before ("my partner is
     * non-binary and has vaginismus", "i'm 25, was diagnosed with it last year"): "is" and "was" only before
     * "diagnosed" ("is vaginismus curable" asks, it does not say whose). The subject carried must be the writer or
     * the partner.
     */
    private static boolean elided(List<String> t, int i, Person carried) {
        return i == 0 && (carried == Person.FIRST || carried == Person.THIRD) && (ELIDED_HAVE.contains(t.get(0))
                || (t.get(0).equals("is") || t.get(0).equals("was")) && t.size() > 1 && t.get(1).equals("diagnosed"));
    }

    /** "she says wait", "he said wait": a reported signal to pause, not someone waiting for the other. */
    private static boolean saidWait(List<String> t, int i) {
        return t.get(i).equals("wait") && i > 0 && REPORTING.contains(t.get(i - 1));
    }

    /** Not being able to: "i can't", "she cannot". */
    private static final Set<String> UNABLE = Set.of("can't", "cant", "cannot", "couldn't", "couldnt", "unable");

    /**
     * "i can't" at the end of a clause, or before having sex or doing it ("i still can't have sex", "she can't do
     * it"); not "i can't help her", "i can't stop thinking".
     */
    private static boolean unableToEnd(List<String> t, int i) {
        List<String> rest = t.subList(i + 1, t.size());
        if (rest.isEmpty() || rest.size() <= 2 && STILL.matcher(rest.get(0)).matches()) {
            return true;
        }
        String after = String.join(" ", rest.subList(0, Math.min(rest.size(), 4)));
        return UNABLE_TO.matcher(after).matches();
    }

    /** "i can help", "he helped insert it": a verb of helping, not the noun ("get professional help"). */
    private static boolean helping(List<String> t, Person[] people, int i) {
        return i > 0 && (people[i - 1] == Person.FIRST || people[i - 1] == Person.THIRD
                || HELPING_BEFORE.contains(t.get(i - 1)));
    }

    /**
     * The latest person a clause names as a subject, or the one carried in when it names none: "what do i do when
     * they tense up and want to stop" goes on with "they".
     */
    private static Person lastSubject(List<String> t, Person[] people, Person carried) {
        for (int j = t.size() - 1; j >= 0; j--) {
            if (people[j] != null && !(j > 0 && NOT_SUBJECT_AFTER.contains(t.get(j - 1)))
                    && !OBJECT_FORMS.contains(t.get(j))) {
                return people[j] == Person.OTHER ? null : people[j];
            }
        }
        return carried;
    }

    /** The word of the nearest person before position {@code i}, or "" when there is none. */
    private static String lastPersonBefore(List<String> t, Person[] people, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (people[j] != null) {
                return t.get(j);
            }
        }
        return "";
    }

    /** A person as an object, never a clause's subject: "help her", "it hurts me". */
    private static final Set<String> OBJECT_FORMS = Set.of("me", "myself", "him", "himself", "herself", "them",
            "themselves");

    /** The first person a clause names as a subject, or the one carried in when it names none. */
    private static Person firstSubject(List<String> t, Person[] people, Person carried) {
        for (int j = 0; j < t.size(); j++) {
            if (people[j] != null && !(j > 0 && NOT_SUBJECT_AFTER.contains(t.get(j - 1)))) {
                return people[j] == Person.OTHER ? null : people[j];
            }
        }
        return carried;
    }

    /**
     * Whether the nearest person before a condition word is people in general ("someone with vaginismus", "women past
     * vaginismus", "people who have it"), none of the couple coming between.
     */
    private static boolean ofPeopleInGeneral(List<String> t, Person[] people, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (people[j] != null) {
                return GENERAL.contains(t.get(j)) && people[j] == Person.OTHER;
            }
        }
        return false;
    }

    /** "stop", "no" and "pull" only count when someone says or does them, not in "can't stop thinking". */
    private static boolean saysOrDoes(List<String> t, int i) {
        String word = t.get(i);
        if (word.equals("no")) {
            return i > 0 && (REPORTING.contains(t.get(i - 1)) || t.get(i - 1).startsWith("say"));
        }
        if (word.startsWith("pull")) {
            return i + 1 < t.size() && (t.get(i + 1).equals("away") || t.get(i + 1).equals("back"));
        }
        if (word.startsWith("back")) {
            return i + 1 < t.size() && t.get(i + 1).equals("out");
        }
        if (word.equals("break")) {
            // "i need a break", "she's on a break from trying": a pause asked for, not "break the cycle"
            return i > 1 && t.get(i - 1).equals("a")
                    && NEED_A.matcher(t.get(i - 2)).matches();
        }
        // "how do i stop him feeling", "stop myself from": stopping someone, not saying stop
        return !(word.startsWith("stop") && i + 1 < t.size() && (FIRST.contains(t.get(i + 1))
                || THIRD.contains(t.get(i + 1)) || t.get(i + 1).equals("my")));
    }

    /**
     * Whether a stop word is said to people who are neither of the couple ("i tell them stop", "i told my mum to
     * stop"): the reporting verb's listener is such a person.
     */
    private static boolean toOthers(List<String> t, Person[] people, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 6); j--) {
            if (REPORTING.contains(t.get(j))) {
                int k = j + 1 < i && (t.get(j + 1).equals("my") || t.get(j + 1).equals("the")) ? j + 2 : j + 1;
                return k < i && people[k] == Person.OTHER;
            }
        }
        return false;
    }

    /** The one who says a condition word ("she says it burns"), if someone does; OTHER people count as nobody. */
    private static Person reporter(List<String> t, Person[] people, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 6); j--) {
            if (SUBJECT_FORMS.contains(t.get(j)) || WE_OR_YOU.contains(t.get(j))) {
                // "i can tell she's scared", "he says i'm too tight": the word is that subject's, not the reporter's
                return null;
            }
            if (REPORTING.contains(t.get(j))) {
                Person reporter = subjectBefore(t, people, j);
                if (reporter == Person.OTHER || t.subList(j + 1, i).stream().anyMatch(NEGATED::contains)) {
                    // "how do i tell her it's not about relaxing": what is denied is nobody's own report
                    return reporter == Person.OTHER ? null : Person.OTHER;
                }
                if (ASKING.contains(t.get(j)) && askedAbout(t, j, i)) {
                    // "he asks why it still hurts", "i asked her if it hurts": one asks the other about their body
                    return reporter == Person.FIRST ? Person.THIRD : reporter == Person.THIRD ? Person.FIRST : null;
                }
                return reporter;
            }
        }
        return null;
    }

    /** Saying the reported condition is not so: "it's not about relaxing", "she isn't failing". */
    private static final Set<String> NEGATED = Set.of("not", "isn't", "isnt", "never", "nothing", "doesn't",
            "doesnt", "wasn't", "wasnt", "aren't", "arent");
    private static final Set<String> ASKING = Set.of("ask", "asks", "asked", "asking");
    /** What opens an asked question: "asks why it hurts", "asked her if it was sore". */
    private static final Set<String> QUESTION_OPENERS = Set.of("why", "if", "whether", "how", "what", "when");

    /** Whether the words between an asking verb and the condition word open a question ("asks why", "asked her if"). */
    private static boolean askedAbout(List<String> t, int verb, int word) {
        for (int k = verb + 1; k < Math.min(word, verb + 3); k++) {
            if (QUESTION_OPENERS.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whom a practice or pain word is for, when it says: "hold the dilator for me", "it is pain for me". That
     * person's body it is, whoever holds it.
     */
    private static Person beneficiary(List<String> t, Person[] people, int i) {
        for (int j = i + 1; j < Math.min(t.size() - 1, i + 3); j++) {
            if (t.get(j).equals("for") && (people[j + 1] == Person.FIRST || people[j + 1] == Person.THIRD)) {
                return people[j + 1];
            }
        }
        return null;
    }

    /** Who a condition word belongs to: the nearest subject before it, else a person right after it. */
    private static Person experiencer(List<String> t, Person[] people, int i) {
        Person before = subjectBefore(t, people, i);
        if (before != null) {
            return before == Person.OTHER ? null : before;
        }
        // Only a person right after it ("tensing, she..."): further on is what the feeling is about ("scared my
        // boyfriend will leave").
        if (i + 1 < t.size() && people[i + 1] != null) {
            return people[i + 1] == Person.OTHER ? null : people[i + 1];
        }
        // "so painful to me": the one it is to is the one it happens to.
        if (i + 2 < t.size() && t.get(i + 1).equals("to") && people[i + 2] == Person.FIRST) {
            return Person.FIRST;
        }
        return null;
    }

    /** The nearest person before position {@code i} that can be a subject (not "with him", not "for her"). */
    private static Person subjectBefore(List<String> t, Person[] people, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (people[j] != null && !(j > 0 && NOT_SUBJECT_AFTER.contains(t.get(j - 1)))
                    && !(j > 1 && people[j - 1] == null && t.get(j - 1).equals("my")
                    && NOT_SUBJECT_AFTER.contains(t.get(j - 2)))) {
                return people[j];
            }
        }
        return null;
    }

    /** The person a helper word is done to: right after it, or after "to", "for", "on", "after", "up", "into". */
    private static Person objectAfter(List<String> t, Person[] people, int i) {
        int j = i + 1;
        // "get her to", never "getting to him" (that is being affected, not being got at)
        while (j < t.size() && j <= i + 2 && LINKS.contains(t.get(j)) && !t.get(i).startsWith("get")) {
            j++;
        }
        if (j + 1 < t.size() && (t.get(j).equals("my") || t.get(j).equals("our"))) {
            j++; // "help my wife"
        }
        return j < t.size() ? people[j] : null;
    }

    /** "my" or "her"/"his" before what someone owns, or a partner noun with "'s". */
    private static Person owner(List<String> t, Person[] people, int i) {
        String word = t.get(i);
        if (word.equals("my") && people[i] == null) {
            return Person.FIRST;
        }
        if (word.equals("her") || word.equals("his")) {
            return people[i]; // resolved: "my daughter ... her periods" is hers, not a partner's
        }
        if (word.equals("their") && people[i] != Person.OTHER) {
            return people[i];
        }
        if (word.endsWith("'s") && PartnerWords.isPartner(word.substring(0, word.length() - 2))) {
            return Person.THIRD;
        }
        if (word.endsWith("'s") && SOMEONE_ELSE.contains(word.substring(0, word.length() - 2))) {
            return Person.SOMEONE_ELSE;
        }
        return null;
    }

    /**
     * The person each token names: "i"/"me" first person, "she"/"him"/"my wife" third, a doctor or a friend other.
     * "my" before a person noun belongs to that noun, so it names nobody itself.
     */
    private static Person[] people(List<String> t, Antecedents antecedents) {
        Person[] people = new Person[t.size()];
        for (int i = 0; i < t.size(); i++) {
            String word = t.get(i);
            String bare = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
            if (FIRST.contains(word)) {
                people[i] = Person.FIRST;
            } else if (THIRD.contains(word)) {
                // An object ("help her") names a person; a possessive ("her dilators") is read by owner().
                people[i] = antecedents.pronoun(word, t.subList(Math.max(0, i - 3), i));
                if (antecedents.remembersPronouns && people[i] == Person.THIRD) {
                    antecedents.named(Person.THIRD, word);
                }
            } else if (NEUTRAL.contains(word)) {
                people[i] = antecedents.neutral();
            } else if (PartnerWords.isPartner(bare)) {
                people[i] = Person.THIRD;
                antecedents.named(Person.THIRD, bare);
            } else if (SOMEONE_ELSE.contains(bare) && !(i > 0 && A_OR_OTHER.matcher(t.get(i - 1)).matches())
                    && !(CLINICAL.contains(bare) && !(i > 0 && t.get(i - 1).equals("my")))) {
                people[i] = Person.SOMEONE_ELSE; // "my friend", "my daughter"; "a friend told me" is not about hers
                antecedents.named(Person.SOMEONE_ELSE, bare);
            } else if (ANYONE.contains(bare)) {
                // "he deserves someone who can", "someone at work told me": nobody in particular, unless the writer
                boolean writer = i > 0 && (FIRST.contains(t.get(i - 1)) || t.get(i - 1).equals("am"))
                        || i > 1 && t.get(i - 1).equals("a") && (FIRST.contains(t.get(i - 2)) || t.get(i - 2).equals("am"));
                people[i] = writer ? Person.FIRST : Person.OTHER;
            } else if (PLURAL_PEOPLE.contains(bare)) {
                people[i] = Person.OTHER;
            } else if (GENERIC_PEOPLE.contains(bare)) {
                boolean writer = i > 0 && (FIRST.contains(t.get(i - 1)) || t.get(i - 1).equals("am"))
                        || i > 1 && t.get(i - 1).equals("a") && (FIRST.contains(t.get(i - 2)) || t.get(i - 2).equals("am"));
                people[i] = writer ? Person.FIRST : Person.THIRD;
            } else if (OTHER_PEOPLE.contains(bare)) {
                people[i] = Person.OTHER;
                // "should i see a counsellor, or is that disloyal to her": one sought ("see a", "find a") is not whom
                // a later object "her" stands for; a later "she" still may be ("to see a gynaecologist. she said").
                boolean sought = i > 1 && A_OR_AN.contains(t.get(i - 1)) && SEEKING.contains(t.get(i - 2));
                if (!NOT_ANTECEDENTS.contains(bare)) {
                    antecedents.named(Person.OTHER, bare, sought);
                }
            } else if (SOMEONE_ELSE.contains(bare)) {
                people[i] = Person.OTHER;
            }
        }
        return people;
    }

    private static List<String> tokens(String clause) {
        List<String> tokens = new ArrayList<>();
        var m = TOKEN.matcher(PartnerWords.joined(clause));
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
