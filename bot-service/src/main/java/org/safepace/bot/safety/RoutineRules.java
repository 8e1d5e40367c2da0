package org.safepace.bot.safety;

import static org.safepace.bot.safety.AnalysedText.ALL;
import static org.safepace.bot.safety.AnalysedText.NEGATION;

import java.util.Optional;
import org.safepace.bot.safety.AnalysedText.Term;

/**
 * Routine referrals: no progress after about four weeks of practice; a condition such as endometriosis,
 * vestibulodynia, lichen sclerosus or past trauma without current care; and requests for a diagnosis or for medicines
 * and doses, which SafePace does not give.
 */
final class RoutineRules implements RuleFamily {

    /** Four weeks of practice before "no progress" is worth a review. */
    static final double NO_PROGRESS_HOURS = 4 * 168;

    static final Term NO_PROGRESS = Term.near(4, "\\b(?:(?:no|zero|little|any|not much|not any) (?:real )?(?:progress|improvement"
            + "|change|difference)|not (?:making|seeing|getting|had) (?:any |much )?(?:progress|anywhere|better|results)"
            + "|(?:haven't|have not|hasn't|has not) (?:made |seen |had |really )?(?:any |much )?(?:progress|improvement"
            + "|improved|changed|got(?:ten)? (?:any )?(?:better|easier|anywhere))|not (?:improving|progressing|working"
            + "|getting (?:easier|better|anywhere))|(?:isn't|is not|aren't|doesn't|don't) (?:seem to )?(?:be )?"
            + "(?:working|help(?:ing)?|improv\\w*|progress\\w*|getting (?:easier|better|anywhere))"
            + "|nothing (?:has |is )?(?:changed|changing|working|helps|helped|works)|stuck (?:on|at|with)"
            + "|still (?:can't|unable to|not able to|can not) (?:\\w+ ){0,3}(?:insert|get|use|fit|put|manage)"
            + "|same (?:size|dilator|place|point|stage) (?:for|since)|going nowhere|getting nowhere|back to square 1)\\b",
            "progress", "improv", "change", "difference", "anywhere", "better", "result", "easier", "working",
            "help", "nothing", "stuck", "still", "same", "nowhere", "square")
            .startingWith(
            "no", "zero", "little", "any", "not", "haven't", "have", "hasn't", "has", "isn't", "is", "aren't",
            "doesn't", "don't", "nothing", "stuck", "still", "same", "going", "getting", "back");

    static final Term CONDITION = Term.near(1, "\\b(?:endometriosis|endo|adenomyosis|vestibulodynia|vulvodynia|vestibulitis"
            + "|lichen (?:sclerosus|planus)|(?:sexual |childhood |birth |past |previous |medical |religious )?trauma"
            + "(?:tic)?|ptsd|pelvic inflammatory disease|pid|interstitial cystitis|painful bladder syndrome"
            + "|pudendal neuralgia|fibroids|was abused as a child|abusive relationship)\\b",
            "endo", "adenomyosis", "vestibul", "vulvodynia", "lichen", "trauma", "ptsd", "pelvic", "pid",
            "interstitial", "bladder", "pudendal", "fibroids", "abus")
            .startingWith(
            "endo", "adenomyosis", "vestibul", "vulvodynia", "lichen", "sexual", "childhood", "birth", "past",
            "previous", "medical", "religious", "trauma", "ptsd", "pelvic", "pid", "interstitial", "painful",
            "pudendal", "fibroids", "was", "abusive");

    static final Term CARE = Term.near(4, "\\b(?:(?:my|a|our|her) (?:gp|doctor|doc|gynae\\w*|gyn\\w*|physio\\w*|pelvic (?:floor |health )?"
            + "physio\\w*|therapist|counsell?or|psychologist|psychiatrist|specialist|consultant|nurse|midwife|clinic|team"
            + "|dermatologist) (?:is|are|has|have|knows?|treats?|treated|manages?|diagnosed|prescribed|suggested"
            + "|recommended|said|told|helps?|helping|put me|referred|monitors?|checks?|sees)"
            + "|(?:seeing|see|saw|working with|in touch with|under|referred to|been referred|booked (?:in )?with|have an "
            + "appointment|appointment with|talking to|speak to) (?:a |my |the |her |an )?(?:gp|doctor|gynae\\w*|gyn\\w*"
            + "|physio\\w*|pelvic|therapist|counsell?or|psychologist|psychiatrist|specialist|consultant|clinic|team|care"
            + "|dermatologist|endometriosis)|in (?:therapy|treatment|counsell?ing)|being treated|getting (?:treatment"
            + "|help|support)|(?:on|having|had|started) (?:treatment|surgery|medication|hormones)|under (?:the )?care"
            + "|managed by|treated (?:for|by)|have (?:a|my) (?:therapist|physio|specialist|consultant))\\b",
            "gp", "doc", "gyn", "physio", "pelvic", "therap", "counsel", "psycholog", "psychiatr", "specialist",
            "consultant", "nurse", "midwife", "clinic", "team", "dermatolog", "care", "endo", "treat", "help",
            "support", "surgery", "medic", "hormone", "managed")
            .startingWith(
            "my", "a", "our", "her", "seeing", "see", "saw", "working", "in", "under", "referred", "been", "booked",
            "have", "appointment", "talking", "speak", "being", "getting", "on", "having", "had", "started",
            "managed", "treated");

