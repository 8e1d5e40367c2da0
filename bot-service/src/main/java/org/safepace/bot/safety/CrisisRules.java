package org.safepace.bot.safety;

import static org.safepace.bot.safety.AnalysedText.ALL;
import static org.safepace.bot.safety.AnalysedText.HYPOTHETICAL;
import static org.safepace.bot.safety.AnalysedText.NEGATION;

import java.util.Map;
import java.util.Optional;
import org.safepace.bot.safety.AnalysedText.Term;

/**
 * Crisis: thoughts of suicide or self-harm and danger right now are emergencies; a disclosure of rape or sexual
 * assault and a partner who forces, hits or threatens mean support and care. Suicidal thoughts count even when framed
 * as "what if" (that framing is common in real distress); an assault disclosure counts however long ago it was.
 */
final class CrisisRules implements RuleFamily {

    /** The main vocabulary in {@code safety/lexicon/crisis-main.txt}. */
    private static final Map<String, Term> MAIN = LexiconBuilder.load("crisis-main");
    static final Term SELF_HARM = LexiconBuilder.term(MAIN, "self_harm");
    static final Term DANGER_NOW = LexiconBuilder.term(MAIN, "danger_now");
    static final Term SEXUAL_ASSAULT = LexiconBuilder.term(MAIN, "sexual_assault");
    static final Term ABUSE = LexiconBuilder.term(MAIN, "abuse");

    /** The vocabulary in {@code safety/lexicon/crisis.txt}: what people write without the obvious words. */
    private static final Map<String, Term> LEXICON = LexiconBuilder.load("crisis");
    static final Term THOUGHTS = LexiconBuilder.term(LEXICON, "self_harm.thoughts");
    static final Term ACTED = LexiconBuilder.term(LEXICON, "self_harm.acted");
    static final Term LETTERS = LexiconBuilder.term(LEXICON, "self_harm.letters");
    static final Term THANKS = LexiconBuilder.term(LEXICON, "self_harm.thanks");
    static final Term FIGURATIVE = LexiconBuilder.term(LEXICON, "self_harm.figurative");
    static final Term INJURY = LexiconBuilder.term(LEXICON, "self_harm.injury");
    static final Term PACE = LexiconBuilder.term(LEXICON, "self_harm.pace");
    static final Term DANGER_PLAIN = LexiconBuilder.term(LEXICON, "danger_now.extra");
    static final Term ABUSE_PLAIN = LexiconBuilder.term(LEXICON, "abuse.plain");
    static final Term ASSAULT_PLAIN = LexiconBuilder.term(LEXICON, "sexual_assault.plain");
    static final Term ASSAULT_RECENT = LexiconBuilder.term(LEXICON, "sexual_assault.recent");
    static final Term ASSAULT_SAFE_NOW = LexiconBuilder.term(LEXICON, "sexual_assault.safe_now");
    /** pain8: a sentence that tells of it happening (again), so a recent time in it dates an assault. */
    static final Term ASSAULT_AGAIN = LexiconBuilder.term(LEXICON, "sexual_assault.again");
    static final Term PARTNER_FORCE = LexiconBuilder.term(LEXICON, "partner_used_force");
    static final Term ABUSE_REPORTED = LexiconBuilder.term(LEXICON, "abuse.reported");
    static final Term GENERAL = LexiconBuilder.term(LEXICON, "self_harm.general");
    static final Term FIRST_PERSON = LexiconBuilder.term(LEXICON, "self_harm.first_person");
    static final Term RECOVERED = LexiconBuilder.term(LEXICON, "self_harm.recovered");
    static final Term DANGER_FIGURATIVE = LexiconBuilder.term(LEXICON, "danger_now.figurative");
    static final Term DANGER_IDIOM = LexiconBuilder.term(LEXICON, "danger_now.idiom");
    static final Term DANGER_FEAR = LexiconBuilder.term(LEXICON, "danger_now.fear");
    static final Term DANGER_WEAPON_WORD = LexiconBuilder.term(LEXICON, "danger_now.weapon");
    static final Term DANGER_EVERYDAY_USE = LexiconBuilder.term(LEXICON, "danger_now.everyday_use");
    /** safe9: someone else's weapon held against the writer's own body: danger now, never her own self-harm. */
    static final Term OTHERS_WEAPON = LexiconBuilder.term(LEXICON, "danger_now.others_weapon");

