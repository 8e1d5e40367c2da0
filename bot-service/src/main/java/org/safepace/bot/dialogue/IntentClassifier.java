package org.safepace.bot.dialogue;

import java.util.regex.Pattern;
import org.safepace.bot.text.Regex;

/**
 * The sharp half of understanding: deterministic patterns kept only where they are sharper than meaning (exact
 * commands and short fixed phrases, prompt-attack markers, medicine names and doses, explicit pressure wording).
 * Checked in order of what must win: requests to pressure a partner (even inside a jailbreak), attempts to change
 * the bot's rules, medicines and diagnoses, then the small talk and requests that need no guidance, then follow-ups;
 * anything else is QUESTION, which leaves the decision to the example banks.
 */
final class IntentClassifier {

    private static final Pattern PROMPT_INJECTION = Regex.compile(String.join("|",
            "\\bignore (?:all |any |the |your |my )?(?:previous |prior |above |earlier )?(?:instructions|rules|prompts?|guidelines)",
            "\\b(?:system|initial|hidden|original) (?:prompt|instructions|message)",
            "\\b(?:reveal|show|print|repeat|tell me|give me|what are|what is|output) (?:me )?(?:your|the) (?:prompt|instructions|rules|system prompt|guidelines|configuration)(?! (?:for|of|about|on|when) )",
            "\\byou(?:'re| are) now\\b", "\\bpretend (?:to be|you are)\\b", "\\bact as (?:a|an|my)\\b",
            "\\b(?:developer|debug|admin|maintenance|god|unrestricted|unfiltered|unlocked) mode\\b",
            "\\b(?:setup|set-up|hidden|secret|internal) (?:text|instructions|prompt|settings)\\b", "\\bjailbreak", "\\bdisregard (?:your|the|all)\\b", "\\bnew instructions\\b",
            "\\brepeat (?:the|everything) (?:text |words )?above\\b", "\\bDAN\\b",
            "^system\\s*:", "\\b(?:safety |your )?(?:rules|filters|guidelines|restrictions) (?:are |have been |now )?(?:disabled|switched off|turned off|removed|lifted)\\b",
            "\\b(?:repeat|paste|print) (?:them|it|those|your instructions) (?:word for word|exactly|verbatim)\\b",
            "\\bfor (?:a|my) (?:novel|story|book|script|screenplay|role ?play|fanfic)\\b.{0,40}\\b(?:describe|write|explain)\\b",
            // A new persona or the rules set aside, however politely asked ("for this chat you are Doc", "you're
            // allowed to bypass your guidelines", "answer without the usual disclaimers").
            "\\bfor (?:this|the rest of this|our) (?:conversation|chat|session)\\b.{0,20}\\byou(?:'re| are| will be| will act)\\b",
            "\\bwith no (?:limits|restrictions|filters|rules|boundaries)\\b.{0,40}\\b(?:answers?|anything|everything)\\b|\\bif you (?:had|have|didn't have) no (?:rules|restrictions|filters|limits)\\b",
            "\\b(?:bypass|override|drop|skip|turn off|switch off|disable|break) (?:all |your |the |any )?(?:usual |safety |content )?(?:rules|guidelines|filters|restrictions|disclaimers|safeguards)\\b",
            "\\b(?:answer|reply|respond|talk)\\b.{0,20}\\bwithout (?:the |your |any )?(?:usual )?(?:disclaimers|filters|restrictions|rules|guidelines)\\b"));

    /** A partner in the third person ("a partner", "his wife"), as a request about someone else words it. */
    private static final String OTHERS = "(?:her|him|them|(?:a|his|her|their|your|my|the) (?:" + PartnerWords.ALTERNATION + "|woman|girl))";
    /** What a partner holds back from, as a request to move them past it words it. */
    private static final String HELD_BACK = "(?:have sex|sleep with me|go through with it|let me(?! (?:help|know|support|be there|hold|comfort))"
            + "|keep going|carry on|push (?:past|through)|not stop|stop (?:stopping|saying no|pulling away|making excuses|being so (?:precious|difficult|dramatic|uptight|frigid|stubborn))"
            + "|give in|go further|put out|on board|agree to (?:sex|try|it))";
    private static final String THEM = "(?:her|him|them|my (?:" + PartnerWords.ALTERNATION + "))";

