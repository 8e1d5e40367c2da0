package org.safepace.bot.safety;

import static org.safepace.bot.safety.AnalysedText.ALL;
import static org.safepace.bot.safety.AnalysedText.HYPOTHETICAL;
import static org.safepace.bot.safety.AnalysedText.NEGATION;

import java.util.Optional;
import org.safepace.bot.safety.AnalysedText.Term;

/**
 * Crisis: thoughts of suicide or self-harm and danger right now are emergencies; a disclosure of rape or sexual
 * assault and a partner who forces, hits or threatens mean support and care. Suicidal thoughts count even when framed
 * as "what if" (that framing is common in real distress); an assault disclosure counts however long ago it was.
 */
final class CrisisRules implements RuleFamily {

    static final Term SELF_HARM = Term.near(3, "\\b(?:suicid(?:e|al)|kill(?:ing)? (?:my|her)self|take (?:my|her) (?:own )?life"
            + "|end(?:ed|ing|s)? (?:it all|my life|her life|everything)"
            + "|(?:want|wanted|wanting|going|think|thinking|thought|thoughts|plan|planning|ready|decided) (?:to |about |of )?"
            + "end(?:ing)? (?:it|things)(?! with| off| there| here| for| early| now| at| after| when)"
            + "|(?:wants?|wanted|wanting|going|wish|wishes) (?:to )?(?:die|be dead|not be here|disappear forever)(?! of| laughing)"
            + "|wanna die|better off dead|better off without me|no (?:reason|point) (?:to live|in living|going on)"
            + "|(?:don't|do not) want to (?:live|be alive|be here anymore|wake up)|not want(?:ing)? to wake up"
            + "|self[- ]?harm\\w*|(?:hurt|harm|cut|cutting|burn|hurting|harming) (?:my|her)self"
            + "(?! (?:with|using|by accident|accidentally|on|during|while|when|trying|inserting|putting))"
            + "|overdos(?:e|ed|ing)|(?:can't|cannot) go on (?:anymore|any more|living|like this))\\b",
            "suicid", "kill", "life", "end", "want", "going", "wish", "wanna", "dead", "without", "reason", "point",
            "self", "myself", "herself", "overdos", "can't")
            .startingWith(
            "suicid", "kill", "take", "end", "want", "going", "think", "thought", "plan", "ready", "decided", "wish",
            "wanna", "better", "no", "don't", "do", "not", "self", "hurt", "harm", "cut", "burn", "overdos", "can't");

    static final Term DANGER_NOW = Term.near(3, "\\b(?:(?:i'm|i am|she's|she is|we're|we are) in danger|in danger (?:right )?now"
            + "|(?:not|isn't|don't feel|doesn't feel) safe (?:right )?now|(?:going to|gonna|will|\\w+'ll|threaten(?:s|ed|ing)? to"
            + "|said he'd|said she'd|says he'll|says she'll) (?:kill|hurt|beat|stab|strangle) (?:me|her|us)"
            + "|afraid for my life|scared for my life|fear for my life|he's (?:outside|coming back|on his way|here) and"
            + "|(?:locked|trapped) (?:me )?in|help me(?: please)? he|he has a (?:knife|gun|weapon)|she has a (?:knife|gun|weapon))\\b",
            "danger", "safe", "kill", "hurt", "beat", "stab", "strangle", "life", "he's", "locked", "trapped",
            "help", "knife", "gun", "weapon")
            .startingWith(
            "i'm", "i", "she's", "she", "we're", "we", "in", "not", "isn't", "don't", "doesn't", "going", "gonna",
            "will", "threaten", "said", "says", "afraid", "scared", "fear", "he's", "locked", "trapped", "help",
            "he", "he'll", "she'll", "they'll");

    static final Term SEXUAL_ASSAULT = Term.near(2, "\\b(?:rap(?:e|ed|ist|ing)|sexual(?:ly)? (?:assault(?:ed)?|abused?|attacked)"
            + "|assaulted me|molest(?:ed|ation|ing)?|date rape|spiked"
            + "|forced (?:me|her|himself on me|himself on her|herself on me)(?: to have sex| into sex| into having sex)?"
            + "|made me have sex|(?:didn't|did not|wouldn't|would not) stop when (?:i|she) (?:said|told him|asked)"
            + "|without (?:my|her) consent|non-?consensual|against (?:my|her) will|took advantage of me while"
            + "|while i was (?:asleep|drunk|unconscious|passed out))\\b",
            "rap", "sexual", "assaulted", "molest", "spiked", "forced", "made", "stop", "consent", "non", "against",
            "advantage", "while")
            .startingWith(
            "rap", "sexual", "assaulted", "molest", "date", "spiked", "forced", "made", "didn't", "did", "wouldn't",
            "would", "without", "non", "against", "took", "while");

    private static final String PARTNER = "(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|fianc[e]e?|spouse"
            + "|bf|gf|ex)";

    private static final String VIOLENT = "(?:forces?|forced|forcing|hits?|hitting|beats?|beat|slaps?|slapped"
            + "|punch(?:es|ed)?|kicks?|kicked|threatens?|threatened|threatening|chokes?|choked|strangled?|strangles"
            + "|pushes|pushed|shoves?|shoved|pressur(?:es|ed|ing)|coerc\\w*|blackmail\\w*|controls|grab(?:s|bed)"
            + "|abuses|abused|rapes|raped|bullies|bullied|intimidates|scares)";

