package org.safepace.bot.safety;

import org.safepace.bot.clinic.ClinicHours;
import org.safepace.bot.retrieval.GuidanceRetriever;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The safety layer. Nothing here can switch a rule off or lower a level: only contact details are configurable. */
@Configuration(proxyBeanMethods = false)
class SafetyConfiguration {

    @Bean
    SafetyScreen safetyScreen(GuidanceRetriever retriever) {
        return new SafetyScreen(SemanticBackstop.load(texts -> retriever.exampleVectors("semantic-backstop", texts)));
    }

    @Bean
    SeekCareMessages seekCareMessages(SafetyContacts contacts, ClinicHours clinicHours) {
        return new SeekCareMessages(contacts, clinicHours);
    }

    @Bean
    OutboundCheck outboundCheck() {
        return new OutboundCheck();
    }
}
