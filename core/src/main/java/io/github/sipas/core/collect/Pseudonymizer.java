package io.github.sipas.core.collect;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import io.github.sipas.core.Response;
import io.github.sipas.core.internal.Texts;

/**
 * Replaces response ids by keyed hashes before they are stored or exported, so that published files cannot be joined
 * back to the forms without the key: pseudonym = the first 16 bytes of HMAC-SHA-256(key, UTF-8 of the id, in NFC),
 * written as 32 lower-case hexadecimal digits.
 *
 * <p>The same id gives the same pseudonym under one key (so duplicates and later corrections still line up), and
 * unrelated pseudonyms under different keys. The key is the caller's to keep secret and must be at least 16 bytes; it
 * is copied. Safe to use from many threads.
 *
 * @since 0.1
 */
public final class Pseudonymizer {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    private Pseudonymizer(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /**
     * Returns a pseudonymizer for a key.
     *
     * @param key the secret key, at least 16 bytes
     * @return the pseudonymizer
     * @throws IllegalArgumentException if the key is shorter than 16 bytes
     */
    public static Pseudonymizer withKey(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < 16) {
            throw new IllegalArgumentException("key must be at least 16 bytes, not " + key.length);
        }
        return new Pseudonymizer(key.clone());
    }

    /**
     * Returns the pseudonym of an id.
     *
     * @param id the response id
     * @return 32 hexadecimal digits
     */
    public String pseudonym(String id) {
        Objects.requireNonNull(id, "id");
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(Texts.clean(id).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available in this Java runtime", e);
        }
    }

    /**
     * Returns a copy of a response whose id is replaced by its pseudonym.
     *
     * @param response the response
     * @return the copy
     */
    public Response apply(Response response) {
        return new Response(pseudonym(response.id()), response.unit(), response.period(), response.weight(),
                response.answers(), response.attributes());
    }
}