    static final Term WITHOUT_CARE = Term.of("\\b(?:no (?:1|one|doctor|gp|treatment|help|support|care|therapist|physio)"
            + "|not (?:seeing|getting|had|having|receiving|in) (?:any |a |an )?(?:1|anyone|doctor|gp|treatment|help|support"
            + "|care|therapy|therapist|physio)|(?:don't|do not|haven't|have not|never) (?:have|had|got|seen|see|been to|told"
            + "|talked to|spoken to) (?:a |any |my |anyone|a doctor|a gp|anybody)|(?:never|haven't|have not|wasn't|was never)"
            + " (?:been )?(?:treated|seen|helped|supported)|untreated|without (?:any )?(?:treatment|help|support|care)"
            + "|on my own|by myself|nobody knows|no 1 knows|never told anyone|not treated|stopped (?:seeing|going))\\b",
            "no", "not", "don't", "do", "haven't", "have", "never", "wasn't", "was", "untreated", "without", "on",
            "by", "nobody", "stopped");

    /** Asking what a condition is, or whether it causes something, is education, not a disclosure. */
    static final Term CONDITION_EDUCATION = Term.of("\\b(?:what(?:'s| is| are)|is there a link|link between|difference"
            + " between|tell me about|explain|how (?:does|do|is|are)|can (?:\\w+ ){1,3}(?:cause|lead|make)|does (?:\\w+ ){1,3}"
            + "(?:cause|lead)|related to|associated with|connected to|could (?:this|it) be|is (?:this|it) (?:\\w+ )?(?:or|a sign))\\b",
            "what", "link", "difference", "tell", "explain", "how", "can", "does", "related", "associated",
            "connected", "could", "is");

    static final Term MEDICINE = Term.near(1, "\\b(?:medic(?:ation|ations|ine|ines)|meds|drugs?|pills?|tablets?|prescri\\w+"
            + "|dose|doses|dosage|\\d+ ?mg|lidocaine|lignocaine|numbing (?:cream|gel|spray)|emla|an(?:a)?esthetic"
            + "|ibuprofen|paracetamol|acetaminophen|naproxen|codeine|tramadol|valium|diazepam|amitriptyline|gabapentin"
            + "|pregabalin|botox|oestrogen|estrogen|hrt|vagifem|hormone (?:cream|therapy|pessar\\w+|gel)|steroid cream"
            + "|muscle relaxants?|antibiotics?|antifungals?|canesten|clotrimazole|fluconazole|painkillers?|pain killers?"
            + "|cbd|anti-?depressants?|sedatives?|benzos?|xanax)\\b",
            "medic", "meds", "drug", "pill", "tablet", "prescri", "dos", "#digit", "mg", "lidocaine", "lignocaine",
            "numbing", "emla", "anesthetic", "anaesthetic", "ibuprofen", "paracetamol", "acetaminophen", "naproxen",
            "codeine", "tramadol", "valium", "diazepam", "amitriptyline", "gabapentin", "pregabalin", "botox",
            "oestrogen", "estrogen", "hrt", "vagifem", "hormone", "steroid", "muscle", "antibiotic", "antifungal",
            "canesten", "clotrimazole", "fluconazole", "painkiller", "killer", "cbd", "anti", "sedative", "benzo",
            "xanax");

    static final Term REQUEST = Term.of("(?:\\b(?:should (?:i|she|we) (?:take|use|try|get)|can (?:i|she|we) (?:take|use|try"
            + "|have|get)|could (?:i|she) (?:take|use|try)|what (?:dose|dosage|strength|should|can|medication|medicine"
            + "|cream|pill|tablet)|which (?:medication|medicine|cream|pill|tablet|drug|painkiller)|how (?:much|many"
            + "|often|long)|recommend|prescribe|suggest|is it (?:ok|okay|safe|fine|alright) to (?:take|use)"
            + "|will (?:\\w+ ){0,2}help|do you think|what about|is there (?:a|any) (?:medication|medicine|pill|cream|drug"
            + "|tablet)|tell me (?:what|which|how)|need (?:a|some)|want (?:a|some))\\b|\\?)",
            "should", "can", "could", "what", "which", "how", "recommend", "prescri", "suggest", "is", "will", "do",
            "tell", "need", "want", "?");

