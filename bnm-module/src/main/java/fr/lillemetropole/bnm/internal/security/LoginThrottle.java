package fr.lillemetropole.bnm.internal.security;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per login and per client address over a sliding window; past the limit,
 * further attempts are refused until the oldest failures leave the window. In memory, per node.
 */
final class LoginThrottle {

    private final int maxPerLogin;
    private final int maxPerAddress;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    LoginThrottle(int maxPerLogin, int maxPerAddress, long windowMillis, Clock clock) {
        this.maxPerLogin = maxPerLogin;
        this.maxPerAddress = maxPerAddress;
        this.windowMillis = windowMillis;
        this.clock = clock;
    }

    boolean isBlocked(String login, String address) {
        return count(loginKey(login)) >= maxPerLogin || count(addressKey(address)) >= maxPerAddress;
    }

    void failed(String login, String address) {
        long now = clock.millis();
        add(loginKey(login), now);
        add(addressKey(address), now);
    }

    void succeeded(String login) {
        failures.remove(loginKey(login));
    }

    /** Seconds until the next attempt may be made for this login and address. */
    long retryAfterSeconds(String login, String address) {
        long oldest = Math.max(oldest(loginKey(login)), oldest(addressKey(address)));
        return Math.max(1, (oldest + windowMillis - clock.millis()) / 1000);
    }

    private int count(String key) {
        Deque<Long> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times);
            return times.size();
        }
    }

    private long oldest(String key) {
        Deque<Long> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times);
            return times.isEmpty() ? 0 : times.peekFirst();
        }
    }

    private void add(String key, long now) {
        Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(now);
        }
    }

    private void prune(Deque<Long> times) {
        long limit = clock.millis() - windowMillis;
        while (!times.isEmpty() && times.peekFirst() <= limit) {
            times.pollFirst();
        }
    }

    private static String loginKey(String login) {
        return "login:" + (login == null ? "" : login.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
