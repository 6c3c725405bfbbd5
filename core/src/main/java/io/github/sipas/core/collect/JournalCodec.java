package io.github.sipas.core.collect;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.zip.CRC32C;
import io.github.sipas.core.Answer;
import io.github.sipas.core.Problem;
import io.github.sipas.core.Response;

/**
 * Encodes and decodes the lines of a {@link Journal}: one JSON object a line, ending with its own CRC-32C.
 *
 * <p>A line is {@code {...fields...,"crc32c":"hhhhhhhh"}}: the checksum covers the line's bytes before
 * {@code ,"crc32c"}, so a flipped bit or a line cut short is found even where the rest is still valid JSON.
 */
final class JournalCodec {

    static final String FORMAT = "sipas-journal";
    static final int VERSION = 1;
    /** Longest line read, in bytes; a longer one is corrupt. */
    static final int MAX_LINE = 64 << 20;

    private static final byte[] CRC_PREFIX = ",\"crc32c\":\"".getBytes(StandardCharsets.US_ASCII);
    /** {@code ,"crc32c":"} + 8 hex digits + {@code "}}. */
    private static final int SUFFIX = CRC_PREFIX.length + 8 + 2;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(8)
                    .maxStringLength(MAX_LINE)
                    .maxDocumentLength(MAX_LINE)
                    .maxNumberLength(40)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JournalCodec() {
    }

    /** A line that is not a valid journal line; the message says why. */
    static final class BadLine extends Exception {
        private static final long serialVersionUID = 1L;

        BadLine(String message) {
            super(message, null, false, false);
        }
    }

    /** The first line of each journal file. */
    record Header(String survey, int file, Instant created) {
    }

