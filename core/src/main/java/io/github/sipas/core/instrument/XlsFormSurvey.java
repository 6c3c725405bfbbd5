package io.github.sipas.core.instrument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import io.github.sipas.core.ColumnTarget;
import io.github.sipas.core.Confidence;
import io.github.sipas.core.DefinitionException;
import io.github.sipas.core.Element;
import io.github.sipas.core.InputException;
import io.github.sipas.core.Item;
import io.github.sipas.core.ItemRole;
import io.github.sipas.core.ItemType;
import io.github.sipas.core.LocalizedText;
import io.github.sipas.core.Scale;
import io.github.sipas.core.ScalePoint;
import io.github.sipas.core.SourceDocument;
import io.github.sipas.core.SpecialCode;
import io.github.sipas.core.SpecialKind;
import io.github.sipas.core.Survey;
import io.github.sipas.core.internal.Texts;

/**
 * Makes an instrument to start from out of an {@link XlsForm}: a draft that {@link SurveyJson} writes and reads, to be
 * checked and edited before it is used for a published index.
 *
 * <p>The rules:
 * <ul>
 * <li>Questions that become items: {@code select_one}, {@code select_multiple} (their {@code _from_file} forms are
 *     left out, as their choices are not in the workbook), {@code text}, {@code integer} and {@code decimal}. Left out
 *     (the reader keeps their columns as attributes): every other type ({@code calculate}, {@code note}, {@code date},
 *     {@code start}, {@code end}, {@code deviceid}…); a question whose {@code sipas} column names a field or
 *     attribute ({@code unit}, {@code response_id}, {@code attribute:NAME}, {@code ignore}); a question named as a
 *     unit column usually is ({@code don_vi}, {@code donvi}, {@code unit}, {@code huyen}, {@code district},
 *     {@code agency}, {@code co_quan}, {@code xa}, {@code phuong}, compared folded) or as a reserved column
 *     ({@link Survey#RESERVED_COLUMNS}).</li>
 * <li>An item's id is its {@code sipas} column when that names an item, else the question's name, which is what a
 *     Kobo export writes after the group path ({@code group_access/A1}); its text is the label in Vietnamese and in
 *     English (each falling back to the other labels, then to the name).</li>
 * <li>Each choice list of an item becomes a scale with the list's name as id. A choice whose {@code sipas} column
 *     says {@code dont-know} or {@code not-applicable}, or whose name or label reads as don't know / not applicable
 *     ({@code khong_biet}, {@code Không biết}, {@code Không áp dụng}, {@code KB}, {@code dont_know},
 *     {@code Don't know}, {@code Not applicable}, {@code NA}…), becomes a special code of kind {@code dont-know},
 *     written {@code 0} (the wide format's don't know) when the choice names are not numbers, else as the choice's
 *     name (so also for a second such choice). The other choices are the points: their codes are their
 *     {@code sipas} codes, or their names when every name is a whole number, else 1, 2, 3… in the list's order. The satisfied codes are the
 *     points labelled as satisfied ("Hài lòng", "Rất hài lòng", "Satisfied", "Very satisfied": the folded label holds
 *     {@code hai long} but not {@code khong hai long}, or {@code satisfied} but not {@code dissatisfied} or
 *     {@code not satisfied}).</li>
 * <li>Roles: a {@code select_one} item on a scale with satisfied codes, in a group, whose label does not begin with
 *     "Nhìn chung", "Nói chung", "In general" or "Overall", is a criterion of an element made from its innermost group
 *     (the group's name is the element's id, its label the title); such a question outside any group, or with such a
 *     label, is {@code in-general}; other {@code select_one} items and the {@code text}, {@code integer} and
 *     {@code decimal} items are {@code demographic}; {@code select_multiple} items are {@code expectation} items.</li>
 * <li>The survey's id is the settings' {@code form_id} (else {@code xlsform}), its version the settings'
 *     {@code version} (else {@code 1}), its title the {@code form_title} (else the id); its source names the form,
 *     with confidence {@code inferred}.</li>
 * </ul>
 * A form from which no valid instrument follows (no question that can be a criterion, two labels of a list that read
 * alike) is an {@link InputException} naming the form and what is wrong.
 */
final class XlsFormSurvey {

    private static final Set<String> UNIT_NAMES = Set.of("don vi", "donvi", "ten don vi", "unit", "unit name",
            "huyen", "district", "agency", "co quan", "xa", "phuong", "xa phuong");
    private static final Set<String> ITEM_KINDS = Set.of("select_one", "select_multiple", "text", "integer",
            "decimal");
    private static final Set<String> DONT_KNOW = Set.of("khong biet", "khong ap dung", "khong biet khong ap dung",
            "kb", "kbt", "kb kad", "dont know", "don t know", "do not know", "not applicable", "na", "n a", "dk",
            "dont know not applicable", "don t know not applicable", "khong tra loi");

    private XlsFormSurvey() {
    }

    static Survey of(XlsForm form) {
        try {
            return build(form);
        } catch (DefinitionException e) {
            throw new InputException(form.source(), 0, null, null, e.where(), "the instrument made from the form "
                    + "is not valid: " + e.getMessage(), e);
        }
    }

