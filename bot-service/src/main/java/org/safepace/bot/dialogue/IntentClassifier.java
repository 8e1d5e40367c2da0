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

    /** A partner in the third person ("a partner", "his wife"), as a request about someone else words it. */
    private static final String OTHERS = "(?:her|him|them|(?:a|his|her|their|your|my|the) (?:wife|girlfriend|gf|fianc[eé]e?|partner|husband|boyfriend|spouse|woman|girl))";
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
            "\\bhow (?:can|do|could) i (?:make|force) " + THEM + "\\b",
            // An ultimatum or a deadline the asker sets ("sex by christmas or we're done"); not one they were given.
            "\\b(?:give|giving|set|setting) " + THEM + " an? (?:ultimatum|deadline)\\b",
            "\\b(?:should i|i'll|i will|i'm going to|im going to|thinking of|i told|i said|can i) (?:give|tell|telling|say to|issue) "
                    + THEM + "\\b.{0,60}\\bor (?:we're|we are|i'm|im|it's|i'll|i will|we) (?:done|finished|over|leaving|gone|leave|split|break up)\\b",
            // Requests about someone else's partner, as jailbreaks and "for a story" wrappers word them.
            "\\bhow (?:to|(?:can|do|could|would) (?:i|you|someone|a man|a woman|a husband|a partner)) (?:make|force|get) "
                    + OTHERS + " (?:to )?(?:have sex|sleep with|do it|give in)",
            "\\b(?:describe|write|explain|tell me)\\b.{0,40}\\bforc(?:e|es|ed|ing) " + OTHERS + "\\b"));

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

    /** Translation requests: a greeting inside one ("translate good morning") is not a greeting. */
    private static final String LANGUAGES = "(?:english|spanish|french|german|italian|portuguese|arabic|japanese|chinese|mandarin|hindi|urdu|turkish|polish|russian|dutch|korean|greek)";
    private static final Pattern TRANSLATION = Pattern.compile("\\btranslat(?:e|ion)\\b|\\b(?:in|into|to) " + LANGUAGES
            + "\\b.{0,15}$|\\bhow (?:do|would|can) you say\\b.*\\bin " + LANGUAGES + "\\b");

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

    /** Texting drops the "I": "so scared our ...", "kinda freaking out" at the start of a sentence. */
    private static final String NO_SUBJECT = "(?:^|[.!?,;]\\s*)(?:so |really |very |kinda |kind of |super |honestly |just |a bit |a little |bit |lowkey |pretty |quite |tbh )*";
    private static final String FEARS = "(?:scared|afraid|terrified|frightened|anxious|nervous|panicky|petrified|freaking out|panicking)\\b";

    static {
        // First, so no other named feeling hides it: the person herself weighing up putting up with pain ("maybe i
        // should just bear the pain"); not a refusal ("i will never put up with pain").
        NAMED_FEELINGS.put(Feeling.ENDURING_PAIN, Pattern.compile(
                "\\bi\\b(?:'d|'ll| should| could| will| would| just| have to| might| can)?(?: just| maybe| probably| honestly)*"
                        + " (?<!never |not |n't )(?:put up with|bear|endure|tolerate|push(?:ed)? through|suffer through|grit my teeth through|ignore)"
                        + " (?:the |some |a bit of |a little |it )?(?:pain|hurt(?:ing)?)\\b"));
        NAMED_FEELINGS.put(Feeling.SHAME, Pattern.compile(FIRST_PERSON + "(?:ashamed|embarrassed|humiliated|mortified)\\b"));
        NAMED_FEELINGS.put(Feeling.GUILT, Pattern.compile(FIRST_PERSON + "guilty\\b"
                + "|\\bi (?:(?:keep|always|just|end up|still) )*(?:apologi[sz](?:e|ing)|say(?:ing)? sorry)\\b"));
        NAMED_FEELINGS.put(Feeling.SADNESS, Pattern.compile(FIRST_PERSON + "(?:hopeless|sad|depressed|heartbroken|devastated|lonely)\\b"
                + "|\\bi(?:'ve| have) (?:\\w+ )?given up\\b|\\bi (?:just |honestly )?give up\\b"
                + "|\\bi(?:'m| am) never going to (?:get better|be normal|get there|be cured)\\b"
                + "|\\b(?:is there|there's|there is|any|no|lost all|lost|losing|given up) (?:\\w+ )?hope\\b"));
        NAMED_FEELINGS.put(Feeling.FEAR, Pattern.compile(FIRST_PERSON + FEARS + "|" + NO_SUBJECT + FEARS));
        NAMED_FEELINGS.put(Feeling.FRUSTRATION, Pattern.compile(FIRST_PERSON + "(?:frustrated|fed up|annoyed|angry)\\b"));
        // Others asking about children: the topic words of such a story outweigh the pressure it describes.
        NAMED_FEELINGS.put(Feeling.FAMILY_PRESSURE, Pattern.compile(
                "\\b(?:in-?laws?|in law|mil|mum|mom|mother|dad|father|parents|family|relatives|aunt\\w*|grand\\w+|everyone|people)\\b"
                        + ".{0,60}\\b(?:ask\\w*|hint\\w*|comment\\w*|question\\w*|nag\\w*|pressur\\w*|jok\\w*|expect\\w*)\\b"
                        + ".{0,50}\\b(?:grand(?:child|children|kids?|baby|babies|ma|pa|mother|father)|bab(?:y|ies)|kids|children|pregnan\\w*)\\b"));
    }

    /**
     * Whether the message asks something (a question mark, or a clause that opens like a question): a feeling that
     * comes with a question is acknowledged briefly and the question answered, not only the feeling met.
     */
    private static final Pattern ASKS = Pattern.compile("\\?|(?:^|[.!,;:]\\s*|\\b(?:but|and|so|like|ok|honestly|tbh|then|just) )"
            + "(?:how|what|whats|what's|wat|why|when|where|which|who|is|are|am|do|does|did|can|could|should|would|will"
            + "|won't|isn't|has|have|any|anyone|hows|how's)\\b");

    boolean asksSomething(String text) {
        return ASKS.matcher(text).find();
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
        if (TRANSLATION.matcher(text).find()) {
            return Intent.OFF_TOPIC;
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