    /** Returns the header line of a journal file, with its newline. */
    static byte[] encodeHeader(String survey, int file, Instant created) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(160);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeStringField("survey", survey);
            g.writeNumberField("file", file);
            g.writeStringField("created", created.toString());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seal(out);
    }

    /** Returns one record's line, with its newline. */
    static byte[] encode(Collected c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        Response r = c.response();
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeNumberField("seq", c.sequence());
            g.writeStringField("received", c.received().toString());
            g.writeStringField("id", r.id());
            g.writeStringField("unit", r.unit());
            if (r.period() != null) {
                g.writeStringField("period", r.period());
            }
            if (r.weight().isPresent()) {
                g.writeNumberField("weight", r.weight().getAsDouble());
            }
            g.writeObjectFieldStart("answers");
            for (Map.Entry<String, Answer> e : r.answers().entrySet()) {
                g.writeFieldName(e.getKey());
                Answer a = e.getValue();
                if (a instanceof Answer.Point p) {
                    g.writeNumber(p.code());
                } else if (a instanceof Answer.Unanswered) {
                    g.writeNull();
                } else if (a instanceof Answer.DontKnow) {
                    g.writeString("dont-know");
                } else if (a instanceof Answer.NotAsked) {
                    g.writeString("not-asked");
                } else if (a instanceof Answer.Choices ch) {
                    g.writeStartArray();
                    for (int code : ch.codes()) {
                        g.writeNumber(code);
                    }
                    g.writeEndArray();
                } else {
                    g.writeStartObject();
                    g.writeStringField("text", ((Answer.Text) a).text());
                    g.writeEndObject();
                }
            }
            g.writeEndObject();
            if (!r.attributes().isEmpty()) {
                g.writeObjectFieldStart("attributes");
                for (Map.Entry<String, String> e : r.attributes().entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seal(out);
    }

    /** Returns the object's bytes with its closing brace replaced by the checksum field, the brace and a newline. */
    private static byte[] seal(ByteArrayOutputStream out) {
        byte[] all = out.toByteArray();
        int end = all.length - 1; // the closing brace
        CRC32C crc = new CRC32C();
        crc.update(all, 0, end);
        long v = crc.getValue();
        byte[] line = java.util.Arrays.copyOf(all, end + SUFFIX + 1);
        System.arraycopy(CRC_PREFIX, 0, line, end, CRC_PREFIX.length);
        for (int i = 0; i < 8; i++) {
            line[end + CRC_PREFIX.length + i] = HEX[(int) (v >>> (28 - 4 * i)) & 0xF];
        }
        line[end + SUFFIX - 2] = '"';
        line[end + SUFFIX - 1] = '}';
        line[end + SUFFIX] = '\n';
        return line;
    }

    /** Checks a line's checksum (the line without its newline). */
    static void verify(byte[] line, int length) throws BadLine {
        if (length < SUFFIX + 2 || line[0] != '{') {
            throw new BadLine("not a journal line (too short or not a JSON object)");
        }
        int at = length - SUFFIX;
        for (int i = 0; i < CRC_PREFIX.length; i++) {
            if (line[at + i] != CRC_PREFIX[i]) {
                throw new BadLine("the line does not end with its checksum (\"crc32c\")");
            }
        }
        if (line[length - 2] != '"' || line[length - 1] != '}') {
            throw new BadLine("the line does not end with its checksum (\"crc32c\")");
        }
        long stated = 0;
        for (int i = 0; i < 8; i++) {
            int d = Character.digit(line[at + CRC_PREFIX.length + i], 16);
            if (d < 0) {
                throw new BadLine("the checksum is not 8 hexadecimal digits");
            }
            stated = stated << 4 | d;
        }
        CRC32C crc = new CRC32C();
        crc.update(line, 0, at);
        if (crc.getValue() != stated) {
            throw new BadLine(String.format("checksum mismatch: the line says %08x, its bytes give %08x", stated,
                    crc.getValue()));
        }
    }

    static Header decodeHeader(byte[] line, int length) throws BadLine {
        verify(line, length);
        String format = null;
        String survey = null;
        int version = -1;
        int file = -1;
        Instant created = null;
        try (JsonParser p = JSON.createParser(line, 0, length)) {
            start(p);
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken t = p.nextToken();
                switch (name) {
                    case "format" -> format = text(p, t, name);
                    case "version" -> version = small(whole(p, t, name), name);
                    case "survey" -> survey = text(p, t, name);
                    case "file" -> file = small(whole(p, t, name), name);
                    case "created" -> created = instant(text(p, t, name));
                    case "crc32c" -> text(p, t, name);
                    default -> throw new BadLine("unknown header field '" + name + "'");
                }
            }
            end(p);
        } catch (IOException e) {
            throw new BadLine("not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!FORMAT.equals(format)) {
            throw new BadLine("not a sipas journal header (\"format\" is " + quote(format) + ", expected \""
                    + FORMAT + "\")");
        }
        if (version != VERSION) {
            throw new BadLine("journal format version " + version + " is not supported; this library reads version "
                    + VERSION);
        }
        if (survey == null || file < 1 || created == null) {
            throw new BadLine("the header needs \"survey\", \"file\" (1 or more) and \"created\"");
        }
        return new Header(survey, file, created);
    }

    static Collected decode(byte[] line, int length) throws BadLine {
        verify(line, length);
        long seq = -1;
        Instant received = null;
        String id = null;
        String unit = null;
        String period = null;
        OptionalDouble weight = OptionalDouble.empty();
        Map<String, Answer> answers = null;
        Map<String, String> attributes = Map.of();
        try (JsonParser p = JSON.createParser(line, 0, length)) {
            start(p);
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken t = p.nextToken();
                switch (name) {
                    case "seq" -> seq = whole(p, t, name);
                    case "received" -> received = instant(text(p, t, name));
                    case "id" -> id = text(p, t, name);
                    case "unit" -> unit = text(p, t, name);
                    case "period" -> period = text(p, t, name);
                    case "weight" -> {
                        if (!t.isNumeric()) {
                            throw new BadLine("\"weight\" must be a number");
                        }
                        weight = OptionalDouble.of(p.getDoubleValue());
                    }
                    case "answers" -> answers = answers(p, t);
                    case "attributes" -> attributes = attributes(p, t);
                    case "crc32c" -> text(p, t, name);
                    default -> throw new BadLine("unknown field '" + name + "'");
                }
            }
            end(p);
        } catch (IOException e) {
            throw new BadLine("not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadLine("not a valid response: " + e.getMessage());
        }
        if (seq < 1 || received == null || id == null || unit == null || answers == null) {
            throw new BadLine("a record needs \"seq\" (1 or more), \"received\", \"id\", \"unit\" and \"answers\"");
        }
        try {
            return new Collected(seq, received, new Response(id, unit, period, weight, answers, attributes));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadLine("not a valid response: " + e.getMessage());
        }
    }

    private static Map<String, Answer> answers(JsonParser p, JsonToken t) throws IOException, BadLine {
        if (t != JsonToken.START_OBJECT) {
            throw new BadLine("\"answers\" must be an object");
        }
        Map<String, Answer> out = new LinkedHashMap<>();
        String item;
        while ((item = p.nextFieldName()) != null) {
            JsonToken v = p.nextToken();
            Answer a;
            if (v == JsonToken.VALUE_NUMBER_INT) {
                a = Answer.point(code(p, item));
            } else if (v == JsonToken.VALUE_NULL) {
                a = Answer.unanswered();
            } else if (v == JsonToken.VALUE_STRING && "dont-know".equals(p.getText())) {
                a = Answer.dontKnow();
            } else if (v == JsonToken.VALUE_STRING && "not-asked".equals(p.getText())) {
                a = Answer.notAsked();
            } else if (v == JsonToken.START_ARRAY) {
                List<Integer> codes = new ArrayList<>();
                while (p.nextToken() == JsonToken.VALUE_NUMBER_INT) {
                    codes.add(code(p, item));
                }
                if (p.currentToken() != JsonToken.END_ARRAY) {
                    throw new BadLine("the choices of " + item + " must be whole numbers");
                }
                a = new Answer.Choices(codes);
            } else if (v == JsonToken.START_OBJECT) {
                if (!"text".equals(p.nextFieldName()) || p.nextToken() != JsonToken.VALUE_STRING) {
                    throw new BadLine("the answer to " + item + " must be {\"text\": \"...\"}");
                }
                String text = p.getText();
                if (p.nextToken() != JsonToken.END_OBJECT) {
                    throw new BadLine("the answer to " + item + " must be {\"text\": \"...\"}");
                }
                a = Answer.text(text);
            } else {
                throw new BadLine("the answer to " + item + " is not a code, null, \"dont-know\", \"not-asked\", "
                        + "a list of codes or {\"text\": ...}");
            }
            out.put(item, a);
        }
        return out;
    }

    private static int code(JsonParser p, String item) throws IOException, BadLine {
        if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() < 0) {
            throw new BadLine("the answer to " + item + " is not a code (a whole number, 0 or more)");
        }
        return p.getIntValue();
    }

    private static Map<String, String> attributes(JsonParser p, JsonToken t) throws IOException, BadLine {
        if (t != JsonToken.START_OBJECT) {
            throw new BadLine("\"attributes\" must be an object");
        }
        Map<String, String> out = new LinkedHashMap<>();
        String name;
        while ((name = p.nextFieldName()) != null) {
            out.put(name, text(p, p.nextToken(), "attributes." + name));
        }
        return out;
    }

    private static void start(JsonParser p) throws IOException, BadLine {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new BadLine("not a JSON object");
        }
    }

    private static void end(JsonParser p) throws IOException, BadLine {
        if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
            throw new BadLine("unexpected content after the object");
        }
    }

    private static String text(JsonParser p, JsonToken t, String name) throws IOException, BadLine {
        if (t != JsonToken.VALUE_STRING) {
            throw new BadLine("\"" + name + "\" must be a string");
        }
        return p.getText();
    }

    private static long whole(JsonParser p, JsonToken t, String name) throws IOException, BadLine {
        if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new BadLine("\"" + name + "\" must be a whole number");
        }
        return p.getLongValue();
    }

    private static int small(long value, String name) throws BadLine {
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new BadLine("\"" + name + "\" is out of range: " + value);
        }
        return (int) value;
    }

    private static Instant instant(String text) throws BadLine {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadLine("not an ISO-8601 instant: " + quote(text));
        }
    }

    private static String quote(String s) {
        return s == null ? "missing" : "\"" + Problem.shorten(s) + "\"";
    }
}