    /** Rule id of self-harm already acted on or prepared for: the reply puts the emergency number first. */
    static final String ACTED_RULE = "crisis.self_harm_acted";

    /** Rule id of someone else's weapon held against the writer's body: danger now to her, not her own self-harm. */
    static final String OTHERS_WEAPON_RULE = "crisis.danger_now.others_weapon";

    @Override
    public Finding evaluate(AnalysedText t) {
        Finding.Builder found = new Finding.Builder();
        // Suicidal thoughts count however they are framed ("what if I just ended it all"), but not when negated,
        // long past or a figure of speech ("I could kill for a coffee").
        int current = NEGATION | AnalysedText.HISTORY;
        boolean acted = ownActs(t, current);
        // A means of ending life in the setting that makes it one (ConceptGrammar): prepared, the emergency first.
        boolean means = literalPair(t, ConceptGrammar.SELF_HARM_MEANS, ConceptGrammar.SELF_HARM_MEANS.filters());
        if (means && !acted) {
            found.add(TriageLevel.EMERGENCY, "self_harm", ConceptGrammar.SELF_HARM_MEANS.id());
        }
        acted |= means;
        boolean thoughts = selfHarmWords(t, current) || literal(t, THOUGHTS, current) || goodbyeLetters(t, current);
        if (acted) {
            found.add(TriageLevel.EMERGENCY, "self_harm", ACTED_RULE);
        }
        if (thoughts) {
            found.add(TriageLevel.EMERGENCY, "self_harm", "crisis.self_harm");
        }
        // A wish and an ending of oneself in one clause, without any of the phrases above (ConceptGrammar).
        boolean grammar = !acted && !thoughts && literalPair(t, ConceptGrammar.SELF_HARM, current);
        if (grammar) {
            found.add(TriageLevel.EMERGENCY, "self_harm", ConceptGrammar.SELF_HARM.id());
        }
        thoughts |= grammar;
        int past = NEGATION | AnalysedText.OTHER_PERSON;
        if (!acted && !thoughts && (selfHarmWords(t, past) || ownActs(t, past) || literal(t, THOUGHTS, past)
                || goodbyeLetters(t, past) || literalPair(t, ConceptGrammar.SELF_HARM, past))
                && !t.occurs(RECOVERED)) {
            // Past self-harm: not an emergency, but the support line belongs in the reply; told with recovery and
            // support now ("fine for ten years, with a great therapist") it raises nothing.
            found.add(TriageLevel.SEEK_CARE, "self_harm", "crisis.self_harm_history");
        }
        int dangerFilters = NEGATION | HYPOTHETICAL | AnalysedText.HISTORY;
        // safe9: someone else's weapon held to her body, read with the filters the self-harm phrase it holds had, so
        // nothing that phrase raised is lowered (a "what if he..." stays an emergency); its own rule id tells the
        // backstop that the writer is the one threatened (SemanticBackstop.readsTheOtherSide).
        boolean othersWeapon = t.affirmed(OTHERS_WEAPON, current);
        if (othersWeapon) {
            found.add(TriageLevel.EMERGENCY, "danger_now", OTHERS_WEAPON_RULE);
        }
        if (dangerNow(t, DANGER_NOW, NEGATION) || dangerNow(t, DANGER_PLAIN, dangerFilters)) {
            found.add(TriageLevel.EMERGENCY, "danger_now", "crisis.danger_now");
        } else if (!othersWeapon && literalPair(t, ConceptGrammar.DANGER_WEAPON, ConceptGrammar.DANGER_WEAPON.filters())) {
            // A weapon handled and aimed at the writer, said without the phrases above (ConceptGrammar).
            found.add(TriageLevel.EMERGENCY, "danger_now", ConceptGrammar.DANGER_WEAPON.id());
        }
        // safe9: someone else's weapon held to her body long ago ("my ex held a knife to my throat years ago") is no
        // self-harm history (ownActs) but abuse she lived through: SEEK_CARE at least, as before.
        if (!found.has("danger_now") && t.affirmed(OTHERS_WEAPON, past)) {
            found.add(TriageLevel.SEEK_CARE, "abuse_or_coercion", "crisis.abuse_weapon_past");
        }
        // A partner telling us they forced or went on after a no gets a reply of their own, not a victim's.
        boolean partnerForce = t.affirmed(PARTNER_FORCE, NEGATION | HYPOTHETICAL);
        if (partnerForce) {
            found.add(TriageLevel.SEEK_CARE, "partner_used_force", "crisis.partner_used_force");
        }
        int assault = assaultDisclosed(t);
        String assaultRule = "crisis.sexual_assault";
        if (assault < 0) {
            // Unable to consent and a sexual act, or a partner going on and her no, in one clause (ConceptGrammar).
            assault = assaultByGrammar(t);
            assaultRule = ConceptGrammar.ASSAULT_INCAPACITY.id();
        }
        if (assault >= 0) {
            boolean datedPast = !t.passes(assault, t.lastEnd, AnalysedText.HISTORY);
            // pain8: an assault dated in the past ("she was abused as a teenager"), the only one told, is not made
            // recent by an evening told for another reason in another sentence ("last night she froze and said stop")
            // (a recent time in a sentence that tells of it again, "last night it happened again", still counts)
            boolean recent = datedPast && !assaultOutsideHistory(t)
                    ? recentBesidePastAssault(t, assault) : t.occurs(ASSAULT_RECENT);
            boolean pastAndSafe = (datedPast || t.occurs(ASSAULT_SAFE_NOW)) && !recent;
            if (pastAndSafe) {
                found.add(TriageLevel.ROUTINE, "past_sexual_assault", assaultRule.replace("sexual_assault",
                        "sexual_assault_past"));
            } else {
                found.add(TriageLevel.SEEK_CARE, "sexual_assault", assaultRule);
            }
        }
        // Coercion is often said as a condition ("if I don't, he'll leave"): hypothetical framing does not hide it.
        // Someone close telling of a partner who controls, forces or hurts them now: not their history, however
        // the report is introduced ("my daughter says her boyfriend won't let her see her friends").
        if (t.affirmed(ABUSE, ALL) || t.affirmed(ABUSE_PLAIN, NEGATION | AnalysedText.HISTORY | AnalysedText.OTHER_PERSON)
                || t.affirmed(ABUSE_REPORTED, NEGATION | HYPOTHETICAL | AnalysedText.HISTORY)) {
            found.add(TriageLevel.SEEK_CARE, "abuse_or_coercion", "crisis.abuse_or_coercion");
        }
        // A partner's lever and her no or her giving in, in one clause (ConceptGrammar).
        if (!found.has("abuse_or_coercion") && ConceptGrammar.COERCION.fires(t)) {
            found.add(TriageLevel.SEEK_CARE, "abuse_or_coercion", ConceptGrammar.COERCION.id());
        }
        return found.build();
    }

