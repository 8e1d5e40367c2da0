package org.safepace.bot.dialogue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safepace.bot.text.Regex;

/**
 * Who wants what of whom, read from the message's structure. An embedding hears the topic (a partner, "her", sex,
 * stopping) far more than which way the writer leans, so a supportive partner's question and a pressuring one sit
 * side by side in meaning; the structure tells them apart:
 * <ul>
 *   <li><b>pressing</b>: the partner holds back (not ready, says no, pulls away, cried) and the writer asks how to
 *       change that (get her to, say something so she, speed up her progress, talk the physio into pushing her);</li>
 *   <li><b>supportive</b>: the writer asks how to help, what to avoid, whether their own conduct is pressure, or how
 *       to cope with their own feelings ("without pushing her", "is that pressure?", "what do i do with that");</li>
 *   <li><b>an admission</b>: the partner refused or froze, and the writer says what they then did ("i finished",
 *       "held her arm", "went for it").</li>
 * </ul>
 * The sharp pressure patterns of {@link IntentClassifier} still win; this reading adds pressure they miss and keeps
 * meaning from raising a boundary on a supportive partner.
 */
final class StanceReader {

    enum Stance { PRESSING, SUPPORTIVE, NEITHER }

    private final HoldBackAim aims = new HoldBackAim();

    /** Whether the message speaks of a partner at all ("do i have to use dilators" presses nobody). */
    boolean namesThePartner(String normalised) {
        return PARTNER.matcher(normalised).find();
    }

    /** Someone close: the partner the writer talks about (the nouns are {@link PartnerWords}', one list for all). */
    private static final String MY_PARTNER = "my (?:" + PartnerWords.ALTERNATION + ")";
    private static final String OBJECT = "(?:her|him|them|" + MY_PARTNER + ")";
    private static final String SUBJECT = "(?:she|he|they|" + MY_PARTNER + ")";
    private static final String POSSESSIVE = "(?:her|his|their)";

    /** Someone the writer could be pressing: the partner by name or by pronoun. */
    private static final Pattern PARTNER = Regex.compile("\\b(?:she|he|they|her|him|them|" + MY_PARTNER + ")\\b");

    /** The partner holding back: not ready, saying no or wait, pulling away, crying, backing out. */
    private static final Pattern HOLDS_BACK = Regex.compile("\\b" + SUBJECT + "(?:'s|'re| is| are| was| were)?"
            + " (?:\\w+ ){0,2}?(?:not ready|(?:doesn't|doesnt|does not|don't|dont|didn't|didnt) want|(?:keeps?|kept) (?:saying|stopping|pulling|backing|flinching|crying|tensing)"
            + "|says? (?:no|not yet|not tonight|maybe|wait|stop|she's not|he's not|they're not|it hurts)|said (?:no|not yet|not tonight|wait|stop|it hurts)"
            + "|backs? out|backed out|backing out|bail(?:s|ed|ing)?|pull(?:s|ed|ing)? away|pushed my hand|flinch\\w*|tens(?:e|es|ed|ing) up|cri(?:es|ed)|crying|froze|freezes"
            + "|puts? (?:it )?off|putting (?:it )?off|keeps? putting|gives? up|giving up|(?:gets? |is |so )?(?:scared|afraid|nervous|terrified)|freez(?:es|ing) up"
            + "|wants? to stop|wanted to stop|stops? (?:halfway|every time|each time)|stopping|asks? (?:me )?to (?:stop|wait|pause)|asked (?:me )?to (?:stop|wait|pause)"
            // waiting, refusing, delaying or withdrawing said in any of the everyday ways
            + "|wants? to wait|wanted to wait|(?:needs?|needed|wants?|asks? for|asked for) (?:more |some )?time"
            + "|turns? (?:me )?down|turned (?:me )?down|turning (?:me )?down|refus\\w*|delay\\w*|postpon\\w*|avoid\\w*|hesitat\\w*"
            + "|shuts? (?:down|off)|shutting down|taps? out|tapped out|tapping out|quit\\w*|chickens? out"
            + "|(?:still )?(?:won't|wont|will not|wouldn't|wouldnt|would not) (?:even )?(?:try|do it|have sex|sleep with me|let me|go there|go near))\\b"
            + "|\\bnot (?:ready|there yet|in the (?:head ?space|headspace|mood)|up for it)\\b|\\b(?:even though|even if|although) " + SUBJECT + "\\b"
            + "|\\b" + OBJECT + " to (?:bail|back out|pull away|say no|stop (?:again|halfway))\\b"
            // the partner named in one clause and holding back in the next ("he's trans, has vaginismus and keeps saying later")
            + "|\\b(?:and|but) (?:always |still )?keeps (?:saying|stopping|pulling away|backing out|putting it off)\\b");

    /**
     * A change asked of the partner towards their own ease: seeing that stopping is fine, that they are not failing,
     * that the writer is not leaving ("make him see stopping is a good thing"). Shared with {@link IntentClassifier}.
     */
    static final String REASSURED = "(?:see|believe|know|realise|realize|understand|feel) (?:that )?(?:stopping|saying no|saying stop|waiting|pausing"
            + "|it's (?:ok|okay|fine|not)|it is (?:ok|okay|fine|not)|there's no (?:rush|pressure)|(?:she|he|they)(?:'s|'re| is| are) not (?:failing|letting|a failure|broken|to blame)"
            // partner10: the same denial written "isnt", or cut short after her own words were quoted ("she feels like
            // shes letting me down. how do i make her believe she isnt"): what she is not is what she feared
            + "|(?:she|he|they) (?:isn't|isnt|aren't|arent)(?:\\s*(?:[?.!,]|$)| (?:failing|letting|a failure|broken|to blame|a burden|the problem))"
            + "|i(?:'m| am) not (?:going|leaving|upset|angry|disappointed)|i (?:love|don't mind|dont mind|am happy|'m happy))";

    /** What follows "get her" or "make them" when it is for the partner's sake: relax, feel safe, believe me. */
    private static final String NOT_FOR_THEIR_SAKE = "(?! (?:to )?(?:relax|feel|stop feeling|believe|know|understand|see a|talk|open up"
            + "|tell me|enjoy|trust|rest|take a break"
            // a change towards holding back is for their sake: "make him see stopping is a good thing"
            + "|see (?:that )?(?:stopping|saying no|waiting|it's (?:ok|okay|fine)|it is (?:ok|okay|fine)|there's no rush|no means)))";