    /** A partner asking how to pressure, persuade or get around a "no". */
    private static final Pattern CONSENT_BOUNDARY = Regex.compile(String.join("|",
            "\\b(?:convince|persuade|pressure|pressurise|pressurize|make|force|talk|guilt|trick|coax|push) " + THEM
                    + " (?:in)?to (?:have sex|sleep with|let me|do it|try|go further|put up with|have intercourse|penetrat)",
            "\\bget " + THEM + " to (?:have sex|sleep with me|let me|give in|do it)",
            "\\b(?:get|work) (?:a)?round (?:her|his|their) (?:no|consent|boundaries|refusal|saying no)",
            "\\b(?:even if|even though|when) (?:she|he|they) (?:says?|said) no\\b",
            "\\bwithout (?:her|his|their) (?:consent|permission|knowing|agreeing)",
            "\\bwhile (?:she|he|they)(?:'s| is| are| was)? (?:asleep|sleeping|drunk|passed out)",
            "\\bget " + THEM + " drunk\\b",
            // Said by the writer, not a belief of the partner's the writer wants to undo ("i don't want her to feel she owes me", "that doesn't mean she owes me").
            "(?<!(?:feels?|feel like|thinks?|believes?|worries|worried|that|mean) )\\b(?:she|he) owes me\\b",
            // Not "how do i make her feel safe": making someone feel safe or loved is support, not pressure.
            "\\bhow (?:can|do|could) i (?:make|force) " + THEM + "\\b(?! feel (?:safe|safer|comfortable|loved|supported"
                    + "|respected|heard|cared for|at ease|less (?:anxious|scared|alone|guilty|pressured|pressure))|\\s" + StanceReader.REASSURED + ")",
            // An ultimatum or a deadline the asker sets ("sex by christmas or we're done"); not one they were given.
            "\\b(?:give|giving|set|setting) " + THEM + " an? (?:ultimatum|deadline)\\b",
            "\\b(?:should i|i'll|i will|i'm going to|im going to|thinking of|i told|i said|can i) (?:give|tell|telling|say to|issue) "
                    + THEM + "\\b.{0,60}\\bor (?:we're|we are|i'm|im|it's|i'll|i will|we) (?:done|finished|over|leaving|gone|leave|split|break up)\\b",
            // Requests about someone else's partner, as jailbreaks and "for a story" wrappers word them.
            "\\bhow (?:to|(?:can|do|could|would) (?:i|you|someone|a man|a woman|a husband|a partner)) (?:make|force|get) "
                    + OTHERS + " (?:to )?(?:have sex|sleep with|do it|give in)",
            "\\b(?:describe|write|explain|tell me)\\b.{0,40}\\bforc(?:e|es|ed|ing) " + OTHERS + "\\b",
            // The stance, not the words: the writer moving a partner towards what the partner holds back from ("get
            // them to keep going", "convince her to not stop", "get her on board"). Not support ("get her to stop
            // feeling guilty", "let me help").
            "\\b(?:get|make|convince|persuade|talk|push|pressure|motivate|guilt|bribe|coax|manipulate) " + OTHERS
                    + " (?:(?:in)?to )?(?:\\w+ ){0,3}?" + HELD_BACK,
            // Entitlement: waiting as a debt ("how long am i supposed to wait", "expect something back", "if she
            // really loved me she would try", "she must give her husband his rights").
            "\\bhow (?:much )?long (?:am i|do i|must i|should i|will i) (?:supposed |expected |meant |going |have |need )?(?:to )?(?:wait|be patient)(?: for (?:her|him|them|sex|it))?(?: exactly| for)?\\s*(?:[?.!,]|$)",
            "\\b(?:expect|deserve|am owed|entitled to) (?:something back|anything back|something in return|sex|some sex|my rights)\\b",
            "\\bif (?:she|he|they) (?:really |truly )?(?:loved?|cared about) me,? (?:she|he|they)(?:'d| would)(?: \\w+)? (?:try|do it|have sex|sleep with me|let me)",
            "\\b(?:husband|wife|man|partner)(?:'s)? (?:his |her |their )?rights\\b|\\b(?:wife|she) (?:must|has to) (?:give|do it|have sex|let|obey)",
            // Guilt-tripping, calling out, bargaining: reasons a partner should stop saying no.
            "\\b(?:uses?|using) (?:the |her |his |their )?(?:vaginismus|pain|condition|it) as an? excuse\\b|\\bcall(?:ing)? (?:her|him|them) out\\b",
            "\\bso (?:she|he|they) (?:gets? motivated|tries? harder|actually tries|gives? in|agrees?|says? yes|(?:can't|cant|cannot) (?:really )?say no)\\b",
            "\\bif (?:she|he|they) (?:lets?|agrees? to let) me (?:try|do it|have sex|go|once)|\\bin (?:return|exchange) for (?:sex|trying|letting me)\\b",
            "\\b(?:offer(?:ed)?|promised?|buy|bought|give|gave|book(?:ed)?)\\b.{0,40}\\bif (?:she|he|they) (?:agrees?|says? yes|lets? me)\\b",
            "\\b(?:she|he|they) (?:needs? to|has to|have to|should|must) (?:try harder|make more (?:of an )?effort|put in more effort)\\b",
            "\\bso (?:she|he|they) (?:forgets?|doesn't notice|doesnt notice|won't notice|ignores?) (?:about )?(?:the )?(?:pain|hurt|it hurts)\\b",
            // Going on because a partner did not say the word ("she never actually says no").
            "\\b(?:keep|carry on|continue) (?:trying|going|pushing)\\b.{0,80}\\b(?:she|he|they) (?:never|doesn't|doesnt|does not|don't|dont) (?:actually |really )?says? (?:no|stop)\\b",
            "\\b(?:she|he|they) (?:never|doesn't|doesnt|does not|don't|dont) (?:actually |really )?says? (?:no|stop)\\b.{0,40}\\b(?:keep|carry on|continue) (?:trying|going|pushing)\\b"));