    /**
     * A danger-now match that is not a threat idiom said with a laugh in its sentence ("he's going to kill me when he
     * finds out lol", "he'll murder me if i'm late haha"); any fear, weapon or plea for help in the message keeps it.
     * Nor a knife held for what knives are for, in the clause of the phrase ("grabbed a knife to cut the cake").
     */
    private static boolean dangerNow(AnalysedText t, Term term, int filters) {
        boolean fear = t.occurs(DANGER_FEAR);
        boolean fearOrWeapon = fear || t.occurs(DANGER_WEAPON_WORD);
        // A knife held for cooking is quiet only when nothing else in the message is afraid or aims the weapon at anyone.
        boolean everydayAllowed = !fear && !t.occurs(ConceptGrammar.DANGER_WEAPON.second());
        for (int at = t.nextAffirmed(term, filters, 0), end = t.lastEnd; at >= 0;
             at = t.nextAffirmed(term, filters, end), end = t.lastEnd) {
            boolean idiom = !fearOrWeapon && t.occursInSentence(DANGER_FIGURATIVE, at) && idiomAt(t, at, end);
            boolean everyday = everydayAllowed && t.firstIn(DANGER_WEAPON_WORD, at, end) >= 0
                    && t.occursInClause(DANGER_EVERYDAY_USE, at);
            if (!idiom && !everyday) {
                return true;
            }
        }
        return false;
    }

