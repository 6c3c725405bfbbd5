package io.github.sipas.core.csv;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import io.github.sipas.core.Answer;
import io.github.sipas.core.AnswerParser;
import io.github.sipas.core.InputException;
import io.github.sipas.core.Item;
import io.github.sipas.core.ItemType;
import io.github.sipas.core.RowRules;
import io.github.sipas.core.Survey;

/**
 * The {@link AnswerValues} of a reader turned into answers for the items of its survey: checked once when the reader is
 * built (the {@code *} rules, and the rules of a column named by an item id), and for each item column when a header is
 * resolved. Immutable.
 */
final class ValueRules {

    static final ValueRules NONE = new ValueRules();

    private final AnswerValues values;
    private final RowRules rules;
    /** The answers of the {@code *} rules that apply to each item, by item id; folded values. */
    private final Map<String, Map<String, Answer>> anyByItem;

    private ValueRules() {
        this.values = AnswerValues.NONE;
        this.rules = null;
        this.anyByItem = Map.of();
    }

    /**
     * @throws InputException if a {@code *} rule's code is on no scale of the survey, or a rule of a column named by an
     *     item id has a code not on that item's scale
     */
    ValueRules(AnswerValues values, RowRules rules) {
        this.values = values;
        this.rules = rules;
        Survey survey = rules.survey();
        Map<String, Map<String, Answer>> byItem = new HashMap<>();
        Map<AnswerValues.Entry, Boolean> used = new LinkedHashMap<>();
        values.anyColumn().values().forEach(e -> used.put(e, false));
        for (Item item : survey.items()) {
            Map<String, Answer> answers = new HashMap<>();
            for (var e : values.anyColumn().entrySet()) {
                Object a = answer(item, e.getValue());
                if (a instanceof Answer answer) {
                    answers.put(e.getKey(), answer);
                    used.put(e.getValue(), true);
                }
            }
            byItem.put(item.id(), Map.copyOf(answers));
            for (AnswerValues.Entry e : values.forColumn(item.id()).values()) {
                if (!e.column().equalsIgnoreCase(item.id())) {
                    continue;
                }
                if (answer(item, e) instanceof AnswerParser.Failure f) {
                    throw e.error(f.message());
                }
            }
        }
        used.forEach((e, ok) -> {
            if (!ok) {
                String code = String.valueOf(e.code());
                if (List.of("dont-know", "not-applicable", "not-asked").contains(code)) {
                    throw e.error("code '" + code + "' of a '*' rule: no scale of survey " + survey.id() + " has a "
                            + code + " code, so no column can read a value as it; give the value a scale code or "
                            + "unanswered, or add a " + ("not-asked".equals(code) ? "not-asked" : "dont-know")
                            + " special code to the scale" + ("not-applicable".equals(code)
                            ? " (not applicable reads as don't know)" : ""));
                }
                throw e.error("code '" + code + "' of a '*' rule is on no scale of survey " + survey.id()
                        + "; allowed: a scale code, dont-know, not-applicable, not-asked or unanswered");
            }
        });
        this.anyByItem = Map.copyOf(byItem);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * The parser of an item column: the item's own, under the column's rules and the {@code *} rules.
     *
     * @throws InputException if a rule of the column has a code that is not on the item's scale
     */
    AnswerParser parser(String header, String itemId) {
        AnswerParser base = rules == null ? null : rules.parser(itemId);
        if (values.isEmpty()) {
            return base;
        }
        Item item = rules.survey().findItem(itemId).orElseThrow();
        Map<String, Answer> answers = new HashMap<>(anyByItem.getOrDefault(itemId, Map.of()));
        for (var e : values.forColumn(header, itemId).entrySet()) {
            Object a = answer(item, e.getValue());
            if (a instanceof AnswerParser.Failure f) {
                throw e.getValue().error("column '" + header + "': " + f.message());
            }
            answers.put(e.getKey(), (Answer) a);
        }
        return base.withValues(answers);
    }

    /**
     * The units the unit column's rules give, by folded value: a unit id or name, as the unit list knows it when there
     * is one.
     *
     * @throws InputException if a rule names a unit the unit list does not have
     */
    Map<String, String> unitValues(String header) {
        if (values.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new HashMap<>();
        for (var e : values.forColumn(header, "unit").entrySet()) {
            String id = rules.unitId(e.getValue().code());
            if (id == null) {
                throw e.getValue().error("unit '" + e.getValue().code() + "' is not in the unit list; known: "
                        + rules.knownUnits());
            }
            out.put(e.getKey(), id);
        }
        return Map.copyOf(out);
    }

    /** Whether a rule names this column: its header, or the id of the item it holds. */
    boolean names(String header) {
        return values.namesColumn(header);
    }

    /** The answer a rule gives an item, or a Failure saying why it cannot. */
    private Object answer(Item item, AnswerValues.Entry e) {
        if (item.type() == ItemType.TEXT) {
            return new AnswerParser.Failure(io.github.sipas.core.Rule.NOT_A_CODE, "item " + item.id()
                    + " takes text, so it has no codes to give");
        }
        String code = e.code().strip().toLowerCase(Locale.ROOT);
        Answer a;
        switch (code) {
            case "unanswered":
                return Answer.unanswered();
            case "dont-know":
            case "not-applicable":
                a = Answer.dontKnow();
                break;
            case "not-asked":
                a = Answer.notAsked();
                break;
            default:
                Object parsed = rules.parser(item.id()).parse(e.code());
                if (!(parsed instanceof Answer) || parsed instanceof Answer.Unanswered) {
                    return parsed instanceof AnswerParser.Failure ? parsed : new AnswerParser.Failure(
                            io.github.sipas.core.Rule.NOT_A_CODE, "'" + e.code() + "' is not a code");
                }
                a = (Answer) parsed;
                break;
        }
        return rules.answer(item.id(), a);
    }
}
