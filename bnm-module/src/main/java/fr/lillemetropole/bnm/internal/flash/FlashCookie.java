package fr.lillemetropole.bnm.internal.flash;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The flash cookie's value: {@code base64url(kind \n expiry \n text) "." base64url(HMAC-SHA256)}, the
 * expiry in epoch seconds. A value whose MAC does not match, or that expired, opens to nothing.
 */
final class FlashCookie {

    static final String NAME = "bnm.flash";
    static final int MAX_AGE_SECONDS = 120;
    static final int MAX_TEXT = 600;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;

    FlashCookie(byte[] key) {
        this.key = key.clone();
    }

    String seal(Flash flash, long expiresAtSecond) {
        String payload = flash.kind().name() + "\n" + expiresAtSecond + "\n" + truncate(flash.text());
        String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + ENCODER.encodeToString(mac(encoded));
    }

    Optional<Flash> open(String value, long nowSecond) {
        int dot = value == null ? -1 : value.indexOf('.');
        if (dot <= 0 || value.indexOf('.', dot + 1) >= 0) {
            return Optional.empty();
        }
        String encoded = value.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(mac(encoded), DECODER.decode(value.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODER.decode(encoded), StandardCharsets.UTF_8).split("\n", 3);
            if (parts.length != 3 || Long.parseLong(parts[1]) <= nowSecond) {
                return Optional.empty();
            }
            return Optional.of(new Flash(Flash.Kind.valueOf(parts[0]), parts[2]));
        } catch (IllegalArgumentException e) { // bad Base64, expiry or kind
            return Optional.empty();
        }
    }

    /** The Set-Cookie header that sets (max age > 0) or clears (0) the flash cookie. */
    static String header(String value, int maxAgeSeconds) {
        return NAME + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Lax";
    }

    /** At most {@value #MAX_TEXT} characters, never cutting a character in two. */
    static String truncate(String text) {
        String plain = text == null ? "" : text;
        if (plain.length() <= MAX_TEXT) {
            return plain;
        }
        int end = Character.isLowSurrogate(plain.charAt(MAX_TEXT)) ? MAX_TEXT - 1 : MAX_TEXT;
        return plain.substring(0, end);
    }

    private byte[] mac(String encoded) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return hmac.doFinal(encoded.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