    private static Survey build(XlsForm form) {
        Map<String, String> settings = form.settings();
        String id = settings.getOrDefault("form_id", "xlsform");
        String title = settings.getOrDefault("form_title", id);
        Survey.Builder b = Survey.builder(id).version(settings.getOrDefault("version", "1"))
                .title(LocalizedText.of(title, title))
                .source(new SourceDocument("XLSForm " + java.nio.file.Path.of(form.source()).getFileName(),
                        Confidence.INFERRED, "made by sipas surveys --from-xlsform; check the roles, elements and "
                        + "satisfied codes before scoring"));
        Map<String, Scale> scales = new LinkedHashMap<>();
        Set<String> elements = new LinkedHashSet<>();
        List<Item> items = new ArrayList<>();
        for (XlsForm.Question q : form.questions()) {
            String itemId = itemId(q);
            if (itemId == null) {
                continue;
            }
            LocalizedText text = text(q.label("vi").orElse(q.name()), q.label("en").orElse(q.name()));
            if (q.listName() == null) {
                items.add(new Item(itemId, null, text, null, ItemRole.DEMOGRAPHIC, ItemType.TEXT));
                continue;
            }
            Scale scale = scales.computeIfAbsent(q.listName(), l -> scale(form, q));
            String label = Texts.fold(q.label("vi").orElse("") + " " + q.label("en").orElse(""));
            boolean general = label.startsWith("nhin chung") || label.startsWith("noi chung")
                    || label.startsWith("in general") || label.startsWith("overall");
            ItemRole role;
            String element = null;
            if (q.isSelectMultiple()) {
                role = ItemRole.EXPECTATION;
            } else if (scale.satisfied().isEmpty()) {
                role = ItemRole.DEMOGRAPHIC;
            } else if (q.groups().isEmpty() || general) {
                role = ItemRole.IN_GENERAL;
            } else {
                role = ItemRole.CRITERION;
                element = q.groups().get(q.groups().size() - 1);
                elements.add(element);
            }
            items.add(new Item(itemId, element, text, scale.id(), role,
                    q.isSelectMultiple() ? ItemType.MULTIPLE : ItemType.SINGLE));
        }
        for (String e : elements) {
            XlsForm.Group g = form.group(e).orElseThrow();
            b.element(Element.of(e, text(g.label("vi").orElse(e), g.label("en").orElse(e))));
        }
        scales.values().forEach(b::scale);
        items.forEach(b::item);
        return b.build();
    }

    private static LocalizedText text(String vi, String en) {
        return LocalizedText.of(vi, en);
    }

    /** The item a question becomes, or null when it is left out. */
    private static String itemId(XlsForm.Question q) {
        if (!ITEM_KINDS.contains(q.kind())) {
            return null;
        }
        if (q.sipas() != null) {
            ColumnTarget t = ColumnTarget.parse(q.sipas());
            return t.kind() == ColumnTarget.Kind.ITEM ? t.name() : null;
        }
        if (mayBeUnit(q.name())) {
            return null;
        }
        return q.name();
    }

    /** Whether a question's name is one a unit column usually has. */
    static boolean mayBeUnit(String name) {
        return UNIT_NAMES.contains(Texts.fold(name)) || Survey.RESERVED_COLUMNS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Whether a choice reads as don't know / not applicable, by its sipas column, its name or a label. */
    static boolean isDontKnow(XlsForm.Choice c) {
        if (c.sipas() != null) {
            String s = c.sipas().toLowerCase(Locale.ROOT);
            return s.equals("dont-know") || s.equals("not-applicable");
        }
        if (DONT_KNOW.contains(Texts.fold(c.name()))) {
            return true;
        }
        return c.labels().values().stream().anyMatch(l -> DONT_KNOW.contains(Texts.fold(l)));
    }

    private static Scale scale(XlsForm form, XlsForm.Question q) {
        List<XlsForm.Choice> choices = form.choicesOf(q);
        List<XlsForm.Choice> points = new ArrayList<>();
        List<SpecialCode> special = new ArrayList<>();
        List<XlsForm.Choice> dontKnow = new ArrayList<>();
        for (XlsForm.Choice c : choices) {
            (isDontKnow(c) ? dontKnow : points).add(c);
        }
        boolean numbered = points.stream().allMatch(c -> c.name().matches("\\d{1,9}"));
        for (XlsForm.Choice c : dontKnow) {
            // 0, the wide format's don't know, unless the form numbers its choices or uses 0 for a point
            boolean zero = !numbered && special.isEmpty() && !c.name().matches("\\d{1,9}");
            special.add(new SpecialCode(zero ? "0" : c.name(), SpecialKind.DONT_KNOW, label(c)));
        }
        List<ScalePoint> out = new ArrayList<>();
        Set<Integer> satisfied = new LinkedHashSet<>();
        for (int i = 0; i < points.size(); i++) {
            XlsForm.Choice c = points.get(i);
            int code;
            if (c.sipas() != null && c.sipas().matches("\\d{1,9}")) {
                code = Integer.parseInt(c.sipas());
            } else {
                code = numbered ? Integer.parseInt(c.name()) : i + 1;
            }
            out.add(new ScalePoint(code, label(c)));
            if (isSatisfied(c)) {
                satisfied.add(code);
            }
        }
        if (out.isEmpty()) {
            throw new InputException(form.source(), 0, null, q.listName(), null, "the choice list '"
                    + q.listName() + "' of question '" + q.name() + "' (survey row " + q.row() + ") has no choice "
                    + "that is a rating", null);
        }
        return new Scale(q.listName(), text(q.listName(), q.listName()), out, satisfied, special);
    }

    private static LocalizedText label(XlsForm.Choice c) {
        return text(c.label("vi").orElse(c.name()), c.label("en").orElse(c.name()));
    }

    private static boolean isSatisfied(XlsForm.Choice c) {
        for (String l : c.labels().values()) {
            String f = " " + Texts.fold(l) + " ";
            if ((f.contains(" hai long ") && !f.contains(" khong hai long "))
                    || (f.contains(" satisfied ") && !f.contains(" not satisfied ") && !f.contains("dissatisfied"))) {
                return true;
            }
        }
        return false;
    }
}