    /** The writer asking how to move the partner: a change asked of them, not help offered to them. */
    private static final Pattern MOVES_THEM = Regex.compile(String.join("|",
            "\\b(?:how (?:do|can|could|would|should) i|how to|a way to|ways to|tips? to|tricks? to|help me) (?:get|make|convince|persuade|push|pressure|hurry|rush) " + OBJECT
                    + "\\b" + NOT_FOR_THEIR_SAKE,
            "\\b(?:say|tell|text|show)(?: to)?(?: " + OBJECT + ")? so (?:that )?" + SUBJECT + "\\b(?! (?:feels?|knows?|isn't|is not|doesn't|does not) )",
            "\\b(?:what|something|anything|lines?|words?) (?:i )?(?:can|could|should|to) (?:i )?(?:say|tell)\\b.{0,20}\\bso (?:that )?" + SUBJECT + " (?:\\w+ )?(?:stops?|agrees?|accepts?|lets?|tries?|gives?|says? yes|finally|will|does|goes)\\b",
            // the writer's aim is the partner's doing: "so she will try", "a method so he does it"
            "\\bso (?:that )?" + SUBJECT + "(?: will| would|'ll)?(?: finally| just)? (?:try|tries|does (?:it|the|sex)|do it|goes? (?:ahead|through with)|agrees?|accepts?|says? yes|gives? in|lets? me)\\b",
            "\\b(?:say|do|offer|tell (?:her|him|them)) to (?:get|make|convince|persuade) " + OBJECT + "\\b" + NOT_FOR_THEIR_SAKE,
            "\\bi (?:can |could |might |should |would )?change " + POSSESSIVE + " mind\\b|\\b(?:how|ways?) to change " + POSSESSIVE + " mind\\b",
            "\\bi want " + OBJECT + " to (?:rethink|reconsider|change|give in|agree|try|stop (?:saying no|refusing|delaying))",
            "\\bget through to " + OBJECT + "\\b",
            // persuading said as a quality of the words: "the most convincing way to tell her", "get that across to him"
            "\\b(?:convincing|persuasive) (?:way|words?|argument|thing) to (?:say|tell|explain|show|put)\\b|\\bget (?:that|this|it) across to " + OBJECT + "\\b",
            // talked out of holding back; an argument or a trick used on them
            "\\btalk " + OBJECT + " (?:into|out of)\\b(?! (?:feeling|blaming|worrying|being (?:scared|sad|hard)|the guilt|apologi))",
            "\\b(?:argument|arguments|lines?|tricks?|tactics?|something|anything|what)\\b.{0,15}\\b(?:to use|(?:that |which )?(?:actually |really )?works?) on " + OBJECT + "\\b",
            // the aim is the writer's own finishing: "keep her mind off it so we can finish"
            "\\b(?:distract|keep " + POSSESSIVE + " mind off)\\b.{0,60}\\bso (?:we|i) can (?:finally )?(?:finish|keep going|get further|carry on|go all the way|do it|have sex)\\b",
            "\\b(?:keep|stop) " + OBJECT + " from\\b(?! (?:blaming|feeling|worrying|hurting|apologi|being (?:scared|hard|so hard)))"));

