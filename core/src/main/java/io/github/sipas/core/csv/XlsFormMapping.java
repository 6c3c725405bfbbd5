package io.github.sipas.core.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import io.github.sipas.core.Answer;
import io.github.sipas.core.AnswerParser;
import io.github.sipas.core.ColumnMapping;
import io.github.sipas.core.ColumnTarget;
import io.github.sipas.core.InputException;
import io.github.sipas.core.Item;
import io.github.sipas.core.Scale;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.XlsForm;

/**
 * What an {@link XlsForm} says about the columns and answers of its Kobo / ODK exports, for an instrument: which
 * column answers which item, and which scale code each choice's name stands for.
 *
 * <h2>Columns</h2>
 * A question answers an item when its {@code sipas} column names the item (or says what else its column holds:
 * {@code unit}, {@code response_id}, {@code attribute:NAME}, {@code ignore}, as in a mapping file), else when its name
 * is the item's id, ignoring case. Its column is then mapped under the header Kobo writes with group names
 * ({@code group_access/a1_cho_ngoi}) and without ({@code a1_cho_ngoi}). A {@code select_multiple} item is read from
 * its one column of choice names ({@code tiep_can thu_tuc}); the columns Kobo adds beside it, one per option
 * ({@code group_x/n2/thu_tuc}, 1 or 0), repeat it and are ignored, so an export must keep the one column (Kobo's
 * default, "single and separate columns"). The text column of {@code or_other} ({@code NAME_other}) is kept as an
 * attribute. Every other question of the form is kept as an attribute named as the question, without a warning,
 * except one named as a unit column usually is ({@code don_vi}, {@code huyen}…, see {@link XlsForm#toSurvey()}),
 * which is left to the reader's own matching (its choices still stand for their labels, as below).
 *
 * <h2>Choices</h2>
 * For each choice of an item's list, its code is: the {@code sipas} column of the {@code choices} sheet (a code of the
 * item's scale, {@code dont-know}, {@code not-applicable}, {@code not-asked} or {@code unanswered}) when given;
 * else what its labels read as, in every language, with the reader's rules ({@link AnswerParser}: labels folded, {@code 4 - Hài lòng}, the
 * scale's special codes and their labels); else what its name reads as ({@code hai_long} folds to {@code hai long});
 * else {@code dont-know} when its name or a label is a common spelling of don't know / not applicable (see
 * {@link XlsForm#toSurvey()}).
 * Labels that read as two different codes, and a choice that reads as no code, are an {@link InputException} naming
 * the form's choices sheet and row, the list and the choice, before any response is read. The {@code other} choice
 * that {@code or_other} adds has no row and no code: a form that chose it is rejected by the reader with
 * {@code not-a-code}, never scored as a rating. For the question of the unit column ({@code sipas} = {@code unit},
 * or named so), each choice's name stands for its Vietnamese label (falling back to its other labels), which is
 * matched to the unit list as usual.
 *
 * @param mapping the columns the form names
 * @param values the answer values: for each column, what each choice's name stands for
 * @since 0.2
 */
public record XlsFormMapping(ColumnMapping mapping, List<Value> values) {

    /**
     * Copies the list.
     *
     * @param mapping the columns the form names
     * @param values the answer values
     * @throws NullPointerException if a field is null
     */
    public XlsFormMapping {
        Objects.requireNonNull(mapping, "mapping");
        values = List.copyOf(values);
    }

    /**
     * One answer value: in a column, a choice's name and the code it stands for, as a line of a values file.
     *
     * @param column the item's id, or {@code unit} for the unit column (as a values file names them)
     * @param value the choice's name, as an export in "XML values" writes it
     * @param code a scale code, {@code dont-know}, {@code not-applicable}, {@code not-asked}, {@code unanswered},
     *     or for the unit column the unit's name
     */
    public record Value(String column, String value, String code) {

        /**
         * Validates the fields.
         *
         * @param column the column's header
         * @param value the choice's name
         * @param code what it stands for
         * @throws NullPointerException if a field is null
         */
        public Value {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(code, "code");
        }
    }

    /**
     * Returns the answer values for the reader ({@link CsvResponseReader.Builder#values}).
     *
     * @return the values, one rule per choice of each item's list and of the unit question's list
     */
    public AnswerValues answerValues() {
        AnswerValues.Builder b = AnswerValues.builder();
        values.forEach(v -> b.add(v.column(), v.value(), v.code()));
        return b.build();
    }

