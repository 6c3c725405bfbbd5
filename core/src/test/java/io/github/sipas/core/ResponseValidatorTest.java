package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import io.github.sipas.core.instrument.Surveys;

/** The id rules of {@link ResponseValidator}; its answer rules are {@link RowRulesTest}'s. */
class ResponseValidatorTest {

    static final Survey SIPAS_2017 = Surveys.bundled("sipas-2017");
    final ResponseValidator validator = new ResponseValidator(SIPAS_2017, null, "collector");

    static Response form(String id) {
        return Response.builder(id).unit("Sa Pa").answer("A1", 4).build();
    }

    @Test
    void normalizeIdFoldsCompatibilityCharactersAndTrims() {
        assertEquals("K-0001", ResponseValidator.normalizeId("\uFF2B-\uFF10\uFF10\uFF10\uFF11"));
        assertEquals("K-0001", ResponseValidator.normalizeId("\u00A0K-0001\u3000"));
        assertEquals("K-0001", ResponseValidator.normalizeId("K-0001"));
        assertEquals("fi-2", ResponseValidator.normalizeId("\uFB01-\u00B2"), "ligature and superscript");
        assertEquals("", ResponseValidator.normalizeId("\u3000"));
        assertEquals("K-0001", ResponseValidator.normalizeId("K\u22120001"), "minus sign");
        assertEquals("K-0001", ResponseValidator.normalizeId("K\u20100001"), "hyphen");
        assertEquals("K-0001\t", ResponseValidator.normalizeId(" K-0001\t"), "spaces trimmed, not a tab");
    }

    @Test
    void aResponseKeepsATabAtTheEndOfItsIdForTheCheckToRefuse() {
        assertEquals("K-1\t", form(" K-1\t").id());
        assertEquals("K-1", form("\u00A0K-1 ").id());
        assertTrue(validator.checkId(form("K-1\t").id()).isPresent());
    }

    @Test
    void lettersWithVietnameseMarksAreNoHiddenCharactersInEitherForm() {
        String nfc = "HS-Nguyễn-Thị-Ưng-01";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertTrue(validator.checkId(nfd).isEmpty(), "combining marks are marks, not format characters");
        Response checked = validator.check(form(nfd)).response();
        assertEquals(nfc, checked.id(), "stored composed");
    }

    @Test
    void aValidResponseComesBackWithItsIdNormalizedAndAnUnchangedOneAsItself() {
        Response plain = form("K-0001");
        assertEquals(plain, validator.check(plain).response());
        assertEquals("K-0001", validator.check(form("\uFF2B-0001")).response().id());
    }

    @Test
    void anIdWithAHiddenCharacterIsABadIdProblemThatStopsTheCheck() {
        ResponseValidator.Outcome o = validator.check(Response.builder("K\u2028-1").unit("Sa Pa").answer("A1", 9)
                .build());
        assertNull(o.response());
        assertEquals(1, o.problems().size(), "the answer is not checked as well");
        Problem p = o.problems().get(0);
        assertEquals(Rule.BAD_ID, p.rule());
        assertEquals("K\\u2028-1", p.value());
        assertTrue(p.message().startsWith("the response id holds U+2028 LINE SEPARATOR at position 2"), p.message());
        assertEquals("K\\\\\\u0009", validator.checkId("K\\\t").orElseThrow().value(), "a backslash is doubled");
        assertEquals("\\uDB40\\uDC01x", validator.checkId("\uDB40\uDC01x").orElseThrow().value(),
                "a supplementary format character (U+E0001 LANGUAGE TAG) as its two UTF-16 units");
    }
}
