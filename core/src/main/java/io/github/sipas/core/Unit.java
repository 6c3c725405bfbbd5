package io.github.sipas.core;

import java.util.List;
import java.util.Objects;
import io.github.sipas.core.internal.Texts;

/**
 * A unit being rated: a district, commune, agency or province.
 *
 * @param id the unit's id, used in results, e.g. {@code "sapa"}
 * @param name the unit's name as published, e.g. {@code "Thị xã Sa Pa"}
 * @param aliases other names under which it appears in data files, e.g. {@code "TX Sa Pa"}, {@code "Sa Pa"}
 * @param level the administrative level
 * @param parent the id of the parent unit, or null
 * @since 0.1
 */
public record Unit(String id, String name, List<String> aliases, UnitLevel level, String parent) {

    /**
     * Validates the unit.
     *
     * @param id the unit's id, used in results, e.g. {@code "sapa"}
     * @param name the unit's name as published, e.g. {@code "Thị xã Sa Pa"}
     * @param aliases other names under which it appears in data files, e.g. {@code "TX Sa Pa"}, {@code "Sa Pa"}
     * @param level the administrative level
     * @param parent the id of the parent unit, or null
     * @throws NullPointerException if the id, name, aliases or level is null
     * @throws IllegalArgumentException if the id, name, an alias or the parent is blank or malformed
     */
    public Unit {
        id = Require.requireId(id, "unit id", "id");
        name = Require.requireText(name, "name of unit '" + id + "'");
        String what = "alias of unit '" + id + "'";
        aliases = aliases.stream().map(a -> Require.requireText(a, what)).toList();
        Objects.requireNonNull(level, "level");
        if (parent != null) {
            parent = Require.requireId(parent, "parent of unit '" + id + "'", "parent");
        }
    }

    /**
     * Returns a unit without aliases or parent.
     *
     * @param id the id
     * @param name the name
     * @param level the level
     * @return the unit
     */
    public static Unit of(String id, String name, UnitLevel level) {
        return new Unit(id, name, List.of(), level, null);
    }
}