    /** Moves strong enough alone: past her hesitation, her progress hurried, a deadline set, a clinician enlisted. */
    private static final Pattern PRESSES_ALONE = Regex.compile(String.join("|",
            "\\bget " + OBJECT + " (?:past|over) (?:that|this|it|the|her|his|their)\\b",
            // leverage: something the writer does or withholds until the partner gives in ("until she agrees")
            "\\bi\\b.{0,60}\\b(?:until|till|til|unless) " + SUBJECT + "(?:'s|'re| is| are)? (?:\\w+ ){0,2}?(?:agrees?|willing|tries|try|gives? in|caves?"
                    + "|says? yes|lets? me|sleeps? with me|has sex|have sex|puts? out|does it|do it|makes? (?:an|more) effort|starts? trying)\\b",
            // an ultimatum the writer sets: "sex by june or i'm gone", "if she can't, i'll get it somewhere else"
            "\\b(?:or|otherwise|or else) (?:i'm|im|i am|i'll|ill|i will|we're|we are|it's|its) (?:\\w+ )?(?:gone|leaving|done|over|finished|moving out|breaking up|going back|out of here)\\b",
            "\\bif " + SUBJECT + " (?:can't|cant|cannot|won't|wont|doesn't|doesnt|don't|dont)\\b.{0,50}\\bi(?:'ll| will|'m going to| am going to| might| may)? (?:have to )?"
                    + "(?:leave|move out|look elsewhere|go elsewhere|get it (?:somewhere|elsewhere)|find (?:someone|it)|cheat|walk)\\b",
            // a deal offered for the partner's trying: "i say yes to the puppy if she agrees to try"
            "\\b(?:i|i'll|i will|i'd|we'd|we will|we'll)\\b.{0,60}\\bif " + SUBJECT + " (?:agrees? to |will |would |finally )?(?:try|tries|gives? (?:it|penetration|sex) a go"
                    + "|does it|lets? me|sleeps? with me|has sex|have sex)\\b",
            // a duty laid on the partner: "she must learn her duty", "a wife who refuses her husband"
            "\\b(?:she|he|they|a wife|a husband|my wife|my husband) (?:must|has to|have to|should|needs? to) (?:learn|do|fulfil|fulfill|accept|know|remember) (?:her|his|their) (?:duty|duties|obligations?|role|place)\\b"
                    + "|\\b(?:wife|husband|woman) (?:who|that) refuses (?:her|his) (?:husband|wife)\\b",
            // a clinician enlisted to tell the partner they are ready
            "\\b(?:ask|get|tell|email|message|convince|persuade)\\b.{0,40}\\b(?:physio\\w*|doctor|therapist|gp|gyn\\w*|counsel+or)\\b.{0,40}\\bto (?:tell|convince|persuade|push|make) "
                    + OBJECT + " (?:that )?(?:she's|he's|they're|she is|he is|they are|it's|its) (?:ready|fine|time)\\b",
            // the writer's life "on hold" till the partner changes
            "\\b(?:put|keep|putting|keeping) my (?:life|needs|sex life) on hold\\b",
            "\\b(?:speed up|hurry(?: up)?|rush|fast[- ]track|quicken) (?:her|his|their) (?:progress|treatment|recovery|physio|therapy|dilators?|exercises)\\b",
            "\\b(?:speed|hurry) (?:her|him|them) up\\b",
            "\\b" + SUBJECT + "(?:'ll| will| would)? finally (?:accepts?|agrees?|gives? in|says? yes|lets? me)\\b",
            "\\b(?:before|so) " + SUBJECT + " (?:can(?:'t|not)|doesn't get to|has no time to) (?:overthink|change (?:her|his|their) mind|back out|say no)|\\bbefore " + SUBJECT + " overthinks?\\b",
            "\\b(?:talk|get|ask|convince|persuade) (?:the|her|his|their) (?:physio|physiotherapist|doctor|therapist|gp|gyn\\w*|counsel+or) (?:in)?to (?:push|pushing|hurry|rush|speed)",
            "\\b(?:push|pushing|rush|rushing|hurry|hurrying|nudge|nudging) (?:her|him|them) (?:a bit|a little|harder|more|faster|along)\\b",
            "\\b(?:deadline|ultimatum) (?:to give|for|i (?:can|could|should) give) (?:her|him|them)\\b",
            "\\bhow (?:much )?(?:longer|long) (?:can|must|should|do) i (?:be expected to|really be expected to|have to|keep) (?:wait|be patient)\\b",
            // more waiting counted as the writer's sentence: "how many more months do i have to sit around waiting"
            "\\bhow (?:many more \\w+|much longer|much more time) (?:do|must|should|am|can|will) i (?:\\w+ ){0,3}?(?:wait|waiting|be patient|go without)\\b"
                    + "|\\b(?:meant|supposed|expected) to go without\\b",
            "\\bmake it happen\\b.{0,40}\\b" + SUBJECT + "\\b|\\b" + SUBJECT + "\\b.{0,60}\\bmake it happen\\b",
            // a duty or a debt argued about the partner: "her duty", "she owes me"
            "\\b(?:tell|explain|remind|show|teach|convince)(?: to)? " + OBJECT + " (?:that )?(?:it's |it is |its |this is |sex is )?(?:her|his|their) (?:duty|obligation|job)\\b"
                    + "|\\b(?:isn't|isnt|is not) (?:it|sex) (?:her|his|their) (?:duty|obligation|job)\\b|(?<!(?:feels?|feel like|thinks?|believes?|worries|worried|that|mean) )\\b" + SUBJECT + " owes? me\\b",
            // making her feel she has to, or that she must at least try
            "\\bmake " + OBJECT + " feel (?:like )?(?:(?:she|he|they) (?:has|have|needs?|ought|owes?) to|obliged|obligated|guilty enough)\\b",
            // asking past a no: again and again until a yes
            "\\bkeep (?:on )?asking (?:\\w+ ){0,3}?(?:until|till|til) " + SUBJECT + " (?:\\w+ )?(?:agrees?|says? (?:yes|ok|okay)|gives? in|lets? me)\\b",
            // the writer threatening to go elsewhere (a partner's threat reported by the one threatened is the screen's)
            "\\bi(?:'ll|ll| will|'d| would| might| may)? (?:have to |need to )?(?:(?:get|find|look for) (?:it|sex|that|someone)(?: else)? |look )(?:somewhere else|elsewhere)\\b"
                    + "|\\bi(?:'ll|ll| will|'d| would| might)? (?:have to |need to )?find someone (?:else|who will|who can)\\b|\\blight a fire under " + OBJECT + "\\b",
            // not asking, so she cannot say no; her going along with it
            "\\bif i (?:just )?(?:didn't|didnt|did not|don't|dont|do not|never) ask(?: (?:her|him|them|first))? (?:and|but) (?:just )?(?:start|started|went|go|did|do|began|begin)\\b"
                    + "|\\b" + SUBJECT + " (?:would|will|might|'d) (?:just )?go along with it\\b",
            // pain or fear gone round rather than listened to: pushing through it, numbing it, making her forget it
            "\\b(?:want|get|make|need|tell|convince|persuade|encourage) " + OBJECT + " to push through\\b",
            "\\bnumb\\w*\\b.{0,80}\\bso " + SUBJECT + " (?:won't|wont|will not|can't|cant|cannot|doesn't|doesnt) feel\\b",
            "\\bso " + SUBJECT + " forgets? (?:to be|she's|he's|they're|about being) (?:scared|afraid|nervous|anxious)\\b",
            // hurrying the partner on, and asking how much pushing is allowed
            "\\b(?:make|get|tell|want|need) " + OBJECT + " (?:to )?(?:step it up|pick up the pace|get a move on|try harder|hurry|speed (?:it )?up|get on with it)\\b",
            "\\bhow (?:hard|much|far) (?:should|can|could|do|may) i push (?:her|him|them|before|until)\\b"
                    + "|(?<!not |never |n't |without )\\b(?:put|apply|add) (?:a bit |a little |some )?more pressure on (?:her|him|them)\\b",
            // a date the writer sets for the act ("can i tell her we're doing it by june"), unless it lifts one
            "\\b(?:tell|promise|give|set) " + OBJECT + "\\b(?:(?!no (?:pressure|rush|deadline)|n't|not ).){0,40}"
                    + "\\b(?:doing it|do it|have sex|having sex|sex|try(?:ing)? (?:it|properly|for real))\\b.{0,20}\\bby (?:january|february|march|april|may|june|july|august"
                    + "|september|october|november|december|summer|spring|autumn|winter|christmas|new year|the wedding|our (?:anniversary|wedding|holiday|honeymoon|trip)"
                    + "|" + POSSESSIVE + " birthday|my birthday|next (?:week|month|year)|the end of (?:the )?(?:month|year))\\b",
            // getting round a "no" before it is said: without her saying it, so that she cannot; making her willing
            "\\bwithout (?:her|him|them) (?:saying no|refusing|stopping (?:me|us)|backing out|pulling away|being able to (?:say no|stop))\\b"
                    + "|\\bso (?:she|he|they) (?:can't|cant|cannot|won't|wont|doesn't|doesnt) (?:really |even |just )?(?:say no|refuse|stop (?:me|us)|back out|pull away)\\b",
            "\\b(?:make|get) " + OBJECT + " (?:more )?(?:willing|want (?:it|sex|me|to have sex) (?:again|more)|up for it)\\b",
            // someone enlisted to lay the necessity on the partner: "get someone to tell her she has to try"
            "\\bto tell (?:her|him|them) (?:that )?(?:she|he|they) (?:has|have|needs?|must|ought) to (?:try|do it|have sex|let me|give it a go|get on with it)\\b",
            // sex asked as the writer's present: "can we do it on my birthday as a present to me"
            "\\b(?:do it|have sex|sex|try)\\b.{0,40}\\b(?:as a|for my) (?:present|gift|treat|birthday present)\\b",
            // talked out of the holding back itself
            "\\btalk " + OBJECT + " out of (?:waiting|stopping|saying no|it|taking (?:it|things) slow|going slow)\\b",
            // going on where the partner will not notice, and readiness decided for them
            "\\b(?:further|deeper|keep going|carry on|push\\w*|go in|put it in)\\b.{0,60}\\b(?:she|he|they) (?:wouldn't|wouldnt|won't|wont|will not|would not) (?:really |even )?(?:notice|realise|realize|know the difference)\\b"
                    + "|\\bwithout (?:her|him|them) (?:noticing|realising|realizing)\\b|\\bwhether (?:she|he|they) (?:feels?|wants?|likes?) (?:it|ready|to)\\b.{0,10}\\bor not\\b",
            // the writer going quiet, sulking or withholding so that the partner notices
            "\\b(?:sulk\\w*|go(?:ing)? quiet|went quiet|silent treatment|cold shoulder|withdr[ae]w\\w*|stop(?:ped)? (?:cuddling|touching|kissing|talking to|being affectionate with|being nice to) (?:her|him|them))\\b"
                    + ".{0,40}\\bso (?:that )?(?:she|he|they) (?:knows?|notices?|sees?|realis\\w*|realiz\\w*|gets? the (?:message|point|hint)|misses?|learns?|feels? (?:bad|guilty))\\b",
            // the partner's compliance as the aim, in any inflection (each presupposes a holding back): "so she keeps her word", "so they take this
            // seriously", "so he makes an effort", "so she stops stalling" (not "so she feels safe", "so she knows")
            "\\bso (?:that )?" + SUBJECT + "(?: will| would|'ll)?(?: finally| actually| at least| just)? (?:keeps? (?:her|his|their) (?:word|promise)|takes? (?:it|this|me|things) (?:more )?seriously"
                    + "|makes? (?:an|more of an|the|some) effort|commits?|comes? round|comes? around|starts? trying|puts? out|sleeps? with me|goes? through with it"
                    + "|stops? (?:avoiding|stalling|dodging|delaying|putting (?:it|things) off|making excuses|saying (?:no|not \\w+|later|maybe|wait)|refusing))\\b",
            // love made the lever: "if she really loved me she'd try" (the writer's own conditional, not her worry)
            "(?<!(?:thinks?|worries|worried|asks?|asked|wonders?|scared|afraid) (?:that )?)\\bif " + SUBJECT + " (?:really |truly |actually )?(?:loved|cared about|cared for|wanted) me\\b.{0,30}\\b(?:she|he|they)(?:'d| would| will|'ll)\\b",
            // starting without asking: the question that lets the partner say no skipped on purpose
            "\\b(?:just )?(?:start|started|go ahead|begin|initiate|make a move)\\b.{0,40}\\b(?:don't|dont|do not|not|without|never) (?:\\w+ ){0,5}?ask(?:ing)?(?: (?:her|him|them))?(?: first| beforehand)\\b",
            // a lever kept up until the partner gives way: "how long do i keep that up before they come round"
            "\\bkeep (?:it|this|that) up\\b.{0,40}\\b(?:until|till|til|before) " + SUBJECT + " (?:\\w+ )?(?:comes? (?:round|around)|gives? in|caves?|agrees?|changes? (?:her|his|their) mind)\\b",
            // the partner moved so that the writer gets sex: "get him in the mood so we can finally sleep together"
            "\\b(?:get|make|turn) " + OBJECT + "\\b.{0,40}\\bso (?:that )?(?:we|i) can (?:finally |actually |at last )?(?:have sex|do it|sleep together|have intercourse|go all the way)\\b",
            // going without counted as a debt, whoever the writer says must bear it: "how long does a guy have to hold out"
            "\\bhow (?:much )?long(?:er)? (?:does|do|must|should|can|is) (?:a (?:guy|man|bloke|husband|wife|woman|partner|person)|someone|anyone|one) (?:have to |need to |supposed to |expected to |be expected to )?(?:hold out|go without|be patient)\\b",
            // trying while the partner's capacity to decline is lowered (drink, sleep, "her guard down"): no consent then
            "\\b(?:try|trying|do it|doing it|go for it|have sex|start|make a move|initiate)\\b.{0,40}\\b(?:while|when|after|once) (?:she|he|they|her|his|their)(?:'s|'re| is| are| has| have)?"
                    + " (?:\\w+ ){0,3}?(?:drunk|tipsy|had a few|a few drinks|a couple of (?:drinks|glasses)|asleep|half asleep|sleepy|out of it|guard is down|guard's down|not really thinking)\\b"
                    + "|\\b(?:while|when) (?:her|his|their) guard is down\\b",
            // a promise held over the partner
            "\\ba promise is a promise\\b|\\bkeeps? (?:her|his|their) (?:word|promise)\\b|(?<!asked me to |wants me to )\\bhold (?:her|him|them) to (?:it|that|her word|his word|their word|the deal|what (?:she|he|they) said)\\b",
            // enlisting someone (the bot included) to argue the case to the partner
            "\\b(?:you|u)\\b(?: \\w+){0,2} (?:tell|explain to|convince|persuade|talk to|remind) " + OBJECT + "\\b.{0,60}\\b(?:should|must|has to|have to|needs? to|ought to|owes?)\\b"
                    + "|\\b(?:message|letter|text|note|something)\\b.{0,30}\\b(?:show|send|give|read to|forward to)\\b.{0,60}\\bwhy (?:she|he|they) (?:should|must|has to|needs to|ought to)\\b",
            // starting anyway in the hope she goes along; an obligation made understood
            "\\b" + SUBJECT + "(?:'ll|'d| will| would| might) (?:just )?(?:go along with it|go with the flow|come round|get into it once)\\b",
            "\\bmake " + OBJECT + " (?:understand|see|accept|realise|realize) (?:that )?(?:we|she|he|they|it|sex|this)\\b(?:(?!n't|not |never |no ).){0,25}\\b(?:must|has to|have to|owes?)\\b"));

