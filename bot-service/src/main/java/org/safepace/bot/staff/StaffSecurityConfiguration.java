package org.safepace.bot.staff;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security for the staff side only. {@code /staff/api/**} takes HTTP Basic (no cookie, so nothing for CSRF to
 * forge); {@code /staff/**} is a form login with CSRF protection and a secure session cookie; everything else (the
 * chat API, the widget, the webhooks) passes through untouched: no login, no CSRF token, no extra headers, CORS as
 * the widget configures it.
 */
@Configuration(proxyBeanMethods = false)
class StaffSecurityConfiguration {

    static final String ROLE = "STAFF";

    /** Every request outside {@code /staff/}: exactly as before the staff side existed. */
    @Bean
    @Order(3)
    SecurityFilterChain publicEndpoints(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .cors(c -> c.disable())
                .headers(h -> h.disable())
                .requestCache(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** The accounts from {@code safepace.staff.accounts}; none at all when call-backs are off. */
    @Bean
    UserDetailsService staffAccounts(StaffProperties properties) {
        List<UserDetails> users = properties.accounts().stream()
                .map(a -> User.withUsername(a.username()).password(a.passwordHash()).roles(ROLE).build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    /** The staff chains, when call-backs are on. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty("safepace.callbacks.enabled")
    static class StaffChains {

        StaffChains(StaffProperties properties) {
            if (properties.accounts().isEmpty()) {
                throw new IllegalStateException("safepace.callbacks.enabled=true needs at least one staff account: "
                        + "safepace.staff.accounts[0].username and safepace.staff.accounts[0].password-hash");
            }
        }

        @Bean
        LoginLockout loginLockout(StaffProperties properties) {
            return new LoginLockout(properties);
        }

        /**
         * Each chain gets its own manager with no parent, so a failed login is counted once and never retried
         * against a global manager that does not know the lock-out (or bcrypt).
         */
        private static AuthenticationManager staffLogin(UserDetailsService staffAccounts, LoginLockout lockout) {
            DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(staffAccounts);
            passwords.setPasswordEncoder(new BCryptPasswordEncoder());
            return new ProviderManager(new LockingAuthenticationProvider(passwords, lockout));
        }

        @Bean
        @Order(1)
        SecurityFilterChain staffApi(HttpSecurity http, UserDetailsService staffAccounts, LoginLockout lockout)
                throws Exception {
            return http
                    .securityMatcher("/staff/api/**")
                    .authenticationManager(staffLogin(staffAccounts, lockout))
                    .authorizeHttpRequests(a -> a.anyRequest().hasRole(ROLE))
                    .httpBasic(b -> b.authenticationEntryPoint(unauthorized()))
                    .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized()))
                    .csrf(c -> c.disable())
                    .cors(c -> c.disable())
                    .requestCache(c -> c.disable())
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain staffPages(HttpSecurity http, UserDetailsService staffAccounts, LoginLockout lockout)
                throws Exception {
            return http
                    .securityMatcher("/staff", "/staff/**")
                    .authenticationManager(staffLogin(staffAccounts, lockout))
                    .authorizeHttpRequests(a -> a.requestMatchers("/staff/login", "/staff/staff.css").permitAll()
                            .anyRequest().hasRole(ROLE))
                    .formLogin(f -> f.loginPage("/staff/login").loginProcessingUrl("/staff/login")
                            .defaultSuccessUrl("/staff/", true)
                            .failureHandler((request, response, e) -> response.sendRedirect(
                                    request.getContextPath() + "/staff/login?"
                                            + (e instanceof LockedException ? "locked" : "error"))))
                    .logout(l -> l.logoutUrl("/staff/logout").logoutSuccessUrl("/staff/login?logout"))
                    .cors(c -> c.disable())
                    .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                            "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'")))
                    .build();
        }

        /** 401 as problem+json, with the Basic challenge. */
        private static AuthenticationEntryPoint unauthorized() {
            return (request, response, e) -> {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setHeader("WWW-Authenticate", "Basic realm=\"SafePace staff\"");
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("{\"type\":\"https://safepace.invalid/problems/unauthorized\","
                        + "\"title\":\"Login needed\",\"status\":401,"
                        + "\"detail\":\"The staff API needs a staff account (HTTP Basic).\"}");
            };
        }
    }
}
