package org.safepace.bot.dialogue;

import java.util.regex.Pattern;

/**
 * The sharp half of understanding: deterministic patterns kept only where they are sharper than meaning (exact
 * commands and short fixed phrases, prompt-attack markers, medicine names and doses, explicit pressure wording).
 * Checked in order of what must win: requests to pressure a partner (even inside a jailbreak), attempts to change
 * the bot's rules, medicines and diagnoses, then the small talk and requests that need no guidance, then follow-ups;
 * anything else is QUESTION, which leaves the decision to the example banks.
 */
final class IntentClassifier {

    private static final Pattern PROMPT_INJECTION = Pattern.compile(String.join("|",
            "\\bignore (?:all |any |the |your |my )?(?:previous |prior |above |earlier )?(?:instructions|rules|prompts?|guidelines)",
            "\\b(?:system|initial|hidden|original) (?:prompt|instructions|message)",
            "\\b(?:reveal|show|print|repeat|tell me|give me|what are|what is|output) (?:me )?(?:your|the) (?:prompt|instructions|rules|system prompt|guidelines|configuration)",
            "\\byou(?:'re| are) now\\b", "\\bpretend (?:to be|you are)\\b", "\\bact as (?:a|an|my)\\b",
            "\\bdeveloper mode\\b", "\\bjailbreak", "\\bdisregard (?:your|the|all)\\b", "\\bnew instructions\\b",
            "\\brepeat (?:the|everything) (?:text |words )?above\\b", "\\bDAN\\b",
            "^system\\s*:", "\\b(?:safety |your )?(?:rules|filters|guidelines|restrictions) (?:are |have been |now )?(?:disabled|switched off|turned off|removed|lifted)\\b",
            "\\b(?:repeat|paste|print) (?:them|it|those|your instructions) (?:word for word|exactly|verbatim)\\b",
            "\\bfor (?:a|my) (?:novel|story|book|script|screenplay|role ?play|fanfic)\\b.{0,40}\\b(?:describe|write|explain)\\b"));

    private static final String THEM = "(?:her|him|them|my (?:wife|girlfriend|gf|fianc[eé]e?|partner|husband|boyfriend|spouse))";

    /** A partner asking how to pressure, persuade or get around a "no". */
    private static final Pattern CONSENT_BOUNDARY = Pattern.compile(String.join("|",
            "\\b(?:convince|persuade|pressure|pressurise|pressurize|make|force|talk|guilt|trick|coax|push) " + THEM
                    + " (?:in)?to (?:have sex|sleep with|let me|do it|try|go further|put up with|have intercourse|penetrat)",
            "\\bget " + THEM + " to (?:have sex|sleep with me|let me|give in|do it)",
            "\\b(?:get|work) (?:a)?round (?:her|his|their) (?:no|consent|boundaries|refusal|saying no)",
            "\\b(?:even if|even though|when) (?:she|he|they) (?:says?|said) no\\b",
            "\\bwithout (?:her|his|their) (?:consent|permission|knowing|agreeing)",
            "\\bwhile (?:she|he|they)(?:'s| is| are| was)? (?:asleep|sleeping|drunk|passed out)",
            "\\bget " + THEM + " drunk\\b",
            "\\b(?:she|he) owes me\\b",
            "\\bhow (?:can|do|could) i (?:make|force) " + THEM + "\\b"));

    private static final Pattern MEDICATION = Pattern.compile(String.join("|",
            "\\b(?:dose|dosage|doses|mg|milligrams?)\\b",
            "\\bhow (?:much|many) (?:\\w+ )?(?:should i take|can i take|tablets|pills)",
            "\\bprescri(?:be|ption)",
            "\\b(?:valium|diazepam|botox|lidocaine|lignocaine|amitriptyline|gabapentin|pregabalin|muscle relaxants?|numbing cream|antidepressants?|ibuprofen|paracetamol|painkillers?)\\b",
            "\\bwhich (?:medicine|medication|drug|pill|tablet)",
            "\\b(?:can|could|would|will) you (?:please )?diagnose\\b", "\\bdiagnose me\\b",
            "\\bdo i (?:really )?have (?:vaginismus|vulvodynia|vestibulodynia|endometriosis|an infection|thrush|lichen)",
            "\\bis (?:it|this|that) (?:vaginismus|vulvodynia|vestibulodynia|endometriosis|an infection|thrush|cancer)\\??$",
            "\\bwhat(?:'s| is) wrong with (?:my body|my vagina)"));