    /**
     * The writer discounting what the partner holds back from: a comparison with others who "were fine", "an
     * excuse", "hides behind", "overthinking", "selfish of her". Only with a change asked, or a claim, is it pressing.
     */
    private static final Pattern FINDS_FAULT = Regex.compile(String.join("|",
            "\\b(?:my|all my|other|previous|past|every other) (?:ex|exes|ex-?(?:girlfriends?|boyfriends?|wife|husband|partners?)|previous (?:girlfriends|boyfriends|partners)"
                    + "|girlfriends|boyfriends|partners|women|girls|wives|husbands|couples)\\b.{0,40}\\b(?:never had|didn't have|did not have|were (?:all )?fine|was fine"
                    + "|had no (?:problem|issue|trouble)|manage|managed|can do it|could do it|do it fine|just did it)",
            "\\b(?:hides?|hiding) behind\\b|\\bexcuses?\\b|\\boverthink\\w*|\\bbeing (?:precious|dramatic|difficult|stubborn|silly|lazy)\\b|\\ball in (?:her|his|their) head\\b"
                    + "|\\bmaking (?:it|this|a) (?:\\w+ )?(?:bigger|worse|harder|a bigger deal) than it (?:is|needs to be)\\b",
            "\\bcould (?:get over|do) it if (?:she|he|they) (?:wanted|tried|really wanted)\\b|\\b(?:selfish|unfair|mean) (?:of|to) (?:her|him|them)\\b",
            "\\b" + SUBJECT + " (?:just )?needs? to (?:relax and let me|get over it|try harder|toughen up|push through)\\b",
            // the writer's judgement put in place of the partner's: "i reckon they're ready", "she'll get used to it"
            "\\bi (?:honestly |really |personally |just )?(?:think|reckon|know|bet|'m sure|am sure)\\b(?:(?!\\b(?:not|n't|never)\\b).){0,40}"
                    + "\\b(?:(?:is|are|'s|'re) ready|(?:she|he|they)(?:'ll|'d| will| would) (?:be fine|relax into it|get used to it|come round|enjoy it)|(?:a little|a bit of|some) (?:sting|pain|discomfort) is (?:normal|fine|ok))\\b"
                    + "|\\b(?:she|he|they)(?:'ll| will) get used to it\\b",
            "\\b(?:she|he|they)(?:'ll|'d| will| would) (?:soon )?(?:see|find|realise|realize|learn|discover) (?:that )?(?:it's|its|it is|it's not|its not|it is not|it isn't) (?:fine|ok|okay|not (?:that|so|as) bad|nothing)\\b"));

