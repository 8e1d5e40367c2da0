package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safepace.bot.clinic.ClinicHours;
import org.safepace.bot.clinic.ClinicProperties;
import org.safepace.bot.retrieval.GuidanceRetriever;
import org.safepace.knowledge.Audience;
import org.safepace.knowledge.PassageHit;
import org.safepace.knowledge.PreviousTopic;
import org.safepace.knowledge.SearchResult;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class SafetyConfigurationTests {

    @EnableConfigurationProperties(SafetyContacts.class)
    @Configuration(proxyBeanMethods = false)
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, SafetyConfiguration.class)
            .withBean(ClinicHours.class, () -> new ClinicHours(ClinicProperties.notConfigured(), Clock.systemUTC()))
            .withBean(GuidanceRetriever.class, SafetyConfigurationTests::sameVectorForEverything);

    /** The semantic backstop needs the query embedding; these tests are about settings, so any vectors will do. */
    private static GuidanceRetriever sameVectorForEverything() {
        return new GuidanceRetriever() {
            @Override
            public SearchResult search(String query, Audience audience, int k) {
                return SearchResult.empty();
            }

            @Override
            public SearchResult search(String query, float[] vector, Audience audience, int k, PreviousTopic previous) {
                return SearchResult.empty();
            }

            @Override
            public float[] queryVector(String text) {
                return new float[] {1, 0};
            }

            @Override
            public List<float[]> exampleVectors(String bankName, List<String> texts) {
                return texts.stream().map(this::queryVector).toList();
            }

            @Override
            public Optional<PassageHit> passage(String passageId) {
                return Optional.empty();
            }

            @Override
            public List<String> coveredTopics() {
                return List.of();
            }
        };
    }

    @Test
    void contactDetailsAreTheOnlySettingsAndReachTheMessages() {
        runner.withPropertyValues("safepace.safety.emergency-number=112", "safepace.safety.crisis-line=Telefonseelsorge 0800 111 0 111",
                        "safepace.safety.out-of-hours-line=116 117")
                .run(context -> {
                    SafetyContacts contacts = context.getBean(SafetyContacts.class);
                    assertThat(contacts.emergencyNumber()).isEqualTo("112");
                    assertThat(contacts.sexualAssaultLine()).isEqualTo(SafetyContacts.DEFAULT_SEXUAL_ASSAULT);
                    SafetyDecision decision = context.getBean(SafetyScreen.class).screen("I want to end it all");
                    assertThat(context.getBean(SeekCareMessages.class).messageFor(decision))
                            .contains("call Telefonseelsorge 0800 111 0 111").contains("call 112 now");
                    assertThat(context.getBean(OutboundCheck.class).check("Hold for 1-3 minutes.").allowed()).isTrue();
                });
    }

    @Test
    void defaultsDoNotPretendToKnowTheCountry() {
        runner.run(context -> assertThat(context.getBean(SafetyContacts.class).emergencyNumber())
                .contains("999 in the UK").contains("911 in the US").contains("112 in the EU"));
    }
}
