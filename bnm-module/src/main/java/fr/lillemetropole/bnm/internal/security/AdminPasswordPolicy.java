package fr.lillemetropole.bnm.internal.security;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * What the built-in admin account's password must be at start-up: the one configured
 * (BNM_ADMIN_PASSWORD), Sling's default only in demo mode, otherwise a random one nobody
 * knows, which disables the account until a password is configured.
 */
final class AdminPasswordPolicy {

    static final int MIN_LENGTH = 12;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_";
    private static final int RANDOM_LENGTH = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AdminPasswordPolicy() {}

    /** The password to set, or empty to leave the account as it is. */
    static Optional<String> passwordToSet(String configured, boolean demo) {
        if (configured != null && !configured.isBlank()) {
            if (!demo && configured.length() < MIN_LENGTH) {
                throw new IllegalArgumentException(
                        "BNM_ADMIN_PASSWORD doit compter au moins " + MIN_LENGTH + " caractères");
            }
            return Optional.of(configured);
        }
        return demo ? Optional.empty() : Optional.of(randomPassword());
    }

    static String randomPassword() {
        StringBuilder password = new StringBuilder(RANDOM_LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
