package org.safepace.bot.staff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Clinic staff who may see call-back requests. Passwords are only ever configured as bcrypt hashes.
 *
 * @param accounts         who may log in
 * @param maxFailedLogins  failed attempts in a row before an account is locked
 * @param lockout          how long a locked account stays locked
 */
@Validated
@ConfigurationProperties("safepace.staff")
public record StaffProperties(List<@Valid Account> accounts,
                              @Min(value = 1, message = "safepace.staff.max-failed-logins must be at least 1")
                              @DefaultValue("5") int maxFailedLogins,
                              @NotNull(message = "safepace.staff.lockout must be set")
                              @DurationMin(nanos = 1, message = "safepace.staff.lockout must be positive")
                              @DefaultValue("15m") Duration lockout) {

    public StaffProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /**
     * @param username     the login name (also the name in the audit trail)
     * @param passwordHash a bcrypt hash ({@code $2a$}, {@code $2b$} or {@code $2y$}), never a password
     */
    public record Account(
            @NotBlank(message = "safepace.staff.accounts[].username must not be blank")
            @Size(max = 60, message = "safepace.staff.accounts[].username must be at most 60 characters")
            String username,
            @NotBlank(message = "safepace.staff.accounts[].password-hash must not be blank")
            String passwordHash) {

        private static final java.util.regex.Pattern BCRYPT =
                java.util.regex.Pattern.compile("\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}");

        /**
         * A method, not a pattern on the value: a plain password configured by mistake must never be repeated in
         * the start-up error.
         */
        @AssertTrue(message = "safepace.staff.accounts[].password-hash must be a bcrypt hash ($2a$, $2b$ or $2y$), "
                + "never a plain password")
        boolean isPasswordHashBcrypt() {
            return passwordHash == null || passwordHash.isBlank() || BCRYPT.matcher(passwordHash).matches();
        }

        @Override
        public String toString() {
            return "Account[username=" + username + ", passwordHash=<set>]";
        }
    }
}
