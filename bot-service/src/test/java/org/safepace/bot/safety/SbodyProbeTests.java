package org.safepace.bot.safety;

import org.junit.jupiter.api.Test;

class SbodyProbeTests {
    @Test
    void probe() {
        SafetyScreen s = new SafetyScreen();
        for (String m : new String[] {"it hurts for 3 days after every session now, never used to",
                "pain is 8/10 tonight, it was 4 last week", "the pain was 3/10 last week and now its 7",
                "it was 8/10 last week, now it's 3", "i used to get pain for 3 days after sessions, not any more",
                "got botox for vaginismus on monday, since then i cant pee properly and it burns",
                "is it normal to bleed a little the first time you have sex?",
                "Is it normal to bleed a bit after practising with the smallest size?"}) {
            System.out.println("PROBE " + s.screen(m) + " <= " + m);
        }
    }
}
