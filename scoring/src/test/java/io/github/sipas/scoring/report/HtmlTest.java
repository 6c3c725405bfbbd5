package io.github.sipas.scoring.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The report's markup writer: every text and attribute value escaped, raw markup only through
 * {@link Html#rawTrustedMarkup(String)}, names checked, elements closed in order.
 */
class HtmlTest {

    static final Path SOURCES = Path.of("src/main/java/io/github/sipas/scoring/report");

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "&|&amp;", "<|&lt;", ">|&gt;", "\"|&quot;", "'|&#39;", "a & b < c|a &amp; b &lt; c", "plain|plain"})
    void eachSpecialCharacterIsEscapedInTextAndAttributes(String raw, String escaped) {
        assertEquals(escaped, Html.escape(raw));
        assertEquals("<p>" + escaped + "</p>", new Html().element("p", raw).finish());
        assertEquals("<p title=\"" + escaped + "\"></p>", new Html().open("p", "title", raw).close("p").finish());
    }

    @Test
    void escapingMatchesWhatThePageAlwaysWrote() {
        // Moved from HtmlReportTest.numbersUseTheLanguagesNotation, where it tested HtmlReportFormat.esc.
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", Html.escape("<a href=\"x\">&'"));
        assertEquals("a\uFFFDb", Html.escape("a\u0001b"));
    }

    @Test
    void charactersXmlDoesNotAllowAreReplacedAndPairsKept() {
        assertEquals("a\uFFFDb\uFFFDc\uFFFD", Html.escape("a\u0000b\uFFFEc\uD800"));
        assertEquals("tab\tnl\ncr\r", Html.escape("tab\tnl\ncr\r"));
        assertEquals("\uFFFD\uFFFD\uFFFD\u00A0", Html.escape("\u007F\u0080\u009B\u00A0")); // DEL and C1, not NBSP
        assertEquals("x\uD83D\uDE00y", Html.escape("x\uD83D\uDE00y"), "a surrogate pair is one character");
        assertEquals("\uFFFDz", Html.escape("\uDE00z"), "a lone low surrogate");
        assertEquals("", Html.escape(null));
        assertEquals("<p></p>", new Html().element("p", null).finish());
    }

    @Test
    void attributesAreDoubleQuotedInOrderAndANullValueIsLeftOut() {
        String html = new Html().open("td", "class", null, "colspan", "2").attr("title", "it's \"x\"")
                .attr("width", 12.345).attr("span", 3L).text("v").close("td").finish();
        assertEquals("<td colspan=\"2\" title=\"it&#39;s &quot;x&quot;\" width=\"12.35\" span=\"3\">v</td>", html);
    }

    @Test
    void numbersHaveAtMostTwoDecimalsAndNoExponent() {
        assertEquals("0", Html.number(0.0));
        assertEquals("0", Html.number(-0.001));
        assertEquals("0", Html.number(Double.NaN));
        assertEquals("12", Html.number(12.0));
        assertEquals("12.5", Html.number(12.50));
        assertEquals("0.33", Html.number(1.0 / 3));
        assertEquals("-4.1", Html.number(-4.1));
        assertEquals("10000000", Html.number(1e7));
        assertEquals("0.01", Html.number(0.005));
    }

    @Test
    void emptyElementsAndNesting() {
        Html h = new Html();
        h.open("svg", "xmlns", "http://www.w3.org/2000/svg").newline();
        h.open("line").attr("x1", 1.0).attr("y1", 2.5).closeEmpty().newline();
        h.empty("br");
        h.open("g").element("title", "a < b").close("g");
        h.close("svg").newline();
        assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<line x1=\"1\" y1=\"2.5\"/>\n<br/>"
                + "<g><title>a &lt; b</title></g></svg>\n", h.finish());
    }

    @Test
    void rawTrustedMarkupIsTheOnlyUnescapedPath() {
        assertEquals("<!DOCTYPE html><p>&lt;b&gt;</p>", new Html().rawTrustedMarkup("<!DOCTYPE html>")
                .element("p", "<b>").finish());
        // Every method of Html that takes a String escapes it, checks it as a name, or is rawTrustedMarkup.
        List<String> unescaped = new ArrayList<>();
        for (Method m : Html.class.getDeclaredMethods()) {
            if (Modifier.isPrivate(m.getModifiers()) || m.isSynthetic()) {
                continue;
            }
            for (Class<?> p : m.getParameterTypes()) {
                if ((p == String.class || p == String[].class) && !List.of("open", "attrs", "attr", "text", "close",
                        "empty", "element", "escape").contains(m.getName())) {
                    unescaped.add(m.getName());
                }
            }
        }
        assertEquals(List.of("rawTrustedMarkup"), unescaped.stream().distinct().toList());
        for (String text : List.of("<x>", "a\"b", "'", "a&b")) {
            for (String written : List.of(new Html().text(text).finish(), new Html().element("p", text).finish(),
                    new Html().open("p", "title", text).close("p").finish(),
                    new Html().empty("br", "title", text).finish())) {
                assertFalse(written.contains(text), written);
            }
        }
    }

    @Test
    void onlyThePagesConstantsAreWrittenRaw() throws IOException {
        // Outside Html itself, rawTrustedMarkup is called with a string literal or the style sheet only.
        Pattern call = Pattern.compile("rawTrustedMarkup\\(([^)]*)");
        List<String> arguments = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")
                    && !f.getFileName().toString().equals("Html.java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                assertFalse(source.contains("StringBuilder") && source.contains("append(\"<"),
                        file + " builds markup by hand");
                Matcher m = call.matcher(source);
                while (m.find()) {
                    arguments.add(m.group(1));
                }
            }
        }
        assertEquals(2, arguments.size(), "the doctype and the style sheet: " + arguments);
        for (String argument : arguments) {
            assertTrue(argument.matches("\"[^\"]*\"") || argument.startsWith("ReportStyle.css("), argument);
        }
    }

    @Test
    void namesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new Html().open("p onclick=x"));
        assertThrows(IllegalArgumentException.class, () -> new Html().open("p", "a\"b", "v"));
        assertThrows(IllegalArgumentException.class, () -> new Html().open("p", "title"), "a name without a value");
        assertThrows(IllegalArgumentException.class, () -> new Html().open("p").attr("", "v"));
        assertThrows(IllegalArgumentException.class, () -> new Html().open("<p>"));
        assertEquals("<html xml:lang=\"vi\" aria-labelledby=\"a b\" data-unit=\"u\"></html>", new Html()
                .open("html", "xml:lang", "vi", "aria-labelledby", "a b", "data-unit", "u").close("html").finish());
    }

    @Test
    void elementsCloseInTheOrderTheyWereOpened() {
        Html h = new Html().open("div").open("p");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> h.close("div"));
        assertTrue(e.getMessage().contains("<p>"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> new Html().close("p"), "nothing is open");
        IllegalStateException open = assertThrows(IllegalStateException.class, () -> new Html().open("div")
                .open("p").close("p").finish());
        assertTrue(open.getMessage().contains("div"), open.getMessage());
    }

    @Test
    void attributesBelongToTheStartTagOnly() {
        assertThrows(IllegalStateException.class, () -> new Html().open("p").text("x").attr("class", "c"));
        assertThrows(IllegalStateException.class, () -> new Html().open("div").open("p").close("p")
                .attr("class", "c"));
        assertThrows(IllegalStateException.class, () -> new Html().attr("class", "c"), "no element");
        assertThrows(IllegalStateException.class, () -> new Html().open("p").text("x").closeEmpty(),
                "an element with content cannot end as empty");
        assertThrows(IllegalStateException.class, () -> new Html().closeEmpty());
        assertThrows(IllegalArgumentException.class, () -> new Html().open("p").attrs("class"), "an odd count");
    }

    @Test
    void anElementWithoutContentHasItsEndTag() {
        assertEquals("<td class=\"flag\"></td>", new Html().element("td", "", "class", "flag").finish());
        assertEquals("<p>\n</p>", new Html().open("p").newline().close("p").finish());
    }
}
