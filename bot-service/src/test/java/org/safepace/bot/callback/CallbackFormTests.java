package org.safepace.bot.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safepace.bot.system.InvalidRequestException;

class CallbackFormTests {

    private static CallbackForm form(String method, String value) {
        return new CallbackForm(null, new CallbackForm.Contact(method, value), null, null, null, null, true);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "+44 7700 900123|+447700900123",
            "+1 (415) 555-0100|+14155550100",
            "0044 7700 900 123|+447700900123",
            "+33.6.12.34.56.78|+33612345678"})
    void phoneNumbersAreNormalisedToE164(String typed, String stored) {
        assertThat(form("phone", typed).validated().contactValue()).isEqualTo(stored);
        assertThat(form("sms", typed).validated().method()).isEqualTo(ContactMethod.SMS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"07700 900123", "+0 123 456 789", "+44 7700 9001234567890", "call me", "+44"})
    void implausiblePhoneNumbersNameTheField(String typed) {
        assertThatThrownBy(() -> form("phone", typed).validated())
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("contact.value"));
    }

    @Test
    void emailAddressesAreCheckedForAPlainShape() {
        assertThat(form("email", " sam.o'neill+clinic@example.co.uk ").validated().contactValue())
                .isEqualTo("sam.o'neill+clinic@example.co.uk");
        for (String bad : new String[] {"sam@", "@example.org", "sam example.org", "sam@example", "a@b@c.org"}) {
            assertThatThrownBy(() -> form("email", bad).validated())
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            e -> assertThat(e.field()).isEqualTo("contact.value"));
        }
    }

    @Test
    void consentMustBeExactlyTrue() {
        for (Boolean consent : new Boolean[] {null, false}) {
            CallbackForm form = new CallbackForm(null, new CallbackForm.Contact("email", "a@example.org"), null,
                    null, null, null, consent);
            assertThatThrownBy(form::validated).isInstanceOfSatisfying(InvalidRequestException.class,
                    e -> assertThat(e.field()).isEqualTo("consent"));
        }
    }

    @Test
    void unknownMethodsMissingContactsAndOverlongFieldsNameTheirField() {
        assertField(form("pigeon", "a@example.org"), "contact.method");
        assertField(form(null, "a@example.org"), "contact.method");
        assertField(form("email", " "), "contact.value");
        assertField(new CallbackForm(null, null, null, null, null, null, true), "contact");
        CallbackForm.Contact email = new CallbackForm.Contact("email", "a@example.org");
        assertField(new CallbackForm(null, email, "n".repeat(61), null, null, null, true), "name");
        assertField(new CallbackForm(null, email, null, "t".repeat(201), null, null, true), "preferredTimes");
        assertField(new CallbackForm(null, email, null, null, null, "x".repeat(501), true), "note");
    }

    @Test
    void optionalFieldsAreTrimmedBlankOnesDroppedAndVoicemailDefaultsToNo() {
        NewCallback request = new CallbackForm(null, new CallbackForm.Contact("EMAIL", "a@example.org"), "  Sam ",
                " ", null, "n".repeat(500), true).validated();
        assertThat(request.name()).isEqualTo("Sam");
        assertThat(request.preferredTimes()).isNull();
        assertThat(request.voicemailOk()).isFalse();
        assertThat(request.note()).hasSize(500);
    }

    private static void assertField(CallbackForm form, String field) {
        assertThatThrownBy(form::validated).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
