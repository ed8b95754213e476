package fr.lillemetropole.bnm.internal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2022-09-30T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };
    private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(15).toMillis(), clock);

    @Test
    void aLoginIsBlockedAfterTooManyFailuresThenFreedWhenTheyAge() {
        for (int i = 0; i < 3; i++) {
            assertFalse(throttle.isBlocked("agent.lille", "10.0.0.1"));
            throttle.failed("Agent.Lille", "10.0.0.1");
        }
        assertTrue(throttle.isBlocked("agent.lille", "10.0.0.2"), "per login, whatever the address and case");
        assertFalse(throttle.isBlocked("elu.lille", "10.0.0.2"));
        now = now.plus(Duration.ofMinutes(16));
        assertFalse(throttle.isBlocked("agent.lille", "10.0.0.1"));
    }

    @Test
    void anAddressIsBlockedAfterTooManyFailuresAcrossLogins() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("login" + i, "192.0.2.7");
        }
        assertTrue(throttle.isBlocked("someone.else", "192.0.2.7"));
        assertFalse(throttle.isBlocked("someone.else", "192.0.2.8"));
    }

    @Test
    void aSuccessClearsTheLoginsFailures() {
        throttle.failed("agent.lille", "10.0.0.1");
        throttle.failed("agent.lille", "10.0.0.1");
        throttle.succeeded("agent.lille");
        throttle.failed("agent.lille", "10.0.0.1");
        throttle.failed("agent.lille", "10.0.0.1");
        assertFalse(throttle.isBlocked("agent.lille", "10.0.0.3"));
    }
}