    /**
     * The writer's own need or expectation set against the partner's pace: expecting sex, needs that "count",
     * "meet me halfway", being kept waiting, a consummation that "must" happen. Not when the writer denies it, and
     * never "what to expect" about treatment.
     */
    private static final Pattern CLAIMS = Regex.compile(String.join("|",
            "(?<!don't |dont |do not |never |not |n't )\\b(?:expect|expecting|entitled to|deserve)\\b(?: \\w+){0,3}? (?:sex|intimacy|intercourse|something back)\\b",
            "\\b(?:reasonable|normal|fair|ok|okay) (?:\\w+ ){0,4}?to expect (?:(?:his|her|their|my|your|a) (?:" + PartnerWords.ALTERNATION + ")|her|him|them)"
                    + " to (?:try|have|do|sleep|give)\\b",
            "\\b(?:doesn't|doesnt|does not|does|don't|dont|do not|do) (?:what|the things?) i (?:need|want) (?:count|matter)\\b"
                    + "|\\b(?:don't|dont|do not|do) my needs (?:count|matter)\\b|\\bmeet me (?:half ?way|in the middle)\\b",
            "\\bi (?:\\w+ ){0,2}?(?:get|getting|receive|have) (?:something|anything|some(?:thing)? of it) (?:back|in return)\\b",
            "(?<!(?:says?|saying|said|thinks?|worries|feels?|believes?) (?:that )?)\\b(?:any|most|other|plenty of|a lot of) (?:other )?(?:guys?|men|blokes|women|girls|husbands|wives|partners|people)\\b"
                    + "(?: \\w+){0,2} (?:would(?:'ve| have)?|'d have) (?:left|gone|walked|given up|dumped|moved on)\\b",
            "\\bkeep(?:s|ing)? me waiting\\b|\\bconsummat\\w*\\b.{0,60}\\b(?:must|soon|make (?:her|him|them))",
            // the writer's needs, turn or grievance: "i have needs", "when is it my turn", "not fair to me", "ok to insist"
            "(?<!don't |dont |not )\\bi have needs\\b|\\b(?:when is it|when's it|when do i get|surely it's|surely its) my turn\\b|\\b(?:not being fair|unfair|not fair) (?:on|to) me\\b|\\bi(?:'m| am) the one being punished\\b"
                    + "|\\b(?:ok|okay|fair|reasonable|allowed|right|time) (?:for me )?to (?:insist|demand|put my foot down)\\b"
                    + "|\\b(?:too much|unreasonable|wrong|selfish) (?:of me )?to (?:want|ask for|expect)\\b(?: \\w+){0,4}? (?:sex|intercourse|to sleep with|to have sex)\\b",
            // the partner's refusal set against the writer's cost: "she still won't ... it's killing me"
            "\\b(?:she|he|they) (?:still )?(?:won't|wont|refuses?|doesn't want to|doesnt want to|keeps? saying no)\\b.{0,80}\\b(?:(?:it's|its|it is|this is|that's)(?: been)? (?:\\w+ )?(?:hard on me|killing me|torture|unbearable)|driving me (?:mad|crazy|insane)|losing (?:my )?patience)\\b",
            // patience held up as paid in full: "i've been patient for a year. isn't that enough?"
            "\\b(?:i've|ive|i have) been (?:so |very |really |more than )?(?:patient|understanding|waiting)\\b.{0,40}\\b(?:isn't that enough|isnt that enough|is that not enough|surely (?:that's|thats|that is) enough|how much more|when is it enough)\\b",
            // reciprocity as a debt: "her turn to give a bit", "i'm the only one sacrificing"
            "(?<!not |n't )\\b(?:her|his|their) turn to (?:give|compromise|make an effort|put in|try|do something|meet me)\\b"
                    + "|\\b(?:only|just) one (?:who's|who is|that's|that is|who has been|doing (?:the|all the)) (?:sacrific\\w*|giving|compromis\\w*|making (?:an )?effort)\\b",
            // the partner's effort owed back for what the writer gave: "she should make an effort in return"
            "\\b(?:she|he|they)\\b(?: \\w+){0,6}? (?:in return|in exchange|back for (?:it|that|this))\\b(?!.{0,20}\\b(?:don't|dont|doesn't|doesnt|not|never)\\b)",
            // the writer asking when a claim becomes legitimate: "fair to start expecting something", "ok to insist"
            "\\b(?:fair|reasonable|normal|ok|okay|allowed|right|time) (?:for me )?to (?:start )?(?:expect(?:ing)? (?:something|anything|more|sex)|insist\\w*|demand\\w*)\\b"));

