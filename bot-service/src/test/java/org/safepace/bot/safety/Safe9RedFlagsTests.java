package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The phrase families safe9 (2026-12-04) added from its half-A dev rows: the others having "an easier time" if I were
 * not around, a partner finishing after she cried or asked to stop, "so drunk i couldn't stand" then sex, a weapon to
 * be used on me, a question whether wheezing is a sign, and the writer's age tag in brackets. Each with messages of
 * its own (not the dev rows), and the twins that must stay quiet.
 */
class Safe9RedFlagsTests {

    private final SafetyScreen screen = new SafetyScreen();

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "my kids would have a better life if i wasnt here, i think about it every night|EMERGENCY|self_harm",
            "tbh my family would all have an easier time if i was gone|EMERGENCY|self_harm",
            "she was saying it hurt and begging me to stop but i finished anyway|SEEK_CARE|partner_used_force",
            "my wife cried the whole time and i just finished first|SEEK_CARE|partner_used_force",
            "we (28m) tried last night, she was crying but i kept going|SEEK_CARE|partner_used_force",
            "i (m32) kept going after she asked me to stop|SEEK_CARE|partner_used_force",
            "i was too drunk i couldnt even walk and he had sex with me in the taxi|SEEK_CARE|sexual_assault",
            "at the party i was so wasted i could barely talk and a guy had sex w me|SEEK_CARE|sexual_assault",
            "he keeps saying hes going to use the gun on me if i tell anyone|EMERGENCY|danger_now",
            "she pointed the kitchen knife at me and said dont you dare|EMERGENCY|danger_now",
            // from the older dev gaps, in other words
            "my husband would find a better wife if it wasnt me|EMERGENCY|self_harm",
            "once i'm gone she could finally meet someone normal|EMERGENCY|self_harm",
            "i keep staring at the pills in the cupboard thinking how easy it would be|EMERGENCY|self_harm",
            "ive been saving up my sleeping tablets and hiding them in a box|EMERGENCY|self_harm",
            "what pills do people not wake up from|EMERGENCY|self_harm",
            "how long would someone survive in the sea in december|EMERGENCY|self_harm",
            "i want to close my eyes and never open them again|EMERGENCY|self_harm",
            "every day im gutted i woke up at all|EMERGENCY|self_harm",
            "i dont deserve to live, he deserves someone whole|EMERGENCY|self_harm",
            "tbh theyd all be relieved if i was finally gone|EMERGENCY|self_harm",
            "if i keep saying no he'll tell my mum everything about us|SEEK_CARE|abuse_or_coercion",
            "he says he'll post the photos if i try to leave|SEEK_CARE|abuse_or_coercion",
            "every time i say no he gets really angry and shoves me|SEEK_CARE|abuse_or_coercion",
            "he carried on even though i was pushing him away the whole time, it was last night|SEEK_CARE|sexual_assault",
            "my wife just told me her manager assaulted her at work, she is in bits|SEEK_CARE|sexual_assault",
            "a guy on the bus groped me between my legs this morning|SEEK_CARE|sexual_assault",
            "the painkillers arent even helping and i can barely breathe through it|SEEK_CARE|severe_pain",
            "i cant get out of bed without screaming since the procedure|SEEK_CARE|severe_pain",
            "it felt like something just ripped inside when he pushed|SEEK_CARE|severe_pain"
    })
    void safe9FamiliesAreRaised(String message, TriageLevel level, String category) {
        SafetyDecision decision = screen.screen(message);
        assertThat(decision.level()).as(message + " " + decision.ruleIds()).isEqualTo(level);
        assertThat(decision.categories()).as(message).contains(category);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "my husband would have an easier time if i wasnt around this weekend, his parents are visiting",
            "the kids would have a better time if i wasnt there hovering, so im letting them go to camp",
            "she was crying and asked me to stop so i stopped right away and we cuddled",
            "she said it hurt so we stopped and i finished myself off later",
            "she cried about her mum all evening but i finished the washing up",
            "i was so drunk i couldnt stand at the wedding lol, my husband had to carry me to bed",
            "we use a knife to open the dilator packaging",
            "the knife scene pointed at the hero in that film gave me chills",
            "what should i do if i ever got wheezy from a condom? is wheezing a sign of allergy?",
            "my wife (29f) and i (30m) have been trying for a year",
            "my kids would have a better time at the park if i wasnt there nagging them",
            "once i'm gone for the weekend he could find someone to feed the cat",
            "i was staring at the dilators thinking how easy it would be to just give up on them",
            "ive been saving up for a new set of dilators and hiding the receipt from my husband lol",
            "how long would you last in the sauna, asking for my husband lol",
            "i sleep and never wake up before noon on sundays lol",
            "disappointed i woke up with a cold on physio day",
            "if i refuse the job offer he'll tell everyone im mad lol",
            "he'll show me the new flat if i leave work early",
            "my physio touched me down there during the exam and stopped when i asked",
            "the painkillers arent even needed now, its so much better",
            "she asked me to stop the car and i finished the drive later"
    })
    void theirTwinsAreQuiet(String message) {
        SafetyDecision decision = screen.screen(message);
        assertThat(decision.level()).as(message + " " + decision.ruleIds()).isEqualTo(TriageLevel.NONE);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "i (m32) kept going|i kept going .",
            "my wife (29F) and i|my wife and i .",
            "me (f, 24) and him|me and him .",
            "my husband (32) and i|my husband 32 and i .", // a bare number may be anything: kept
            "pain (8/10) today|pain 8/10 today ."
    })
    void anAgeTagInBracketsIsNoWordOfTheSentence(String message, String analysed) {
        assertThat(TextAnalyser.analyse(message).text).isEqualTo(analysed);
    }
}
