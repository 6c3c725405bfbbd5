package io.github.sipas.core.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import io.github.sipas.core.Response;

class PseudonymizerTest {

    static final byte[] KEY = "a key of sixteen bytes or more..".getBytes(StandardCharsets.US_ASCII);

    @Test
    void matchesHmacSha256OfTheId() {
        // RFC 4231 test case 2 uses a 4-byte key, below our minimum; this value was computed independently with
        // Python: hmac.new(b"a key of sixteen bytes or more..", b"R00000001", "sha256").hexdigest()[:32]
        assertEquals("6b51f9f294e7d11482f54e42180aef7f", Pseudonymizer.withKey(KEY).pseudonym("R00000001"));
    }

    @Test
    void stableForOneKeyAndDifferentAcrossKeys() {
        Pseudonymizer a = Pseudonymizer.withKey(KEY);
        Pseudonymizer b = Pseudonymizer.withKey("another key, also long enough".getBytes(StandardCharsets.UTF_8));
        assertEquals(a.pseudonym("K-001"), a.pseudonym("K-001"));
        assertEquals(a.pseudonym("K-001"), Pseudonymizer.withKey(KEY.clone()).pseudonym("K-001"));
        assertNotEquals(a.pseudonym("K-001"), b.pseudonym("K-001"));
        assertNotEquals(a.pseudonym("K-001"), a.pseudonym("K-002"));
    }

    @Test
    void idsInNfdAndNfcGiveOnePseudonym() {
        Pseudonymizer p = Pseudonymizer.withKey(KEY);
        String nfc = "Phiếu-Sa Pa-01";
        assertEquals(p.pseudonym(nfc), p.pseudonym(Normalizer.normalize(nfc, Normalizer.Form.NFD)));
    }

    @Test
    void changingTheCallersKeyArrayChangesNothing() {
        byte[] key = KEY.clone();
        Pseudonymizer p = Pseudonymizer.withKey(key);
        String before = p.pseudonym("X");
        key[0] ^= 1;
        assertEquals(before, p.pseudonym("X"));
    }

    @Test
    void shortKeysAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pseudonymizer.withKey(new byte[15]));
        assertTrue(e.getMessage().contains("16 bytes"), e.getMessage());
    }

    @Test
    void applyReplacesOnlyTheId() {
        Response r = Response.builder("R1").unit("Sa Pa").answer("A1", 5).attribute("gender", "Nữ").build();
        Response q = Pseudonymizer.withKey(KEY).apply(r);
        assertEquals(Pseudonymizer.withKey(KEY).pseudonym("R1"), q.id());
        assertEquals(r.answers(), q.answers());
        assertEquals(r.attributes(), q.attributes());
        assertEquals(r.unit(), q.unit());
    }
}