    /** Earlier partners held up as the measure (the first {@link #FINDS_FAULT} form alone). */
    private static final Pattern EX_MEASURE = Regex.compile("\\b(?:my|all my|other|previous|past|every other) (?:ex|exes|ex-?(?:girlfriends?|boyfriends?|wife|husband|partners?)"
            + "|previous (?:girlfriends|boyfriends|partners)|girlfriends|boyfriends|partners|women|girls|wives|husbands)\\b.{0,40}\\b(?:never had|never made me|didn't have|did not have"
            + "|were (?:all )?fine|was fine|had no (?:problem|issue|trouble)|never had (?:any|an|a) (?:problem|issue|trouble))");
    /** The writer proposing to put something to the partner: "should i tell her", "do i point it out to my wife". */
    private static final Pattern TELLS_THEM = Regex.compile("(?<!never |not |n't )\\b(?:tell|remind|show|point (?:it |this |that )?out to|mention (?:it |this |that )?to) " + OBJECT + "\\b");

    /** Going ahead proposed by the writer: "what if we just try once", "should i just go for it", "take charge". */
    private static final Pattern PROCEEDS = Pattern.compile(
            "\\b(?:what if (?:we|i) (?:just )?|should (?:we|i) (?:just )?|(?:can|could)(?:'t|n't)? (?:we|i) just |why (?:can't|cant|not) (?:we|i) just |i (?:want|plan|am going|'m going) to (?:just )?|if i (?:just )?)"
            + "(?:try (?:it )?(?:once|anyway|again|with|using)|do it anyway|go for it|attempt it|keep (?:going|trying|at it)|carry on|push on|take charge|go (?:a (?:bit|tiny bit|little) )?further)\\b"
            + "|\\bhow (?:do|can) i be more (?:assertive|forceful|firm|dominant|insistent)\\b");

    /** The partner saying they are not ready (said of the partner, not of the writer). */
    private static final Pattern PARTNER_NOT_READY = Pattern.compile("\\b" + SUBJECT
            + "(?:'s|'re| is| are| keeps? saying| says?| said)(?: (?:she's|he's|they're|she is|he is|they are))? not (?:ready|there yet)\\b");

    /**
     * The writer on the partner's side or examining their own conduct: how to help, what to avoid, "is that
     * pressure?", coping with their own feelings.
     */
    private static final Pattern SUPPORTS = Regex.compile(String.join("|",
            "\\bwithout (?:me |it |ever )?(?:pressur\\w*|push\\w*|rush\\w*|hurr\\w*|hurting|taking over|going too far|making (?:her|him|them|it)|being pushy|sounding|it (?:hurting|sounding|feeling|being|leading)|meaning to|upsetting|scaring|it leading)",
            "\\b(?:don't|dont|do not|never|not) (?:want|mean|trying|going) to (?:pressure|push|rush|hurry|hurt|upset|scare|force)\\b",
            // guarding against the partner feeling pushed: "i don't want her to feel like a kiss is a step towards sex"
            "\\b(?:don't|dont|do not|never) want (?:her|him|them) to (?:ever )?feel (?:like|pressured|pushed|obliged|rushed|she has to|he has to|they have to)\\b",
            "\\b(?:stop|keep|hold) myself (?:from|back)\\b|\\bstop myself\\b",
            "\\bhow (?:do|can|could|should|would) (?:i|we) (?:best )?(?:help|support|reassure|comfort|look after|be there|show (?:her|him|them)|make sure|stay patient|be patient|cope|deal|handle|live with|come to terms)\\b",
            "\\bwhat (?:do|should|can|could) i do with (?:that|this|it|those)\\b",
            // the partner keeps the say, or is released from a debt: "she can say stop at any point", "tell her she doesn't owe me"
            "\\b(?:she|he|they)(?:'s| is| are|'re)? (?:the one|the person) who (?:decides?|chooses?|sets?|leads?)\\b"
                    + "|\\b(?:she|he|they) (?:can|could|is able to|feels? able to) (?:always )?(?:say stop|say no|stop|pause|call it off)(?: at any (?:point|time|moment)| any ?time| whenever)\\b",
            "\\b(?:tell|show|remind|reassure|let) (?:her|him|them)(?: know)? (?:that )?(?:she|he|they|it|the promise|the deal|that promise)(?: \\w+)? (?:doesn't|doesnt|does not|don't|dont|do not|never) (?:have to|need to|owes?|count|matter|has to)\\b",
            "\\b(?:is|was|would) (?:that|this|doing that|what i'm doing|what im doing) (?:\\w+ )?(?:pressure|pressuring|pushy|too much|too pushy)\\b",
            "\\b(?:am i|was i|have i been|i've been|ive been|i have been|i might be|i may be|i'm scared i|im scared i|i worry i)\\b.{0,20}\\b(?:pressur\\w*|pushing|pushy|putting pressure|too much)\\b",
            "\\b(?:what|which) (?:should(?:n't)? i|not to|do i|words|things) (?:avoid|not say|say|say instead|stay away from)\\b|\\bwhich words\\b|\\bwords i should avoid\\b",
            "\\b(?:her|him|them|she|he|they) (?:to )?feels? (?:safe|safer|in charge|in control|comfortable|loved|less alone|ok|okay|supported|wanted|accepted|good)\\b"
                    + "(?! (?:enough )?(?:to|about|with) (?:have sex|having sex|do it|doing it|try|trying|let me|letting me|sleep|sex))",
            "\\b(?:happy|fine|ok|okay|glad|willing|content|prepared) (?:to wait|waiting)\\b|\\bnot (?:upset|angry|mad|bothered|annoyed|disappointed) (?:about|with) (?:waiting|it|her|him|them)\\b",
            "\\b(?:should i|do i|can i) (?:just )?let (?:her|him|them) (?:do|lead|decide|take|set|work|go at)\\b|\\bshould i just let (?:her|him|them)\\b"));

    /**
     * Pressure disclaimed by the writer: "not rushing her", "no pressure", "just curious", "i don't want to put pressure
     * on her". On the partner's side, unless a "but" follows in the same sentence: then it prefaces the push ("not
     * rushing her or anything but ...").
     */
    private static final String DISCLAIMER = "(?:(?:\\bi(?:'m| am)|\\bim|^|[,.;!?(]\\s*|\\b(?:and|honestly|obviously|definitely|really|i'm really|im really)) ?not "
            + "(?:rushing|pushing|pressuring|pressurising|hurrying|forcing|in a (?:rush|hurry)|impatient|trying to (?:rush|push|pressure|hurry|force))\\b"
            + "|(?:^|[,.;!?(]\\s*)no (?:rush|pressure|hurry)(?: at all| whatsoever| obviously| from me)?\\b|\\bjust (?:curious|wondering|asking|want(?:ing)? to (?:know|understand))\\b"
            + "|\\bgenuinely (?:asking|curious|want to (?:know|understand))\\b"
            + "|\\b(?:don't|dont|do not|never) want to (?:put (?:any |more |extra )?pressure on|turn (?:it|this) into a (?:deadline|race|schedule)|make (?:it|this) (?:a|into a) (?:deadline|race)))";
    private static final Pattern DISCLAIMS = Regex.compile(DISCLAIMER);
    private static final Pattern DISCLAIMS_THEN_BUT = Regex.compile("(?:" + DISCLAIMER + ")[^.?!]{0,60}?\\b(?:but|though|however|still|except)\\b");