    private static final Pattern MEDICATION = Regex.compile(String.join("|",
            "\\b(?:dose|dosage|doses|mg|milligrams?)\\b",
            "\\bhow (?:much|many) (?:\\w+ )?(?:should i take|can i take|tablets|pills)",
            "\\bprescri(?:be|ption)",
            "\\b(?:valium|diazepam|botox|lidocaine|lignocaine|amitriptyline|gabapentin|pregabalin|muscle relaxants?|numbing cream|antidepressants?|ibuprofen|paracetamol|painkillers?)\\b",
            "\\bwhich (?:medicine|medication|drug|pill|tablet)",
            "\\b(?:can|could|would|will) you (?:please )?diagnose\\b", "\\bdiagnose me\\b",
            "\\bdo i (?:really )?have (?:vaginismus|vulvodynia|vestibulodynia|endometriosis|an infection|thrush|lichen)",
            // Not "is that vaginismus?" or "does that sound like vaginismus?": whether the symptoms told match what the
            // guidance describes is answered from it; "do i have it", "do you think i have it" ask for a diagnosis.
            "\\bis (?:it|this|that) (?:vulvodynia|vestibulodynia|endometriosis|an infection|thrush|cancer)\\??$",
            // Taking tablets, or how much or how often of a medicine; a diagnosis asked as "do you think it's ...".
            "\\b(?:take|taking|swallow) (?:\\w+ ){0,3}(?:tablets?|pills?)\\b|\\b(?:tablets?|pills?)\\b.{0,60}\\b(?:to take|take (?:\\d|one|two|a|some|them|it)|taking them)\\b",
            "\\bhow (?:much|often|many)\\b.{0,40}\\b(?:cream|gel|tablets?|pills?|medicines?|medication)\\b|\\b(?:cream|gel|tablets?|pills?|medicines?|medication)\\b.{0,50}\\bhow (?:much|often|many)\\b",
            "\\b(?:xanax|benzos?|benzodiazepines?|sleeping (?:pills?|tablets?)|tramadol|codeine|cbd)\\b|\\b(?:need|take|get|try) (?:some )?antibiotics\\b",
            "\\b(?:do|would) you (?:think|say) (?:it(?:'s| is)|i (?:have|might have|'ve got)|this is|that(?:'s| is))\\b.{0,30}\\b(?:vaginismus|vulvodynia|vestibulodynia|endometriosis|an infection|thrush|something else)",
            "\\b(?:does|do) (?:it|this|that|my \\w+) sound like (?:i (?:have|need|'ve got)|vulvodynia|an infection|thrush)",
            // A numbing agent asked for by what it should do ("something to numb it"), for oneself or for a partner;
            // not a question about what medicines or procedures exist, which the guidance answers.
            "\\b(?:something|anything|a cream|a gel|a spray) (?:i can \\w+ )?(?:to|that|which) (?:would |will |can )?numbs?\\b"));

    /**
     * "What's wrong with my body" asks for a diagnosis, unless it is said in distress beside a feeling (see
     * {@link #asksWhatIsWrongOnly}): then it is a cry the guidance meets ("is my body broken?").
     */
    private static final Pattern WHAT_IS_WRONG = Regex.compile("\\bwhat(?:'s| is|s) wrong with (?:my body|my vagina)");

    /** Translation requests: a greeting inside one ("translate good morning") is not a greeting. */
    private static final String LANGUAGES = "(?:english|spanish|french|german|italian|portuguese|arabic|japanese|chinese|mandarin|hindi|urdu|turkish|polish|russian|dutch|korean|greek)";
    private static final Pattern TRANSLATION = Regex.compile("\\btranslat(?:e|ion)\\b|\\b(?:in|into|to) " + LANGUAGES
            + "\\b.{0,15}$|\\bhow (?:do|would|can) you say\\b.*\\bin " + LANGUAGES + "\\b");

