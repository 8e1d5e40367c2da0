package org.safepace.bot.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepace.bot.callback.CallbackTestSupport.STAFF;
import static org.safepace.bot.callback.CallbackTestSupport.STAFF_HASH;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepace.bot.SafePaceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Requests on the embedded database survive a restart, and the key file created on first start is reused. */
class CallbackRestartIT {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SafePaceApplication.class).properties(
                "server.port=0", "safepace.callbacks.enabled=true", "safepace.data-dir=" + dataDir,
                "safepace.staff.accounts[0].username=" + STAFF,
                "safepace.staff.accounts[0].password-hash=" + STAFF_HASH).run();
    }

    @Test
    void aRequestLeftBeforeARestartIsStillThereAndReadableAfterIt() {
        String id;
        try (ConfigurableApplicationContext first = start()) {
            CallbackService callbacks = first.getBean(CallbackService.class);
            id = callbacks.create(new NewCallback(ContactMethod.EMAIL, "robin@example.org", null, "mornings", false,
                    null), null).id();
        }
        assertThat(dataDir.resolve(CallbackKey.FILE_NAME)).exists();
        try (ConfigurableApplicationContext second = start()) {
            List<Callback> open = second.getBean(CallbackService.class).openRequests(STAFF);
            assertThat(open).singleElement().satisfies(c -> {
                assertThat(c.id()).isEqualTo(id);
                assertThat(c.contactValue()).isEqualTo("robin@example.org");
                assertThat(c.preferredTimes()).isEqualTo("mornings");
            });
        }
    }
}