    /** Does a threat idiom overlap [start, end)? */
    private static boolean idiomAt(AnalysedText t, int start, int end) {
        boolean[] overlap = {false};
        t.forEachMatch(DANGER_IDIOM, t.sentenceStartOf(start), t.sentenceEndOf(start), m -> {
            overlap[0] |= m.start() < end && start < m.end();
            return !overlap[0];
        });
        return overlap[0];
    }

    /** Where an assault on the person writing (or someone they speak for) is disclosed, or -1; sets lastEnd. */
    private static int assaultDisclosed(AnalysedText t) {
        int filters = NEGATION | HYPOTHETICAL | AnalysedText.OTHER_PERSON;
        for (Term term : new Term[] {SEXUAL_ASSAULT, ASSAULT_PLAIN}) {
            for (int at = t.nextAffirmed(term, filters, 0), end = t.lastEnd; at >= 0;
                 at = t.nextAffirmed(term, filters, end), end = t.lastEnd) {
                // "I forced her": the writer's own act, answered by the partner_used_force reply.
                boolean writersOwnAct = term == SEXUAL_ASSAULT && at >= 2 && t.text.startsWith("i ", at - 2)
                        && (at == 2 || t.text.charAt(at - 3) == ' ');
                // "I didn't stop when she asked": the partner's admission, not a disclosure to the writer.
                if (!writersOwnAct && !t.occursInSentence(PARTNER_FORCE, at)) {
                    t.lastEnd = end;
                    return at;
                }
            }
        }
        return -1;
    }

    /** pain8: a recent time in the past assault's own sentence, or in one that says it happened again. */
    private static boolean recentBesidePastAssault(AnalysedText t, int assault) {
        for (int at = t.nextAffirmed(ASSAULT_RECENT, 0, 0), end = t.lastEnd; at >= 0;
             at = t.nextAffirmed(ASSAULT_RECENT, 0, end), end = t.lastEnd) {
            if (t.sentenceOf(at) == t.sentenceOf(assault) || t.occursInSentence(ASSAULT_AGAIN, at)) {
                return true;
            }
        }
        return false;
    }