    /**
     * Works out the mapping of a form's exports for an instrument, as the class documentation says.
     *
     * @param form the form
     * @param survey the instrument
     * @return the mapping and answer values
     * @throws InputException if a {@code sipas} cell names an item the instrument does not have or is not a target,
     *     or a choice of an item's list reads as no code or as two; the message names the form's sheet and cell
     */
    public static XlsFormMapping of(XlsForm form, Survey survey) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(survey, "survey");
        Map<String, ColumnTarget> targets = new LinkedHashMap<>();
        List<Value> values = new ArrayList<>();
        for (XlsForm.Question q : form.questions()) {
            Optional<ColumnTarget> t = target(form, survey, q);
            List<String> headers = q.groups().isEmpty() ? List.of(q.name()) : List.of(q.path(), q.name());
            if (t.isEmpty() && !XlsForm.isUnitName(q.name())) {
                // a field of the form: kept as an attribute named as the question, without a warning
                ColumnTarget attribute = ColumnTarget.attribute(q.name());
                headers.forEach(h -> targets.putIfAbsent(h, attribute));
                continue;
            }
            t.ifPresent(target -> headers.forEach(h -> targets.putIfAbsent(h, target)));
            if (t.isEmpty() || t.get().kind() == ColumnTarget.Kind.UNIT) {
                // the unit question, marked or named so: its choice names stand for the units' names
                for (XlsForm.Choice c : form.choicesOf(q)) {
                    if (c.row() > 0) {
                        String name = c.label("vi").orElse(c.name());
                        values.add(new Value("unit", c.name(), name));
                    }
                }
                continue;
            }
            if (t.get().kind() != ColumnTarget.Kind.ITEM) {
                continue;
            }
            Item item = survey.item(t.get().name());
            Optional<Scale> scale = survey.scaleOf(item);
            if (scale.isEmpty() || q.listName() == null) {
                continue;
            }
            AnswerParser parser = new AnswerParser(item, scale.get());
            for (XlsForm.Choice c : form.choicesOf(q)) {
                if (q.isSelectMultiple()) {
                    headers.forEach(h -> targets.putIfAbsent(h + "/" + c.name(), ColumnTarget.IGNORE));
                }
                if (c.row() > 0) {
                    values.add(new Value(item.id(), c.name(), code(form, item, scale.get(), parser, c)));
                }
            }
            if (q.orOther()) {
                ColumnTarget other = ColumnTarget.attribute(q.name() + "_other");
                headers.forEach(h -> targets.putIfAbsent(h + "_other", other));
            }
        }
        return new XlsFormMapping(new ColumnMapping(targets), List.copyOf(new java.util.LinkedHashSet<>(values)));
    }

    private static Optional<ColumnTarget> target(XlsForm form, Survey survey, XlsForm.Question q) {
        if (q.sipas() != null) {
            ColumnTarget t;
            try {
                t = ColumnTarget.parse(q.sipas());
            } catch (IllegalArgumentException e) {
                throw at(form, "survey", q.row(), "sipas", q.sipas(), "not a target: " + e.getMessage()
                        + "; allowed: an item id, unit, response_id, period, weight, attribute:NAME or ignore");
            }
            if (t.kind() == ColumnTarget.Kind.ITEM && survey.findItem(t.name()).isEmpty()) {
                throw at(form, "survey", q.row(), "sipas", q.sipas(), "question '" + q.name() + "' names item '"
                        + t.name() + "', which instrument '" + survey.id() + "' does not have");
            }
            return Optional.of(t);
        }
        for (Item item : survey.items()) {
            if (item.id().equalsIgnoreCase(q.name())) {
                return Optional.of(ColumnTarget.item(item.id()));
            }
        }
        return Optional.empty();
    }

    private static String code(XlsForm form, Item item, Scale scale, AnswerParser parser, XlsForm.Choice c) {
        if (c.sipas() != null) {
            String s = c.sipas().toLowerCase(Locale.ROOT);
            if (s.equals("dont-know") || s.equals("not-applicable") || s.equals("not-asked")
                    || s.equals("unanswered")) {
                return s;
            }
            if (s.matches("\\d{1,9}") && scale.hasCode(Integer.parseInt(s))) {
                return String.valueOf(Integer.parseInt(s));
            }
            throw at(form, "choices", c.row(), "sipas", c.sipas(), "list '" + c.listName() + "', choice '"
                    + c.name() + "': not a code of scale '" + scale.id() + "' of item " + item.id() + "; allowed: "
                    + scale.describeCodes() + ", dont-know, not-applicable, not-asked or unanswered");
        }
        String found = null;
        String by = null;
        for (Map.Entry<String, String> label : c.labels().entrySet()) {
            String code = read(parser.parse(label.getValue()));
            if (code == null) {
                continue;
            }
            if (found != null && !found.equals(code)) {
                throw at(form, "choices", c.row(), "label", label.getValue(), "list '" + c.listName()
                        + "', choice '" + c.name() + "': its labels read as two codes of scale '" + scale.id()
                        + "' (" + by + " as " + found + ", '" + label.getValue() + "' as " + code + "); give its "
                        + "code in a sipas column of the choices sheet");
            }
            found = code;
            by = "'" + label.getValue() + "'";
        }
        if (found == null) {
            found = read(parser.parse(c.name()));
        }
        if (found == null && c.readsAsDontKnow()) {
            found = "dont-know";
        }
        if (found == null) {
            throw at(form, "choices", c.row(), "name", c.name(), "list '" + c.listName() + "', choice '" + c.name()
                    + "'" + (c.labels().isEmpty() ? "" : " (label '" + c.labels().values().iterator().next() + "')")
                    + " maps to no code of scale '" + scale.id() + "' of item " + item.id() + " (the labels "
                    + labels(scale) + "); give its code in a sipas column of the choices sheet: "
                    + scale.describeCodes() + ", dont-know, not-applicable or unanswered");
        }
        return found;
    }

    private static String labels(Scale scale) {
        StringBuilder sb = new StringBuilder();
        scale.points().forEach(p -> sb.append(sb.length() == 0 ? "" : ", ").append(p.code()).append(" '")
                .append(p.label().vi()).append('\''));
        return sb.toString();
    }

    private static String read(Object parsed) {
        if (parsed instanceof Answer.Point p) {
            return String.valueOf(p.code());
        }
        if (parsed instanceof Answer.Choices ch && ch.codes().size() == 1) {
            return String.valueOf(ch.codes().get(0));
        }
        if (parsed instanceof Answer.DontKnow) {
            return "dont-know";
        }
        if (parsed instanceof Answer.NotAsked) {
            return "not-asked";
        }
        return null;
    }

    private static InputException at(XlsForm form, String sheet, int row, String column, String value,
            String reason) {
        // the column goes into the source: a form's 'name' column holds field names, not a person's (PersonalFields)
        return new InputException(form.source() + "!" + sheet + " row " + row + ", column " + column, 0, null, value,
                null, reason, null);
    }
}