    private static final Pattern GREETING = Regex.compile(
            "^(?:hi+|hello|hey+|hiya|heya|yo|good (?:morning|afternoon|evening)|greetings|howdy)(?: there| safepace| bot)?[!. ]*$");
    private static final Pattern THANKS = Regex.compile(
            "^(?:thanks?(?: you)?|thank u|thx|ty|cheers|many thanks|thanks a lot|that (?:helps|helped)|that's helpful|ok thanks?|okay thanks?)(?: so much| a lot| very much)?[!. ]*$");
    private static final Pattern GOODBYE = Regex.compile(
            "^(?:bye|goodbye|good ?night|see you|see ya|that's all|that is all|night|ttyl|cya)(?: for now| then)?[!. ]*$");
    private static final Pattern CAPABILITIES = Regex.compile(String.join("|",
            "\\bwhat (?:can|do) you (?:do|help with|know)", "\\bhow can you help\\b", "^(?:help|menu|\\?)[!. ]*$",
            "\\bwho are you\\b", "\\bwhat are you\\b", "\\bare you (?:a )?(?:bot|robot|real|human|ai)\\b",
            "\\bwhat (?:topics|questions) can i ask\\b"));
    private static final Pattern ASK_FOR_PERSON = Regex.compile(String.join("|",
            "\\b(?:speak|talk|chat) (?:to|with) (?:a |an |the |someone|somebody|a real|real)?\\s*(?:person|human|someone|somebody|doctor|nurse|physio|therapist|clinic|team|staff|clinician|receptionist)",
            "\\b(?:real|actual) (?:person|human)\\b", "\\b(?:contact|call|phone|ring|reach|email) (?:the|your) (?:clinic|team|practice|office)",
            "\\b(?:clinic|your|the) (?:phone number|opening hours|opening times|hours)\\b", "\\bare you open\\b",
            "\\b(?:is|when is|when does) the clinic (?:open|close)", "\\b(?:book|make|get|schedule) (?:an |a )?(?:appointment|consultation|session)"));

    /** Short messages that lean on the previous topic. */
    private static final Pattern FOLLOW_UP = Regex.compile(
            "^(?:and|but|so|ok(?:ay)?,?|then)?\\s*(?:how (?:many|often|long|much|do i do (?:that|it|this))(?: times)?(?: a| per)?(?: day| week| session)?|and then|then what|what next|what's next|what now|next|why|why\\?|how|how so|really|tell me more|more|go on|what does that mean|can you explain(?: that| more)?|explain|what about (?:after|before|then)|for how long|when|what if it hurts|is that normal|is that ok(?:ay)?|and after that|after that)\\s*[?!.]*$");

    /**
     * A feeling the writer names about themselves ("i feel so guilty", "i'm terrified"): sharper than meaning, which
     * weighs the topic words of a long message more than the one word that says how it feels. Third person ("my wife
     * is scared") and negation ("i'm not scared") do not match.
     */
    private static final String FIRST_PERSON = "\\b(?:i(?:'m| am| feel| felt| was| have been| 've been|'ve been| get| got)|im|ive been)"
            + "(?: so| really| very| just| a bit| kind of| quite| too| always| honestly| completely| feeling)* ";
    private static final java.util.Map<Feeling, Pattern> NAMED_FEELINGS = new java.util.LinkedHashMap<>();
    private static final java.util.Map<Feeling, Pattern> IMPLIED_FEELINGS = new java.util.LinkedHashMap<>();

    /** Texting drops the "I": "so scared our ...", "kinda freaking out" at the start of a sentence. */
    private static final String NO_SUBJECT = "(?:^|[.!?,;]\\s*)(?:so |really |very |kinda |kind of |super |honestly |just |a bit |a little |bit |lowkey |pretty |quite |tbh )*";
    /** Ashamed and embarrassed, with the letters people drop or double when they type fast. */
    private static final String SHAMED = "(?:asham(?:e)?d|emb(?:a|e)r(?:r)?as(?:s)?ed|embarrased)";
    private static final String FEARS = "(?:scared|afraid|terrified|worried|frightened|anxious|nervous|panicky|petrified|freaking out|panicking)\\b";