    static final Term ABUSE = Term.near(4, "\\b(?:" + PARTNER + " " + Lexicon.GAP0_2 + "" + VIOLENT + " (?:me|her|him|us)(?! away)"
            + "|" + PARTNER + " " + Lexicon.GAP0_2 + "(?:hurts?|hurting) (?:me|her) (?:on purpose|deliberately)"
            + "|" + PARTNER + " " + Lexicon.GAP0_2 + "(?:won't|doesn't|does not|will not|never) takes? no"
            + "|" + PARTNER + " " + Lexicon.GAP0_2 + "gets? (?:angry|violent|nasty|aggressive|furious) (?:when|if) (?:i|she)"
            + " (?:say|said|says|refuse|refuses|don't|do not)"
            + "|(?:will|would|\\w+'ll|is going to|threatens to|threatened to) (?:leave|dump|cheat on) (?:me|her) if"
            + "|(?:scared|afraid|frightened|terrified) of (?:my |her )?(?:partner|husband|wife|boyfriend"
            + "|girlfriend|fianc[e]e?|him|spouse)|(?:not|don't feel|doesn't feel) safe (?:at home|with (?:him|her|my))"
            + "|puts? (?:a lot of )?pressure on me|domestic (?:abuse|violence)|abusive|abuses me"
            + "|i (?:forced|pressured|made|pushed) (?:her|him|my (?:wife|partner|girlfriend|fiancee))(?: to| into)? "
            + "(?:have )?sex)\\b",
            "forc", "hit", "beat", "slap", "punch", "kick", "threat", "chok", "strangl", "push", "shov", "pressur",
            "coerc", "blackmail", "control", "grab", "abus", "rape", "bull", "intimidat", "scare", "hurt", "take",
            "get", "leave", "dump", "cheat", "afraid", "frightened", "terrified", "safe", "domestic", "made")
            .startingWith(
            "he", "she", "they", "partner", "husband", "wife", "boyfriend", "girlfriend", "fianc", "spouse", "bf",
            "gf", "ex", "will", "would", "he'll", "she'll", "they'll", "is", "threat", "scared", "afraid",
            "frightened", "terrified", "not", "don't", "doesn't", "put", "domestic", "abus", "i");

    @Override
    public Finding evaluate(AnalysedText t) {
        Finding.Builder found = new Finding.Builder();
        if (t.affirmed(SELF_HARM, NEGATION | AnalysedText.HISTORY)) {
            found.add(TriageLevel.EMERGENCY, "self_harm", "crisis.self_harm");
        } else if (t.affirmed(SELF_HARM, NEGATION)) {
            // Past self-harm: not an emergency, but the support line belongs in the reply.
            found.add(TriageLevel.SEEK_CARE, "self_harm", "crisis.self_harm_history");
        }
        if (t.affirmed(DANGER_NOW, NEGATION)) {
            found.add(TriageLevel.EMERGENCY, "danger_now", "crisis.danger_now");
        }
        if (t.affirmed(SEXUAL_ASSAULT, NEGATION | HYPOTHETICAL)) {
            found.add(TriageLevel.SEEK_CARE, "sexual_assault", "crisis.sexual_assault");
        }
        if (t.affirmed(ABUSE, ALL)) {
            found.add(TriageLevel.SEEK_CARE, "abuse_or_coercion", "crisis.abuse_or_coercion");
        }
        return found.build();
    }

    @Override
    public Optional<String> advice(String category, TriageLevel level, SafetyContacts contacts) {
        return Optional.ofNullable(switch (category) {
            case "self_harm" -> level == TriageLevel.EMERGENCY
                    ? "If you can't make that call, go to the nearest emergency department, or contact "
                    + contacts.crisisLine() + " now. Stay with someone you trust, and move away from anything you "
                    + "could use to hurt yourself."
                    : "**Support is there for you:** you can talk to " + contacts.crisisLine() + " any time, day or "
                    + "night, and a GP can help you find ongoing support. If those thoughts come back strongly, call "
                    + contacts.emergencyNumber() + ".";
            case "danger_now" -> "If you can, get to a safe place first: a locked room, a neighbour, a public place. "
                    + "If it isn't safe to speak, stay on the line; in some countries you can text the emergency number.";
            case "sexual_assault" -> level == TriageLevel.EMERGENCY ? null
                    : "**What happened to you was not your fault.** You can talk to " + contacts.sexualAssaultLine()
                    + ". They listen without judging and can explain your options, including a check-up and, if it "
                    + "was recent, keeping evidence, without you having to decide anything now. There's no need to "
                    + "think about practice at the moment.";
            case "abuse_or_coercion" -> level == TriageLevel.EMERGENCY ? null
                    : "**You deserve to feel safe.** No one should force, hurt, threaten or pressure you. You can "
                    + "talk in confidence to " + contacts.abuseLine() + ". If you are ever in danger, call "
                    + contacts.emergencyNumber() + ".";
            default -> null;
        });
    }
}
