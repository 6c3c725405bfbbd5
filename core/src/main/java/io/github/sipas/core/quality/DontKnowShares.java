package io.github.sipas.core.quality;

import java.util.Collection;
import java.util.List;
import io.github.sipas.core.Item;

/**
 * The don't-know check ({@link QualityCheck#DONT_KNOW_SHARE}): each item's share of don't know over the forms asked,
 * per unit and over all units.
 */
final class DontKnowShares {

    private final List<Item> items;
    private final QualityThresholds thresholds;

    /**
     * @param items the items that are not free text, in the order of {@link UnitTally#dk}
     */
    DontKnowShares(List<Item> items, QualityThresholds thresholds) {
        this.items = items;
        this.thresholds = thresholds;
    }

    /** Adds a finding for each item whose share in the unit is above the threshold. */
    void unit(String unit, UnitTally u, List<QualityFinding> out) {
        for (int i = 0; i < items.size(); i++) {
            dontKnow(unit, null, items.get(i), u.dk[i], u.asked[i], u.dkLines[i], out);
        }
    }

    /**
     * Adds a finding, with a null unit, for each item whose share over the units given is above the threshold.
     *
     * @param over what the units are, for the message: {@code "over all units"}, {@code "over the 2 published units"}
     */
    void overall(Collection<UnitTally> units, String over, List<QualityFinding> out) {
        for (int i = 0; i < items.size(); i++) {
            long dk = 0;
            long asked = 0;
            LongList lines = new LongList();
            for (UnitTally u : units) {
                dk += u.dk[i];
                asked += u.asked[i];
                lines.addAll(u.dkLines[i]);
            }
            dontKnow(null, over, items.get(i), dk, asked, lines, out);
        }
    }

    private void dontKnow(String unit, String over, Item item, long dk, long asked, LongList lines,
            List<QualityFinding> out) {
        if (asked < thresholds.dontKnowMinAsked() || dk == 0) {
            return;
        }
        double share = (double) dk / asked;
        if (share > thresholds.dontKnowShare()) {
            out.add(Findings.finding(QualityCheck.DONT_KNOW_SHARE, unit, item.id(), null, dk, lines,
                    "item " + item.id() + ": " + dk + " don't know of " + asked + " asked (" + Findings.pct(share)
                            + ")" + (unit == null ? " " + over : "") + ", above "
                            + Findings.pct(thresholds.dontKnowShare())));
        }
    }
}