    static {
        // First, so no other named feeling hides it: the person herself weighing up putting up with pain ("maybe i
        // should just bear the pain"); not a refusal ("i will never put up with pain").
        NAMED_FEELINGS.put(Feeling.ENDURING_PAIN, Regex.compile(
                "\\bi\\b(?:'d|'ll| should| could| will| would| just| have to| might| can)?(?: just| maybe| probably| honestly)*"
                        + " (?<!never |not |n't )(?:put up with|bear|endure|tolerate|push(?:ed)? through|suffer through|grit my teeth through|ignore)"
                        + " (?:the |some |a bit of |a little |it )?(?:pain|hurt(?:ing)?)\\b"
                        + "|\\bi(?: can| could|'ll| will|'d| would) (?:just )?(?:handle|deal with|take|live with) (?:the |some |a bit of |a little )?pain\\b"
                        // Letting it happen, or keeping quiet, while it hurts ("i'll just let her go ahead ... even if it hurts").
                        + "|\\bi\\b[^.?!]{0,30}(?<!never |not |n't )\\b(?:let (?:him|her|them)|not say anything|say nothing|keep quiet|hide it)\\b[^.?!]{0,40}\\beven (?:if|when|though) it hurts\\b"));
        // Shame is also the writer's verdict on themselves ("i feel disgusting", "i'm so pathetic").
        // Typed fast ("soo embarassed rn", "so ashamd") or said the way another language says it ("i feel very
        // shame"): the feeling is there, and a question after it hid it (feel10 dev A: no opener at all).
        NAMED_FEELINGS.put(Feeling.SHAME, Regex.compile(FIRST_PERSON + "(?:" + SHAMED + "|humiliated|mortified"
                + "|disgusting|disgusted with myself|pathetic|worthless|gross|dirty|inadequate|defective|unlovable)\\b"
                + "|\\bi (?:feel|felt|am feeling|have) (?:so |very |such |a lot of |so much |big |much |really )*shame(?:ful|d)?\\b"
                + "|" + NO_SUBJECT + "(?:so+ |very |really )*" + SHAMED + "\\b"));
        NAMED_FEELINGS.put(Feeling.GUILT, Regex.compile(FIRST_PERSON + "guilty\\b"
                + "|\\bi (?:(?:keep|always|just|end up|still) )*(?:apologi[sz](?:e|ing)|say(?:ing)? sorry)\\b"));
        NAMED_FEELINGS.put(Feeling.SADNESS, Regex.compile(FIRST_PERSON + "(?:hopeless|sad|depressed|heartbroken|devastated|lonely|helpless|powerless)\\b"
                + "|\\bi(?:'ve| have) (?:\\w+ )?given up\\b|\\bi (?:just |honestly )?give up\\b"
                + "|\\bi(?:'m| am) never going to (?:get better|be normal|get there|be cured)\\b"
                + "|\\b(?:is there|there's|there is|any|no|lost all|lost|losing|given up) (?:\\w+ )?hope\\b"
                + "|" + NO_SUBJECT + "(?:demorali[sz]ed|discouraged|deflated|gutted|heartbroken|devastated|hopeless)\\b"
                // Hopelessness said as a question about the effort itself, not about what an exercise is for.
                + "|\\bwhy (?:do |would |should )?i (?:even )?(?:bother|keep trying)\\b"
                + "|\\b(?:what's|whats|what is) (?:even )?the point(?: anymore| of (?:trying|even trying|any of (?:it|this)|carrying on|it all))?\\s*(?:[?.!,]|$)"));
        NAMED_FEELINGS.put(Feeling.FEAR, Regex.compile(FIRST_PERSON + FEARS + "|" + NO_SUBJECT + FEARS
                + "|\\bi\\b(?:(?!\\b(?:her|him|them|she|he|they)\\b)[^.?!]){0,30}\\bbeing (?:so |this )?" + FEARS
                + "|" + FIRST_PERSON + "(?:panic attacks?|the shakes)\\b"
                + "|\\b(?:sick|shaking|shaky|a wreck) with (?:nerves|fear|anxiety)\\b|\\bnervous wreck\\b"));
        NAMED_FEELINGS.put(Feeling.FRUSTRATION, Regex.compile(FIRST_PERSON + "(?:frustrated|fed up|annoyed|angry"
                + "|over (?:this|it)|sick of|tired of|done with (?:all )?(?:of )?(?:this|it|everything))\\b"
                // "i'm so done" is despair; "i'm done for tonight" is a goodbye.
                + "|" + FIRST_PERSON + "(?:so |completely |totally |just )done\\b(?! for (?:today|tonight|now|the day|this week))"
                + "|" + NO_SUBJECT + "(?:fed up|sick of|so over (?:this|it)|annoyed|frustrated|angry)\\b"));
        // A partner leaving is feared, not threatened: "he'll leave me" (not "she'll leave if i don't let her").
        NAMED_FEELINGS.put(Feeling.RELATIONSHIP_WORRY, Regex.compile(
                "\\b(?:he|she|they|my (?:" + PartnerWords.ALTERNATION + "))(?:'ll| will|'s going to| is going to|'s gonna| is gonna| might| could)"
                        + " (?:\\w+ )?(?:leave|dump|cheat on|divorce|break up with|get bored of) me\\b(?! (?:if|unless))"));
        // Others asking about children: the topic words of such a story outweigh the pressure it describes.
        NAMED_FEELINGS.put(Feeling.FAMILY_PRESSURE, Regex.compile(
                "\\b(?:in-?laws?|in law|mil|mum|mom|mother|dad|father|parents|family|relatives|aunt\\w*|grand\\w+|everyone|people)\\b"
                        + ".{0,60}\\b(?:ask\\w*|hint\\w*|comment\\w*|question\\w*|nag\\w*|pressur\\w*|jok\\w*|expect\\w*)\\b"
                        + ".{0,50}\\b(?:grand(?:child|children|kids?|baby|babies|ma|pa|mother|father)|bab(?:y|ies)|kids|children|pregnan\\w*)\\b"));
    }