    /** The writer's own aim for a change asked of the partner: "so we can finally have sex", "before our holiday". */
    private static final Pattern WRITERS_AIM = Regex.compile("\\bso (?:that )?(?:we|i) can (?:finally )?(?:have sex|do it|sleep together|have intercourse|go all the way|consummate)\\b"
            + "|\\bbefore (?:our|my|the|i) (?:holiday|wedding|honeymoon|anniversary|birthday|trip|deploy\\w*|leave)\\b");

    /** The partner refused, froze or was hurt: the part of an admission the writer reports of the partner. */
    private static final Pattern REFUSED = Regex.compile("\\b" + SUBJECT + "(?: was| had| kept| had been)?(?: \\w+)?"
            + " (?:said|says|saying|asks? me to|asked me to|tells? me to|told me to|begged me to|screamed|cried|crying|started crying|froze|went (?:silent|quiet|stiff)|pushed (?:me|my hand)|pulled away|tried to pull away|was (?:crying|tense|shaking|in pain|asleep|half asleep))\\b"
            + "|\\b(?:wait|stop|no)(?:,)? (?:wait|stop|no)\\b|\\bpushed my hand away\\b|\\bthe chance to say no\\b|\\bhalf asleep\\b");
    /** What the writer then did, in the past: going on, finishing, holding, trying again. */
    private static final Pattern WENT_ON = Regex.compile("\\bi (?:\\w+ ){0,3}?(?:(?:kept|keep) (?:going|pushing|trying)|carr(?:ied|y) on|continued|finish(?:ed)?|didn't stop|didnt stop|did not stop|went for it|went ahead|pushed (?:it )?in|pushed harder|forced|held (?:her|him|them) (?:down|still)|held (?:her|his|their) (?:wrists?|arms?|legs?|hips|head)|pinned|tried (?:a (?:second|third) time|anyway)|did it anyway|ignored (?:her|him|them|it))"
            + "|\\bi (?:didn't|didnt|did not) (?:really )?(?:give (?:her|him|them) (?:the|a) chance|let (?:her|him|them) (?:say|stop|finish)|wait|listen)\\b|\\bkind of held\\b");

    /** Something the writer did, reported in the past: what meaning's "admission of force" must rest on. */
    private static final Pattern WRITER_DID = Regex.compile("\\bi (?:\\w+ ){0,3}?(?:(?:kept|keep) (?:going|pushing|trying|at it)"
            + "|carried on|carry on|continued|continue|didn't|didnt|did not|did|went|push(?:ed)?|forc(?:e|ed)|held|hold (?:her|him|them)"
            + "|made|finish(?:ed)?|tried|waited|grabbed|pinned|ignored)\\b");

    /** A pill or a method asked about as contraception: answered from the guidance, not declined as a prescription. */
    private static final Pattern CONTRACEPTION = Regex.compile("\\bcontracept\\w*|\\bbirth control\\b|\\b(?:get|getting|got) pregnant\\b"
            + "|\\b(?:don't|dont|do not) want (?:a baby|to get pregnant|kids|children)(?: yet)?\\b|\\bpregnan\\w*\\b.{0,40}\\b(?:pill|implant|coil|injection|method)\\b"
            + "|\\b(?:pill|implant|coil|injection|method)\\b.{0,60}\\b(?:baby|pregnan\\w*)\\b|\\bthe pill\\b|\\b(?:pill|method)s? (?:or|and) (?:\\w+ )?(?:method|pill)\\b");

    /**
     * The writer's own situation without a domain word: "this" or "it" going away or getting easier, coping with it,
     * how others got through, where to begin. In this service such a message is never off-topic.
     */
    private static final Pattern OWN_SITUATION = Regex.compile(String.join("|",
            "\\b(?:this|it)\\b(?: \\w+){0,4} (?:go away|goes away|going away|get better|gets better|get easier|gets easier|ever end|ever stop|be permanent|permanent|forever|last forever)\\b",
            "\\b(?:stuck with|cope with|coping with|deal with|dealing with|get through|got through|getting through|live with|living with|going through|go through) (?:this|it|all this|all of this)\\b",
            "\\b(?:other|most|any) (?:people|couples|women|girls|partners|one)\\b.{0,40}\\b(?:cope|coped|get through|got through|deal|dealt|manage|managed|handle|go through|went through|feel|felt)\\b",
            "\\b(?:what|where) (?:do|should|can|would) (?:i|we) (?:actually |even |ever |really )?(?:do|start|begin)\\b",
            "\\b(?:am i|are we) (?:the only one|the only ones|alone in this|normal)\\b"));

    /** Waiting counted: how long, how much longer, when will it happen. */
    private static final Pattern ASKS_HOW_LONG = Regex.compile("\\bhow (?:much )?long(?:er)?\\b|\\bwhen (?:will|can|does|do|is)\\b|\\bat what point\\b|\\bhow many more\\b");
    /** The writer's own want said outright: "i want", "i need", "i miss", "my needs". */
    private static final Pattern WRITER_WANTS = Regex.compile("\\bi (?:really |just |still )?(?:want|need|miss|deserve|can't wait|cant wait)\\b|\\bmy needs\\b");
    /** A change asked of the partner in the plainest words: "get her to", "make him". */
    private static final Pattern GET_THEM_TO = Regex.compile("\\b(?:get|make|convince|persuade) " + OBJECT + "\\b");
    /** Help, support and comfort asked for. */
    private static final Pattern HELP_WORDS = Regex.compile("\\b(?:support\\w*|help\\w*|reassur\\w*|comfort\\w*|patient|safe|cuddl\\w*|gentle)\\b");
    /** Pushing, pressure and hurry named at all. */
    private static final Pattern PUSH_WORDS = Regex.compile("\\b(?:push\\w*|pressur\\w*|rush\\w*|hurry\\w*|faster|quicker|quickest|speed\\w*|skip\\w*|stall\\w*)\\b");
    /** Pushing named only to be ruled out: "without pressuring", "i'd never push". */
    private static final Pattern PUSH_RULED_OUT = Regex.compile("\\b(?:without|never|not|don't want to|dont want to|do not want to|wouldn't|wouldnt) (?:\\w+ ){0,2}?(?:push\\w*|pressur\\w*|rush\\w*|hurry\\w*|forc\\w*)\\b|\\bnot (?:asking|saying) (?:this )?(?:so|to|because)\\b");
    /** The writer's feelings about themselves: guilt, worry, frustration owned. */
    private static final Pattern OWN_FEELING = Regex.compile("\\bi (?:feel|felt|am|'m|get|got)\\b.{0,20}\\b(?:bad|guilty|frustrated|sad|scared|worried|lonely|selfish)\\b|\\bis (?:it|that) (?:ok|okay|normal)\\b");

