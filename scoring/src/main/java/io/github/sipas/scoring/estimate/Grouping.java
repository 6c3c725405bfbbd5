package io.github.sipas.scoring.estimate;

import io.github.sipas.core.PersonalFields;
import io.github.sipas.core.Response;
import java.util.Objects;

/**
 * How responses are grouped for scoring: by unit (the default), by an attribute such as {@code gender} or {@code
 * period}, or by unit and attribute together.
 *
 * <p>A response with no value for the attribute, or only a missing-value mark ({@code NA}, {@code N/A}, {@code #N/A},
 * {@code .}: {@link io.github.sipas.core.MissingTokens#isToken}), falls in the group {@value #MISSING}. A personal
 * attribute (a name, phone number, address, email, national id or date of birth; see {@link
 * PersonalFields#isPersonal(String)}) cannot be
 * grouped by, since its values would be published as the groups' labels.
 *
 * @param byUnit whether the unit is part of the group
 * @param attribute the attribute that is part of the group, or null; {@code "period"} means the response's period
 * @since 0.1
 */
public record Grouping(boolean byUnit, String attribute) {

    /** The group of responses that carry no value for the grouping attribute. */
    public static final String MISSING = "(missing)";

    /** Grouping by unit alone. */
    public static final Grouping BY_UNIT = new Grouping(true, null);

    /** The attribute of a grouping whose attribute is not known ({@link #of(java.util.List)}). */
    public static final String UNNAMED = "group";

    /**
     * Validates the grouping.
     *
     * @param byUnit whether the unit is part of the group
     * @param attribute the attribute, or null
     * @throws IllegalArgumentException if neither the unit nor an attribute is chosen, or the attribute is blank or
     *     personal
     */
    public Grouping {
        if (attribute != null && attribute.isBlank()) {
            throw new IllegalArgumentException("attribute must not be blank");
        }
        if (attribute != null && PersonalFields.isPersonal(attribute)) {
            throw new IllegalArgumentException("attribute '" + attribute + "' is a personal field (a name, phone, "
                    + "address, email, national id or date of birth; see PersonalFields.NAMES): grouping by it "
                    + "would publish its values");
        }
        if (!byUnit && attribute == null) {
            throw new IllegalArgumentException("a grouping needs the unit, an attribute, or both");
        }
    }

    /**
     * Groups by an attribute alone.
     *
     * @param attribute the attribute, e.g. {@code "gender"}, or {@code "period"}
     * @return the grouping
     */
    public static Grouping byAttribute(String attribute) {
        return new Grouping(false, Objects.requireNonNull(attribute, "attribute"));
    }

    /**
     * Groups by unit and an attribute together.
     *
     * @param attribute the attribute
     * @return the grouping
     */
    public static Grouping byUnitAnd(String attribute) {
        return new Grouping(true, Objects.requireNonNull(attribute, "attribute"));
    }

    /**
     * Returns the grouping as {@code sipas score --by} spells it: {@code unit} for {@link #BY_UNIT}, the attribute
     * ({@code gender}), or {@code unit,} and the attribute ({@code unit,gender}).
     *
     * @return the spelling
     */
    public String spelling() {
        return attribute == null ? "unit" : byUnit ? "unit," + attribute : attribute;
    }

    /**
     * Returns the heading of the column that names a row's unit or group in a table for people (the text table, the
     * workbook's ranking, the report's tables): the word for a unit, the attribute's name (its column as in the
     * file, e.g. {@code gender}), or both joined by {@code " / "} ({@code Unit / gender}), as the rows' labels join
     * the unit and the value.
     *
     * @param unitWord the word for a unit in the output's language, e.g. {@code "Unit"} or {@code "Đơn vị"}
     * @return the heading
     */
    public String heading(String unitWord) {
        Objects.requireNonNull(unitWord, "unitWord");
        return attribute == null ? unitWord : byUnit ? unitWord + " / " + attribute : attribute;
    }

    /**
     * Returns the grouping that unit scores show: by unit alone when none has a group, else by an attribute named
     * {@value #UNNAMED}, with the unit when some has a unit.
     *
     * @param units the unit scores
     * @return the grouping
     */
    static Grouping of(java.util.List<UnitScore> units) {
        boolean unit = units.stream().anyMatch(u -> u.unit() != null);
        boolean group = units.stream().anyMatch(u -> u.group() != null);
        return group ? new Grouping(unit, UNNAMED) : BY_UNIT;
    }

    /** Returns the key of a response's group. */
    GroupKey keyOf(Response r) {
        String value = null;
        if (attribute != null) {
            value = "period".equals(attribute) ? r.period() : r.attributes().get(attribute);
            if (value == null || value.isEmpty() || io.github.sipas.core.MissingTokens.isMark(value)) {
                value = MISSING;
            }
        }
        return new GroupKey(byUnit ? r.unit() : null, value);
    }

    /** The key of a group: its unit (or null) and its attribute value (or null). */
    record GroupKey(String unit, String group) {
    }
}