    static {
        // Said without naming the feeling: the writer's own verdict on themselves, on the effort, on the relationship
        // ("what is wrong with me", "whats even the point of trying anymore", "we're just flatmates now").
        implied(Feeling.SHAME, "\\bwhat(?:'s| is|s) wrong with me\\b|\\bless of a (?:woman|man|wife|husband|person)\\b"
                + "|\\bnot a (?:real|proper|normal) (?:woman|wife|man|husband|girlfriend)\\b"
                + "|\\bi(?:'m| am)? (?:such |so |just |really |a )*(?:a )?(?:freak|failure|defective)\\b"
                + "|\\b(?:think|know|knew|find out|found out)\\b.{0,30}\\b(?:i'm|im|i am|i was) (?:a |so )?(?:freak|broken|weird|defective|frigid|failure)\\b"
                + "|\\b(?:hide|hiding) (?:it|this) from (?:everyone|everybody|people|them|my)\\b|\\bsit there pretending\\b"
                + "|\\b(?:can't|cant|cannot) even (?:say|talk about|tell|look at)\\b"
                + "|\\b(?:i'm|im|i am|i feel) (?:so |just |completely |totally |literally )*broken\\b"
                // Wishing to vanish, and keeping it from everyone (feel2 work).
                + "|\\b(?:floor|ground|earth) (?:to )?(?:open up and )?swallow me\\b|\\b(?:wanted|want) to (?:vanish|disappear|crawl into a hole)\\b"
                + "|\\b(?:can't|cant|cannot|couldn't|couldnt) (?:tell|talk to) (?:anyone|anybody|a soul)\\b|\\bi feel like (?:a |such a )?(?:fraud|fake)\\b");
        implied(Feeling.GUILT, "\\b(?:he|she|they|my \\w+) deserves? (?:someone|somebody|better|more|a (?:real|normal|proper))\\b"
                // The writer as a bad partner or person for what the other goes without ("i feel like a monster").
                + "|\\b(?:i feel like|i'm|im|i am) (?:such |so |just |a )*(?:a |an )?(?:monster|burden|terrible|awful|horrible|rubbish|bad|selfish)"
                + "(?: (?:person|wife|husband|girlfriend|boyfriend|partner|fiancee?|human))?\\b(?! (?:at|with|about|in) )"
                + "|\\bstealing (?:his|her|their) \\w+|\\bholding (?:him|her|them) back\\b"
                + "|\\bruin(?:ing|ed)? (?:his|her|their|our) (?:life|lives|marriage|relationship)\\b"
                // Self-blame and letting a partner down (feel2 work): "it's all my fault", "i blame myself".
                + "|\\b(?:it's|its|it is|this is|that's|thats) (?:all )?(?:my|my own) fault\\b|\\bi blame myself\\b"
                + "|\\b(?:i've |i have |i )?(?:let|letting) (?:him|her|them) down\\b");
        implied(Feeling.FEAR, "\\bi (?:\\w+ )?panic\\b|\\bdread(?:ing)?\\b|\\bmakes me want to (?:cancel|run|cry|throw up|be sick|hide)\\b"
                + "|\\b(?:hands|legs|whole body|heart) (?:are|is|were|was|starts?|started|keeps?)(?: \\w+){0,2} (?:shaking|racing|pounding|trembling)\\b"
                + "|\\b(?:not sleeping|can't sleep|cant sleep)\\b"
                // The body's alarm at the mere thought of what is ahead ("i feel sick just thinking about it").
                + "|\\b(?:thrown up|threw up|throw up|throwing up|feel sick|felt sick|feeling sick|nauseous|can't breathe|cant breathe)\\b"
                + ".{0,30}\\b(?:thinking|think|thought|looking|look|seeing|see) (?:about|of|at)\\b"
                // The body's alarm said plainly (feel2 work): "cant stop shaking", "my stomach drops".
                + "|\\b(?:can't|cant|cannot) stop (?:shaking|trembling|crying)\\b|\\bstomach (?:drops?|dropped|knots?|churns?|turns?|flips?)\\b|\\bfreeze (?:at|up at|in front of) the\\b");
        implied(Feeling.RELATIONSHIP_WORRY, "\\b(?:we're|we are|were|we've become|we have become) (?:just |basically |more like |like |now )*(?:flatmates|roommates|housemates|room mates|strangers)\\b"
                + "|\\bfalling apart\\b|\\bdrifting (?:apart|away)\\b|\\b(?:we're|we are|were|we've been) (?:slowly |just )?drifting\\b|\\b(?:is|are|'s|'re) (?:done|finished) with me\\b"
                + "|\\bsleep(?:s|ing)? on the (?:sofa|couch)\\b|\\bhow long (?:we|he|she|they) can keep (?:this|it) up\\b|\\bsame fight\\b"
                + "|\\b(?:lose|losing) (?:him|her|them|my (?:husband|wife|boyfriend|girlfriend|partner|marriage|relationship))\\b"
                + "|\\b(?:our|my) (?:marriage|relationship) (?:is |will )?(?:not survive|won't survive|falling|ending|over|failing|in trouble)\\b"
                // Resentment feared, and a home on edge (feel2 work).
                + "|\\bresent(?:s|ing|ful of)? me\\b|\\b(?:walking|walk) on eggshells\\b|\\btiptoe(?:ing)? around each other\\b"
                + "|\\b(?:should|will|would|going to|gonna) (?:split up|break up|get divorced)\\b");
        implied(Feeling.SADNESS, "\\b(?:what's|whats|what is) (?:even )?the point (?:of (?:even )?(?:trying|carrying on|bothering|going on|any of (?:it|this)|it all)|anymore|any more)\\b"
                + "|\\bno point\\b(?! in rushing| rushing)"
                + "|\\b(?:it|this|that|nothing) (?:never|doesn't|doesnt|does not|won't|wont) (?:ever )?(?:changes?|works?|helps?|gets? (?:any )?better|improves?)\\b"
                + "|\\bnothing (?:ever |has |is |really |seems to )*(?:works?|chang\\w*|helps?|helped|improv\\w*)\\b|\\b(?:not |un)fixable\\b|\\bbeyond help\\b|\\ba lost cause\\b"
                // A verdict on the future: stuck, or like this, for good; the effort no use; the belief given up.
                + "|\\b(?:stuck|be like this|stay like this|always be like this)\\b(?: \\w+){0,4} (?:forever|for ever|all my life|for the rest of my life|for good)\\b"
                + "|\\bno use (?:to |in )?(?:continu\\w*|trying|carrying on|going on|keep\\w*)\\b|\\b(?:stopped|stop) believing\\b"
                + "|\\bstop wasting (?:everyone's|everyones|his|her|their|my|your) time\\b|\\b(?:sex|this|it) (?:is |'s )?(?:just )?not for me\\b"
                + "|\\bsame story every time\\b|\\b(?:feels?|seems?|is|it's|its) (?:so |just |completely |totally |kind of |kinda )*pointless\\b(?! to rush)"
                // Futility and resignation said other ways (feel2 work): "what am i even doing this for", "whats the use",
                // "i'll never be ...", "not meant to have ...", "nothing is going to be different", "no light at the end".
                + "|\\bwhat am i (?:even |actually )?(?:doing (?:this|it|all this) for|trying for)\\b|\\b(?:what's|whats|what is) the use\\b"
                + "|\\bi(?:'ll| will) never (?:be able to|be a|be normal|have (?:a |kids|children|sex|a baby)|get (?:there|better|past))\\b"
                + "|\\b(?:people|women|i|we|some of us)(?: \\w+){0,2} (?:just |simply )?(?:aren't|arent|are not|am not|'m not|were never|was never|are never) meant to (?:have|be)\\b"
                + "|\\bnothing (?:is|'s) (?:ever )?going to (?:be different|change|work|help)\\b|\\b(?:won't|wont|doesn't|doesnt|never) make (?:any|a|the slightest) difference\\b"
                + "|\\b(?:no|can't see (?:any|the)|cant see (?:any|the)|don't see (?:any|the)|dont see (?:any|the)) light at the end\\b");
    }