    /** The names of {@link #cues}, in their order: the pressure model's file names its weights by them. */
    static final java.util.List<String> CUES = java.util.List.of("partner_named", "holds_back", "moves_them", "presses_alone",
            "finds_fault", "claims", "proceeds", "partner_not_ready", "supports", "disclaims", "disclaims_then_but",
            "writers_aim", "refused", "went_on", "asks_how_long", "writer_wants", "get_them_to", "help_words",
            "push_words", "push_ruled_out", "own_feeling");

    /**
     * The structure cues of a normalised message, 1 or 0 in the order of {@link #CUES}: what the pressure model weighs
     * beside the message vector (the patterns above, and a few plainer words they do not use alone).
     */
    double[] cues(String text) {
        Pattern[] patterns = {PARTNER, HOLDS_BACK, MOVES_THEM, PRESSES_ALONE, FINDS_FAULT, CLAIMS, PROCEEDS,
                PARTNER_NOT_READY, SUPPORTS, DISCLAIMS, DISCLAIMS_THEN_BUT, WRITERS_AIM, REFUSED, WENT_ON, ASKS_HOW_LONG,
                WRITER_WANTS, GET_THEM_TO, HELP_WORDS, PUSH_WORDS, PUSH_RULED_OUT, OWN_FEELING};
        double[] cues = new double[patterns.length];
        for (int i = 0; i < patterns.length; i++) {
            cues[i] = patterns[i].matcher(text).find() ? 1 : 0;
        }
        return cues;
    }

    Stance stance(String text) {
        // A move strong alone wins over kind words around it; otherwise the writer's own care wins over a change
        // asked of a partner who holds back.
        if (pressesAlone(text)) {
            return Stance.PRESSING;
        }
        // Whatever frame asks it ("how do i make sure", "what do i say"), an aim that rules the partner's holding back
        // out, or a necessity laid on them in the writer's voice, is a push; one that keeps it open is on their side.
        HoldBackAim.Aim aim = aims.aim(text);
        if (aim == HoldBackAim.Aim.OVERRIDES || aims.laysNecessity(text)) {
            return Stance.PRESSING;
        }
        // A change asked of the partner is never supportive, whatever kind words come with it ("how do i get her to
        // ... without it hurting"): pressing when she holds back, when the writer discounts why or sets a claim of
        // their own against it; otherwise left to meaning.
        boolean claims = CLAIMS.matcher(text).find();
        boolean findsFault = FINDS_FAULT.matcher(text).find();
        if (MOVES_THEM.matcher(text).find()) {
            return HOLDS_BACK.matcher(text).find() || findsFault || claims || WRITERS_AIM.matcher(text).find()
                    ? Stance.PRESSING : Stance.NEITHER;
        }
        // Earlier partners held up as the measure and put to the partner ("should i tell her my ex never had a problem"):
        // the comparison is the lever, whatever the question asks.
        if (EX_MEASURE.matcher(text).find() && TELLS_THEM.matcher(text).find()) {
            return Stance.PRESSING;
        }
        // Going ahead proposed while the writer decides for the partner ("i think they'd relax into it"): pressing
        // whatever kind words come with it.
        boolean proceeds = PROCEEDS.matcher(text).find();
        if (proceeds && findsFault) {
            return Stance.PRESSING;
        }
        if (aim == HoldBackAim.Aim.KEEPS_OPEN || SUPPORTS.matcher(text).find()) {
            return Stance.SUPPORTIVE;
        }
        // Pressure disclaimed and no push after it: a plain question asked kindly ("how long till ... not rushing her").
        // A push named only to be disowned ("i don't want it to feel like homework she owes me"; any other match of it
        // returned above) is a disclaimer too.
        boolean disownsPush = PRESSES_ALONE.matcher(text).find();
        if (!claims && (DISCLAIMS.matcher(text).find() || disownsPush) && !DISCLAIMS_THEN_BUT.matcher(text).find()) {
            return Stance.SUPPORTIVE;
        }
        // Going ahead proposed against a partner who says they are not ready.
        if (proceeds && PARTNER_NOT_READY.matcher(text).find()) {
            return Stance.PRESSING;
        }
        // The writer's need weighed against the partner's pace is pressure even with no change asked outright.
        return claims ? Stance.PRESSING : Stance.NEITHER;
    }

    /**
     * A move strong alone, unless the writer disowns it in the words just before: "i don't want it to feel like homework
     * she owes me" names the debt only to rule it out.
     */
    private static boolean pressesAlone(String text) {
        Matcher m = PRESSES_ALONE.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 50), m.start());
            int sentence = Math.max(before.lastIndexOf('.'), Math.max(before.lastIndexOf('?'), before.lastIndexOf('!')));
            if (!DISOWNED.matcher(before.substring(sentence + 1)).find()) {
                return true;
            }
        }
        return false;
    }

    /** The writer ruling out what follows: "i don't want it to feel like", "never want her to think". */
    private static final Pattern DISOWNED = Regex.compile("\\b(?:don't|dont|do not|never|not) (?:want|mean|meaning)"
            + " (?:it|her|him|them|this|that)? ?(?:to )?(?:feel|seem|look|sound|think|be)\\b");

    /** The partner refused or froze and the writer says they went on: an admission, whatever the words. */
    boolean admitsGoingOn(String text) {
        return REFUSED.matcher(text).find() && WENT_ON.matcher(text).find();
    }

    /** Whether the writer reports something they did: meaning alone hears "force" in a mere opinion about her. */
    boolean reportsOwnAct(String text) {
        return WRITER_DID.matcher(text).find();
    }

    /** The writer's own situation, said without a domain word: in scope whatever the banks hear. */
    boolean aboutTheirSituation(String text) {
        return OWN_SITUATION.matcher(text).find();
    }

    /** A medicine word asked about as contraception, which the guidance covers. */
    boolean asksAboutContraception(String text) {
        return CONTRACEPTION.matcher(text).find();
    }
}
