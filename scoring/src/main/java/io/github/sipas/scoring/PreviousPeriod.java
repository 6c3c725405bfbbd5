package io.github.sipas.scoring;

import io.github.sipas.core.ReadReport;
import io.github.sipas.core.UnitList;
import io.github.sipas.scoring.rank.RankedUnit;
import io.github.sipas.scoring.rank.Ranking;
import io.github.sipas.scoring.uncertainty.UnitEstimate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The previous period: its ranks, its estimates (for rank changes) and the report of its read, if read. */
record PreviousPeriod(Map<String, Integer> ranks, List<UnitEstimate> estimates, ReadReport report) {

    /**
     * Without a unit list, names a previous unit as the current unit that looks alike ({@link UnitList#coreKey}:
     * each read merges the spellings it meets under the first, which may differ between the periods), when it is
     * not named alike already and exactly one current unit and one previous unit fit.
     */
    PreviousPeriod alignedTo(Ranking now) {
        Set<String> current = new HashSet<>();
        Map<String, String> byKey = new HashMap<>();
        for (RankedUnit u : now.units()) {
            current.add(u.label());
            byKey.merge(UnitList.coreKey(u.label()), u.label(), (x, y) -> "");
        }
        Map<String, Integer> before = new HashMap<>();
        ranks.keySet().forEach(unit -> before.merge(UnitList.coreKey(unit), 1, Integer::sum));
        java.util.function.UnaryOperator<String> rename = unit -> {
            String key = UnitList.coreKey(unit);
            boolean one = Integer.valueOf(1).equals(before.get(key));
            String alike = current.contains(unit) || !one ? null : byKey.get(key);
            return alike == null || alike.isEmpty() ? unit : alike;
        };
        Map<String, Integer> renamed = new java.util.LinkedHashMap<>();
        ranks.forEach((unit, rank) -> renamed.put(rename.apply(unit), rank));
        List<UnitEstimate> estimated = estimates == null ? null : estimates.stream()
                .map(e -> new UnitEstimate(rename.apply(e.unit()), e.value(), e.se(), e.forms(), e.exact()))
                .toList();
        return new PreviousPeriod(renamed, estimated, report);
    }

    /** Whether a file is a saved result: named {@code *.json}, or its text begins with <code>{</code>. */
    static boolean isSavedResult(Path file) {
        if (file.toString().endsWith(".json")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(64), StandardCharsets.UTF_8).replace("\uFEFF", "").strip()
                    .startsWith("{");
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("no such file: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