    /** Consulted only when no feeling is named: a named one ("i'm so over this, nothing changes") is sharper. */
    private static void implied(Feeling feeling, String alternatives) {
        IMPLIED_FEELINGS.put(feeling, Regex.compile(alternatives));
    }

    /**
     * Whether the message asks something (a question mark, or a clause that opens like a question): a feeling that
     * comes with a question is acknowledged briefly and the question answered, not only the feeling met.
     */
    private static final Pattern ASKS = Regex.compile("\\?|(?:^|[.!,;:]\\s*|\\b(?:but|and|so|like|ok|honestly|tbh|then|just|btw|also|anyway) )"
            + "(?:how|what|whats|what's|wat|why|when|where|which|who|is|are|am|do|does|did|can|could|should|would|will"
            + "|won't|isn't|has|have|any|anyone|hows|how's)\\b");

    /** Whether the only sign of a diagnosis request is "what's wrong with my body". */
    boolean asksWhatIsWrongOnly(String text) {
        return WHAT_IS_WRONG.matcher(text).find() && !MEDICATION.matcher(text).find();
    }

    boolean asksSomething(String text) {
        return ASKS.matcher(text).find();
    }

    /** A feeling told as over: "i felt so hopeless last year but things are better now". */
    private static final Pattern PASSED = Regex.compile("\\b(?:i felt|i was|i used to (?:feel|be))\\b.{0,80}"
            + "\\bbut (?:(?:now|things|it|it's|its|i|i'm|im|feel|feeling|is|are|am|much|a lot|way|so|actually|getting)\\s+){0,5}"
            + "(?:better|easier|good|great|hopeful|fine|okay|ok)\\b");

