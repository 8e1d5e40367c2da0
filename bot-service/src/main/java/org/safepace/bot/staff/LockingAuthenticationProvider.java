package org.safepace.bot.staff;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Checks staff passwords (bcrypt) and locks an account after repeated failures, for the page and the API alike. */
final class LockingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginLockout lockout;

    LockingAuthenticationProvider(AuthenticationProvider passwords, LoginLockout lockout) {
        this.passwords = passwords;
        this.lockout = lockout;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        if (lockout.isLocked(username)) {
            throw new LockedException("too many failed logins; try again later");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            lockout.succeeded(username);
            return result;
        } catch (BadCredentialsException e) {
            lockout.failed(username);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