    private static final Pattern GREETING = Pattern.compile(
            "^(?:hi+|hello|hey+|hiya|heya|yo|good (?:morning|afternoon|evening)|greetings|howdy)(?: there| safepace| bot)?[!. ]*$");
    private static final Pattern THANKS = Pattern.compile(
            "^(?:thanks?(?: you)?|thank u|thx|ty|cheers|many thanks|thanks a lot|that (?:helps|helped)|that's helpful|ok thanks?|okay thanks?)(?: so much| a lot| very much)?[!. ]*$");
    private static final Pattern GOODBYE = Pattern.compile(
            "^(?:bye|goodbye|good ?night|see you|see ya|that's all|that is all|night|ttyl|cya)(?: for now| then)?[!. ]*$");
    private static final Pattern CAPABILITIES = Pattern.compile(String.join("|",
            "\\bwhat (?:can|do) you (?:do|help with|know)", "\\bhow can you help\\b", "^(?:help|menu|\\?)[!. ]*$",
            "\\bwho are you\\b", "\\bwhat are you\\b", "\\bare you (?:a )?(?:bot|robot|real|human|ai)\\b",
            "\\bwhat (?:topics|questions) can i ask\\b"));
    private static final Pattern ASK_FOR_PERSON = Pattern.compile(String.join("|",
            "\\b(?:speak|talk|chat) (?:to|with) (?:a |an |the |someone|somebody|a real|real)?\\s*(?:person|human|someone|somebody|doctor|nurse|physio|therapist|clinic|team|staff|clinician|receptionist)",
            "\\b(?:real|actual) (?:person|human)\\b", "\\b(?:contact|call|phone|ring|reach|email) (?:the|your) (?:clinic|team|practice|office)",
            "\\b(?:clinic|your|the) (?:phone number|opening hours|opening times|hours)\\b", "\\bare you open\\b",
            "\\b(?:is|when is|when does) the clinic (?:open|close)", "\\b(?:book|make|get|schedule) (?:an |a )?(?:appointment|consultation|session)"));

    /** Short messages that lean on the previous topic. */
    private static final Pattern FOLLOW_UP = Pattern.compile(
            "^(?:and|but|so|ok(?:ay)?,?|then)?\\s*(?:how (?:many|often|long|much|do i do (?:that|it|this))(?: times)?(?: a| per)?(?: day| week| session)?|and then|then what|what next|what's next|what now|next|why|why\\?|how|how so|really|tell me more|more|go on|what does that mean|can you explain(?: that| more)?|explain|what about (?:after|before|then)|for how long|when|what if it hurts|is that normal|is that ok(?:ay)?|and after that|after that)\\s*[?!.]*$");

    /**
     * A feeling the writer names about themselves ("i feel so guilty", "i'm terrified"): sharper than meaning, which
     * weighs the topic words of a long message more than the one word that says how it feels. Third person ("my wife
     * is scared") and negation ("i'm not scared") do not match.
     */
    private static final String FIRST_PERSON = "\\bi(?:'m| am| feel| felt| was| have been| 've been| get| got)"
            + "(?: so| really| very| just| a bit| kind of| quite| too| always| honestly| completely| feeling)* ";
    private static final java.util.Map<Feeling, Pattern> NAMED_FEELINGS = new java.util.LinkedHashMap<>();

    static {
        NAMED_FEELINGS.put(Feeling.SHAME, Pattern.compile(FIRST_PERSON + "(?:ashamed|embarrassed|humiliated|mortified)\\b"));
        NAMED_FEELINGS.put(Feeling.GUILT, Pattern.compile(FIRST_PERSON + "guilty\\b"));
        NAMED_FEELINGS.put(Feeling.SADNESS, Pattern.compile(FIRST_PERSON + "(?:hopeless|sad|depressed|heartbroken|devastated|lonely)\\b"));
        NAMED_FEELINGS.put(Feeling.FEAR, Pattern.compile(FIRST_PERSON + "(?:scared|afraid|terrified|frightened|anxious|nervous|panicky)\\b"));
        NAMED_FEELINGS.put(Feeling.FRUSTRATION, Pattern.compile(FIRST_PERSON + "(?:frustrated|fed up|annoyed|angry)\\b"));
    }

    /** The first feeling the writer names about themselves, in the order above. */
    java.util.Optional<Feeling> namedFeeling(String text) {
        return NAMED_FEELINGS.entrySet().stream().filter(e -> e.getValue().matcher(text).find())
                .map(java.util.Map.Entry::getKey).findFirst();
    }

    Intent classify(String text) {
        if (CONSENT_BOUNDARY.matcher(text).find()) {
            return Intent.CONSENT_BOUNDARY;
        }
        if (PROMPT_INJECTION.matcher(text).find()) {
            return Intent.PROMPT_INJECTION;
        }
        if (MEDICATION.matcher(text).find()) {
            return Intent.MEDICATION_OR_DIAGNOSIS;
        }
        if (GREETING.matcher(text).matches()) {
            return Intent.GREETING;
        }
        if (THANKS.matcher(text).matches()) {
            return Intent.THANKS;
        }
        if (GOODBYE.matcher(text).matches()) {
            return Intent.GOODBYE;
        }
        if (CAPABILITIES.matcher(text).find()) {
            return Intent.CAPABILITIES;
        }
        if (ASK_FOR_PERSON.matcher(text).find()) {
            return Intent.ASK_FOR_PERSON;
        }
        if (FOLLOW_UP.matcher(text).matches()) {
            return Intent.FOLLOW_UP;
        }
        return Intent.QUESTION;
    }
}