    /** pain8: is any assault told (as {@link #assaultDisclosed} reads one) not dated in the past? */
    private static boolean assaultOutsideHistory(AnalysedText t) {
        int filters = NEGATION | HYPOTHETICAL | AnalysedText.OTHER_PERSON;
        for (Term term : new Term[] {SEXUAL_ASSAULT, ASSAULT_PLAIN}) {
            for (int at = t.nextAffirmed(term, filters, 0), end = t.lastEnd; at >= 0;
                 at = t.nextAffirmed(term, filters, end), end = t.lastEnd) {
                if (t.passes(at, end, AnalysedText.HISTORY)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A match of the main self-harm words that is not the "hurt herself" of a partner's worry about injury from going
     * too fast in the same sentence ("she wants to go faster than her physio said and i'm worried she'll hurt herself").
     */
    private static boolean selfHarmWords(AnalysedText t, int filters) {
        for (int at = t.nextAffirmed(SELF_HARM, filters, 0), end = t.lastEnd; at >= 0;
             at = t.nextAffirmed(SELF_HARM, filters, end), end = t.lastEnd) {
            int match = at;
            boolean[] injury = {false};
            t.forEachMatch(INJURY, t.sentenceStartOf(at), t.sentenceEndOf(at), m -> {
                injury[0] |= m.start() <= match && match < m.end();
                return !injury[0];
            });
            if ((!injury[0] || !t.occursInSentence(PACE, at)) && !generalQuestion(t, at)) {
                return true;
            }
        }
        return false;
    }

    /** Letters written to the people close to her, unless their sentence calls them a thank-you. */
    private static boolean goodbyeLetters(AnalysedText t, int filters) {
        for (int at = t.nextAffirmed(LETTERS, filters, 0), end = t.lastEnd; at >= 0;
             at = t.nextAffirmed(LETTERS, filters, end), end = t.lastEnd) {
            if (!t.occursInSentence(THANKS, at) && !t.occursInClause(FIGURATIVE, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * safe4: a question about people in general, asked by someone who says nothing of themselves ("people who talk
     * about being a burden might be suicidal, is that true?"): educational, not a disclosure. Any first-person word in
     * the message keeps the red flag (a question can be a way of telling).
     */
    static boolean generalQuestion(AnalysedText t, int at) {
        int from = t.sentenceStartOf(at);
        int to = Math.min(t.text.length(), t.sentenceEndOf(at) + 2);
        return t.text.substring(from, to).indexOf('?') >= 0 && t.occursInSentence(GENERAL, at)
                && !t.occurs(FIRST_PERSON);
    }

    /**
     * safe9: an acted self-harm phrase that is not a figure of speech and does not lie inside someone else's weapon
     * held to the writer's body ("he held a knife to my throat" holds "a knife to my throat", which is also how a
     * blade to her own throat is written): that is danger now from another person, read as such above.
     */
    private static boolean ownActs(AnalysedText t, int filters) {
        for (int at = t.nextAffirmed(ACTED, filters, 0), end = t.lastEnd; at >= 0;
             at = t.nextAffirmed(ACTED, filters, end), end = t.lastEnd) {
            if (!t.occursInClause(FIGURATIVE, at) && !insideOthersWeapon(t, at, end)) {
                return true;
            }
        }
        return false;
    }

    /** Does a match of someone else's weapon held to the writer's body cover [start, end)? */
    private static boolean insideOthersWeapon(AnalysedText t, int start, int end) {
        boolean[] inside = {false};
        t.forEachMatch(OTHERS_WEAPON, t.sentenceStartOf(start), t.sentenceEndOf(start), m -> {
            inside[0] |= m.start() <= start && end <= m.end();
            return !inside[0];
        });
        return inside[0];
    }

    /** A firing pair of the concept grammar whose clause is not a figure of speech. */
    private static boolean literalPair(AnalysedText t, ConceptGrammar.Pair pair, int filters) {
        int at = pair.at(t, filters);
        return at >= 0 && !t.occursInClause(FIGURATIVE, at);
    }

    /** Where the concept grammar reads an assault on the writer (or someone they speak for), or -1; sets lastEnd. */
    private static int assaultByGrammar(AnalysedText t) {
        for (ConceptGrammar.Pair pair : new ConceptGrammar.Pair[] {ConceptGrammar.ASSAULT_INCAPACITY,
                ConceptGrammar.ASSAULT_GOING_ON}) {
            int at = pair.at(t);
            if (at >= 0 && !t.occursInSentence(PARTNER_FORCE, at)) {
                return at;
            }
        }
        return -1;
    }

    /** A match of the term that is not inside a figure of speech in its clause. */
    private static boolean literal(AnalysedText t, Term term, int filters) {
        for (int at = t.nextAffirmed(term, filters, 0), end = t.lastEnd; at >= 0;
             at = t.nextAffirmed(term, filters, end), end = t.lastEnd) {
            if (!t.occursInClause(FIGURATIVE, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The reply for suicidal thoughts without immediate danger: someone to talk to now first, and the emergency
     * number if that changes. The level stays EMERGENCY. (NHS "Help for suicidal thoughts"; Samaritans.)
     */
    static String thoughtsReply(SafetyContacts contacts) {
        return "**Please talk to someone now: you can call " + contacts.crisisLine() + ".** They listen, and you don't "
                + "have to be at breaking point to call.\n\n"
                + "If you feel you might act on these thoughts, or you have already hurt yourself, call "
                + contacts.emergencyNumber() + " now or go to the nearest emergency department.\n\n"
                + "Until you're talking to someone, stay with a person you trust if you can, and move away from "
                + "anything you could use to hurt yourself.\n\n"
                + "You don't have to go through this alone.";
    }

    @Override
    public Optional<String> advice(String category, TriageLevel level, SafetyContacts contacts) {
        return Optional.ofNullable(switch (category) {
            // Acted on or in danger now: the emergency number comes first in the reply (SeekCareMessages).
            case "self_harm" -> level == TriageLevel.EMERGENCY
                    ? "If you have taken something or hurt yourself, tell them what and when. Stay with someone "
                    + "you trust, and move away from anything you could use to hurt yourself. When you can, you can "
                    + "also talk to " + contacts.crisisLine() + "."
                    : "**Support is there for you:** you can talk to " + contacts.crisisLine() + " any time, day or "
                    + "night, and a GP can help you find ongoing support. If those thoughts come back strongly, call "
                    + contacts.emergencyNumber() + ".";
            case "danger_now" -> "If you can, get to a safe place first: a locked room, a neighbour, a public place. "
                    + "If it isn't safe to speak, stay on the line; in some countries you can text the emergency number.";
            // Options with time limits after a recent assault: NHS "Help after rape and sexual assault"; BASHH PEP
            // guideline (start within 72 hours); FSRH emergency contraception (copper IUD up to 5 days, pills up to
            // 3 or 5 days); SARCs offer forensic examination without a police report (best within 7 days).
            case "sexual_assault" -> level == TriageLevel.EMERGENCY ? null
                    : "**What happened was not your fault, and the choices from here are yours.** If it was in the "
                    + "last few days, some options have time limits: emergency contraception (the coil works up to 5 "
                    + "days after, the pill up to 3 or 5 days); medicine to prevent HIV (PEP), which has to start "
                    + "within 72 hours, from a sexual health clinic or A&E; and a sexual assault referral centre, which "
                    + "can check you, test for infections and, only if you want, keep forensic evidence without you "
                    + "reporting to the police. You can talk it through with " + contacts.sexualAssaultLine()
                    + ". If you're writing for your partner, these choices are theirs: believe them and let them decide.";
            case "past_sexual_assault" -> "**Thank you for trusting me with this. What happened was not your fault.** "
                    + "It makes sense if your body still protects itself. Going slower is right: choose steps that "
                    + "feel safe, stop whenever you need to, and have support alongside practice, such as a therapist "
                    + "who works with trauma (your GP can refer you). Support lines help long after an assault too: "
                    + contacts.sexualAssaultLine() + ".";
            // Firm, not shaming: stop, their safety and consent first, and where to get help to change.
            // (Respect's guidance for people who are harming a partner; NHS on consent.)
            case "partner_used_force" -> "**Please stop any sexual contact now.** When your partner says stop, "
                    + "tenses, cries or pulls away, that is a no, and going on after a no is not okay, whatever the "
                    + "reason. Their safety and consent come first; pressure or force makes the fear and the pain of "
                    + "vaginismus worse, not better. Telling someone is a real first step: you can talk in confidence "
                    + "to " + contacts.harmedPartnerLine() + ". If your partner is hurt, or wants support, they can "
                    + "contact " + contacts.sexualAssaultLine() + ", and the choice is theirs.";
            case "abuse_or_coercion" -> level == TriageLevel.EMERGENCY ? null
                    : "**You deserve to feel safe.** No one should force, hurt, threaten or pressure you. You can "
                    + "talk in confidence to " + contacts.abuseLine() + ". If you are ever in danger, call "
                    + contacts.emergencyNumber() + ".";
            default -> null;
        });
    }
}