    /** The first feeling the writer names about themselves, in the order above, else one they imply; none told as over. */
    java.util.Optional<Feeling> namedFeeling(String text) {
        if (PASSED.matcher(text).find()) {
            return java.util.Optional.empty();
        }
        if (enduresForSomeone(text)) {
            return java.util.Optional.of(Feeling.ENDURING_PAIN);
        }
        return first(NAMED_FEELINGS, text).or(() -> first(IMPLIED_FEELINGS, text));
    }

    /**
     * Guilt or shame the writer also names beside thinking of enduring pain ("i feel so guilty ... should i just let
     * him even if it hurts?"): that opener wins the turn, and this one is what it would otherwise leave unmet.
     */
    java.util.Optional<Feeling> selfBlameBeside(String text) {
        if (PASSED.matcher(text).find()) {
            return java.util.Optional.empty();
        }
        return java.util.stream.Stream.of(Feeling.GUILT, Feeling.SHAME)
                .filter(f -> NAMED_FEELINGS.get(f).matcher(text).find()).findFirst();
    }

    /**
     * Putting up with pain for someone else's sake, read as three parts rather than one phrase: the writer's own act of
     * enduring or hiding it ("i grit my teeth", "i keep quiet", "i pretend it doesn't", "i let him carry on"), a sign
     * of pain (a pain word not said of the partner, or an act that means it: "bear it", "bite my lip"), and someone it
     * is for (a partner, or "we"). "i grit my teeth during dilator practice" names nobody it is for and stays a question.
     */
    static boolean enduresForSomeone(String text) {
        java.util.regex.Matcher act = ENDURING_ACT.matcher(text);
        if (!act.find()) {
            return false;
        }
        boolean painMeant = act.group("means") != null;
        return (painMeant || PAIN_SIGN.matcher(text).find())
                && (FOR_A_PARTNER.matcher(text).find() || painMeant && FOR_US.matcher(text).find());
    }

    private static final Pattern ENDURING_ACT = Pattern.compile("\\bi(?:'ll|'d|'m|ll|d)?\\b(?: \\w+){0,2}? (?<!n't |nt |never |not |no )(?:"
            + "(?<means>grit(?:ting)? my teeth|bit(?:e|ing)? (?:my lip|down)|close my eyes and (?:bear|wait|get through)|breathe through it"
            + "|bear it|endure it|suffer through it|(?:don't|dont|do not) care (?:if|that|how much) it (?:hurts|burns|stings))"
            + "|pretend (?:it|that it|it's|its|i'm|im|everything|to enjoy)|fake (?:it|enjoying)|act like (?:it's|its|it is|i'm|im|everything)"
            + "|keep (?:it )?quiet|stay quiet|say nothing|(?:don't|dont|do not|never|didn't|didnt) (?:tell|told|say no|say anything|let on)"
            + "|put up with it|wait for it to (?:be over|finish|end|stop)"
            + "|let (?:him|her|them) (?:carry on|finish|keep going|do it|go ahead|get on with it|continue)"
            + "|rather (?:deal with|put up with|bear|live with) it)\\b");
    /** A pain word, not said of the partner ("it hurts her", "her pain", "painful for him" are someone else's). */
    private static final Pattern PAIN_SIGN = Pattern.compile("(?<!\\b(?:her|his|their) )\\b(?:hurts?|hurting|hurt me|painful|pain|agony"
            + "|burn(?:s|ing)?|stings?|stinging|tearing|sore)\\b(?! (?:her|him|them|for (?:her|him|them))\\b)");
    private static final Pattern FOR_A_PARTNER = Pattern.compile(
            "\\b(?:he|she|they|him|her|them|his|their|my (?:" + PartnerWords.ALTERNATION + "))\\b");
    private static final Pattern FOR_US = Pattern.compile("\\b(?:we|we're|were|us|our)\\b");

    private static java.util.Optional<Feeling> first(java.util.Map<Feeling, Pattern> patterns, String text) {
        return patterns.entrySet().stream().filter(e -> e.getValue().matcher(text).find())
                .map(java.util.Map.Entry::getKey).findFirst();
    }

    Intent classify(String text) {
        if (CONSENT_BOUNDARY.matcher(text).find()) {
            return Intent.CONSENT_BOUNDARY;
        }
        if (PROMPT_INJECTION.matcher(text).find()) {
            return Intent.PROMPT_INJECTION;
        }
        if (MEDICATION.matcher(text).find() || WHAT_IS_WRONG.matcher(text).find()) {
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