    static final Term DIAGNOSIS = Term.of("\\b(?:do (?:i|you think i|you think she|you think my \\w+|she|we) (?:have|has|got)"
            + "(?! to\\b)|have i got|has she got|is (?:this|it|that|what i have|what she has) (?:vaginismus|vulvodynia"
            + "|vestibulodynia|endometriosis|an? (?:\\w+ )?(?:infection|problem|condition|disorder|disease)|normal or"
            + "|something (?:serious|wrong|else)|a (?:sign|symptom) of)|diagnos(?:e|is|ed) (?:me|her|this|my)"
            + "|can you (?:diagnose|tell me (?:if|whether|what)(?: i| she| it| this)? (?:have|has|is))"
            + "|what(?:'s| is) wrong with (?:me|her|my)|what do (?:i|you think i|she) have(?! to\\b)|what (?:condition|disorder|illness)"
            + " (?:do|does|is|have)|could (?:this|it) be (?:vaginismus|vulvodynia|vestibulodynia|endometriosis|an? \\w+"
            + "|something)|does (?:this|that) (?:sound|mean) like (?:i|she) (?:have|has)|how do i know if i have"
            + "|am i (?:suffering from|sick with))\\b",
            "do", "have", "has", "is", "diagnos", "can", "what", "could", "does", "how", "am");

    @Override
    public Finding evaluate(AnalysedText t) {
        Finding.Builder found = new Finding.Builder();
        if (noProgress(t)) {
            found.add(TriageLevel.ROUTINE, "no_progress", "routine.no_progress_4_weeks");
        }
        int conditionFilters = NEGATION | AnalysedText.HYPOTHETICAL | AnalysedText.OTHER_PERSON;
        for (int at = t.nextAffirmed(CONDITION, conditionFilters, 0), end = t.lastEnd; at >= 0;
             at = t.nextAffirmed(CONDITION, conditionFilters, end), end = t.lastEnd) {
            if (t.occursInSentence(CONDITION_EDUCATION, at)) {
                continue;
            }
            if (t.occurs(WITHOUT_CARE) || !t.affirmed(CARE, NEGATION)) {
                found.add(TriageLevel.ROUTINE, "condition_without_care", "routine.condition_without_care");
            }
            break;
        }
        for (int at = t.nextAffirmed(MEDICINE, NEGATION, 0), end = t.lastEnd; at >= 0;
             at = t.nextAffirmed(MEDICINE, NEGATION, end), end = t.lastEnd) {
            if (t.occursInSentence(REQUEST, at)) {
                found.add(TriageLevel.ROUTINE, "medication_or_diagnosis", "routine.medication_request");
                break;
            }
        }
        if (t.affirmed(DIAGNOSIS, NEGATION)) {
            found.add(TriageLevel.ROUTINE, "medication_or_diagnosis", "routine.diagnosis_request");
        }
        return found.build();
    }

    private static boolean noProgress(AnalysedText t) {
        int at = t.firstAffirmed(NO_PROGRESS, ALL);
        if (at < 0) {
            return false;
        }
        double[] longest = {0};
        Lexicon.durations(t, 0, t.text.length(), d -> longest[0] = Math.max(longest[0], d.hours()));
        return longest[0] >= NO_PROGRESS_HOURS;
    }

    @Override
    public Optional<String> advice(String category, TriageLevel level, SafetyContacts contacts) {
        if (level != TriageLevel.ROUTINE) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (category) {
            case "no_progress" -> "**Feeling stuck:** a pelvic-health physiotherapist or sex therapist can look at "
                    + "your plan with you. After four to six weeks without change, a fresh pair of eyes often finds "
                    + "what's holding things back; it isn't a sign that you've done anything wrong.";
            case "condition_without_care" -> "**Getting care for what you've told me about:** a GP, gynaecologist, "
                    + "pelvic-health physiotherapist or therapist who knows about it can make sure your practice "
                    + "suits you. Conditions like endometriosis, vestibulodynia or lichen sclerosus, and the effects "
                    + "of trauma, respond best with the right support alongside.";
            case "medication_or_diagnosis" -> "**Medicines and diagnosis:** I can't diagnose or suggest medicines or "
                    + "doses. A GP, pharmacist or your specialist can: they can examine you, check what suits you, "
                    + "and explain the options.";
            default -> null;
        });
    }
}
