package io.github.sipas.scoring.disclose;

import io.github.sipas.core.quality.QualityScope;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.UnitScore;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The {@link QualityScope} of a scorecard published under a rule: see {@link Disclosure#qualityScope(Scorecard)}. */
final class PublishedQualityScope implements QualityScope {

    /** How the scorecard's cells are made. */
    private enum Shape {
        /** One cell per unit. */
        BY_UNIT,
        /** One cell per unit and value of an attribute. */
        BY_UNIT_AND_GROUP,
        /** One cell per value of an attribute, over all units. */
        BY_GROUP
    }

    private final int k;
    private final Shape shape;
    /** By unit: the units published. */
    private final Set<String> published = new HashSet<>();
    /** By unit and attribute: each unit's suppressed groups. */
    private final Map<String, Set<String>> suppressedGroups = new HashMap<>();

    PublishedQualityScope(Scorecard card, Map<String, Suppression> suppressed, int k) {
        this.k = k;
        Shape s = Shape.BY_UNIT;
        for (UnitScore u : card.units()) {
            if (u.unit() == null) {
                s = Shape.BY_GROUP;
                break;
            }
            if (u.group() != null) {
                s = Shape.BY_UNIT_AND_GROUP;
            }
        }
        this.shape = s;
        for (UnitScore u : card.units()) {
            boolean out = suppressed.containsKey(u.label());
            if (shape == Shape.BY_UNIT && !out) {
                published.add(u.unit());
            } else if (shape == Shape.BY_UNIT_AND_GROUP && out) {
                suppressedGroups.computeIfAbsent(u.unit(), x -> new HashSet<>()).add(u.group());
            }
        }
    }

    @Override
    public boolean showsUnit(String unit, long forms) {
        return switch (shape) {
            case BY_UNIT -> forms >= k && published.contains(unit);
            case BY_UNIT_AND_GROUP -> forms >= k;
            case BY_GROUP -> false;
        };
    }

    @Override
    public boolean countsInTotal(String unit, long forms) {
        return shape == Shape.BY_GROUP || showsUnit(unit, forms);
    }

    @Override
    public boolean showsGroup(String unit, String column, String value, long groupForms, long otherForms) {
        if (groupForms < k || otherForms < k) {
            return false;
        }
        return shape != Shape.BY_UNIT_AND_GROUP || !suppressedGroups.getOrDefault(unit, Set.of()).contains(value);
    }
}
