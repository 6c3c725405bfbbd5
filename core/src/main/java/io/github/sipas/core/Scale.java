package io.github.sipas.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import io.github.sipas.core.internal.Texts;

/**
 * A scale: its points with codes and labels, the set of codes that count as satisfied, and the special codes meaning
 * "don't know / not applicable" or "not asked".
 *
 * <p>The SIPAS satisfaction scale is {@code 1 Rất không hài lòng, 2 Không hài lòng, 3 Bình thường, 4 Hài lòng,
 * 5 Rất hài lòng}, satisfied = {4, 5}, with {@code 0} meaning don't know / not applicable.
 *
 * <p>Validated when built: at least one point; no two points with the same code; no two points or special codes whose
 * Vietnamese or English labels fold to the same key (see {@link Texts#fold}), since labels are accepted in place of codes;
 * no special code that equals a point's code or folds to the same key as a label; satisfied codes must be points of the
 * scale.
 *
 * @param id the scale's id, e.g. {@code "satisfaction5"}
 * @param title the scale's title
 * @param points the points, in the order they are shown on the form
 * @param satisfied the codes that count as satisfied; empty for scales that are not satisfaction ratings
 * @param special the special codes
 * @since 0.1
 */
public record Scale(String id, LocalizedText title, List<ScalePoint> points, Set<Integer> satisfied,
        List<SpecialCode> special) {

    /**
     * Validates the scale as described in the class documentation and copies the collections.
     *
     * @param id the scale's id, e.g. {@code "satisfaction5"}
     * @param title the scale's title
     * @param points the points, in the order they are shown on the form
     * @param satisfied the codes that count as satisfied; empty for scales that are not satisfaction ratings
     * @param special the special codes
     * @throws NullPointerException if a field or an element of a collection is null
     * @throws DefinitionException if the scale is inconsistent; the message names the scale and the offending code
     */
    public Scale {
        id = Require.requireId(id, "scale id", "id");
        Objects.requireNonNull(title, "title");
        points = List.copyOf(points);
        satisfied = Set.copyOf(satisfied);
        special = List.copyOf(special);
        if (points.isEmpty()) {
            throw new DefinitionException("points", "scale '" + id + "' has no points");
        }
        Map<Integer, Integer> codes = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            ScalePoint p = points.get(i);
            Integer before = codes.put(p.code(), i);
            if (before != null) {
                throw new DefinitionException("points[" + i + "].code",
                        "scale '" + id + "' repeats code " + p.code() + " (points " + before + " and " + i + ")");
            }
            checkLabel(id, labels, p.label(), "points[" + i + "].label", "code " + p.code());
        }
        for (Integer code : satisfied) {
            if (!codes.containsKey(code)) {
                throw new DefinitionException("satisfied", "scale '" + id + "' counts code " + code
                        + " as satisfied, but it is not a point of the scale (points: " + codes(points) + ")");
            }
        }
        Set<String> specialKeys = new LinkedHashSet<>();
        for (int i = 0; i < special.size(); i++) {
            SpecialCode s = special.get(i);
            String key = Texts.fold(s.code());
            if (!specialKeys.add(key)) {
                throw new DefinitionException("special[" + i + "].code",
                        "scale '" + id + "' repeats special code '" + s.code() + "'");
            }
            String owner = labels.get(key);
            if (owner != null) {
                throw new DefinitionException("special[" + i + "].code", "scale '" + id + "': special code '"
                        + s.code() + "' reads the same as the label of " + owner + "; codes and labels are both "
                        + "accepted in data files, so they must be distinct");
            }
            if (isInteger(s.code()) && codes.containsKey(Integer.parseInt(s.code().strip()))) {
                throw new DefinitionException("special[" + i + "].code", "scale '" + id + "' uses code " + s.code()
                        + " both as a point and as a special code");
            }
            checkLabel(id, labels, s.label(), "special[" + i + "].label", "special code '" + s.code() + "'");
        }
    }

    private static void checkLabel(String id, Map<String, String> labels, LocalizedText label, String where,
            String owner) {
        for (String text : List.of(label.vi(), label.en())) {
            String key = Texts.fold(text);
            String before = labels.putIfAbsent(key, owner);
            if (before != null && !before.equals(owner)) {
                throw new DefinitionException(where, "scale '" + id + "' gives the label '" + text + "' to both "
                        + before + " and " + owner + "; labels must be distinct so that they can stand for codes");
            }
        }
    }

    private static boolean isInteger(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 9) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String codes(List<ScalePoint> points) {
        return points.stream().map(p -> String.valueOf(p.code())).collect(Collectors.joining(", "));
    }

    /**
     * Returns the SIPAS five-point satisfaction scale: 1 Rất không hài lòng … 5 Rất hài lòng, satisfied = {4, 5}, and
     * {@code 0} meaning don't know / not applicable (the wide CSV convention of the methodology, §2).
     *
     * @return the scale, with id {@code "satisfaction5"}
     */
    public static Scale satisfaction5() {
        return new Scale("satisfaction5", LocalizedText.of("Mức độ hài lòng", "Satisfaction"),
                List.of(ScalePoint.of(1, "Rất không hài lòng", "Very dissatisfied"),
                        ScalePoint.of(2, "Không hài lòng", "Dissatisfied"),
                        ScalePoint.of(3, "Bình thường", "Neutral"),
                        ScalePoint.of(4, "Hài lòng", "Satisfied"),
                        ScalePoint.of(5, "Rất hài lòng", "Very satisfied")),
                Set.of(4, 5),
                List.of(new SpecialCode("0", SpecialKind.DONT_KNOW,
                        LocalizedText.of("Không biết / Không áp dụng", "Don't know / not applicable"))));
    }

    /**
     * Returns whether a code is a point of this scale.
     *
     * @param code the code
     * @return true if some point has that code
     */
    public boolean hasCode(int code) {
        for (ScalePoint p : points) {
            if (p.code() == code) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the point with a code.
     *
     * @param code the code
     * @return the point, or empty if the scale has no such code
     */
    public Optional<ScalePoint> point(int code) {
        return points.stream().filter(p -> p.code() == code).findFirst();
    }

    /**
     * Returns the codes of the points, in order.
     *
     * @return the codes
     */
    public List<Integer> codes() {
        List<Integer> out = new ArrayList<>(points.size());
        for (ScalePoint p : points) {
            out.add(p.code());
        }
        return out;
    }

    /**
     * Returns a code's mirror, lowest + highest − code over the scale's points: the code a reverse-keyed criterion
     * ({@link Item#reverse()}) is scored as. A scale that a reverse-keyed criterion uses mirrors onto itself (checked by
     * {@link Survey}); on another the mirror may be no point.
     *
     * @param code the code
     * @return its mirror
     */
    public int mirror(int code) {
        int lowest = Integer.MAX_VALUE;
        int highest = Integer.MIN_VALUE;
        for (ScalePoint p : points) {
            lowest = Math.min(lowest, p.code());
            highest = Math.max(highest, p.code());
        }
        return lowest + highest - code;
    }

    /**
     * Returns whether a code counts as satisfied.
     *
     * @param code the code
     * @return true if the code is in {@link #satisfied()}
     */
    public boolean isSatisfied(int code) {
        return satisfied.contains(code);
    }

    /**
     * Describes the codes this scale accepts, for error messages: {@code "1..5, or 0 (don't know)"}.
     *
     * @return the description
     */
    public String describeCodes() {
        List<Integer> c = codes();
        boolean consecutive = true;
        for (int i = 1; i < c.size(); i++) {
            consecutive &= c.get(i) == c.get(i - 1) + 1;
        }
        String main = consecutive && c.size() > 2 ? c.get(0) + ".." + c.get(c.size() - 1) : codes(points);
        if (special.isEmpty()) {
            return main;
        }
        return main + ", or " + special.stream()
                .map(s -> s.code() + " (" + (s.kind() == SpecialKind.DONT_KNOW ? "don't know" : "not asked") + ")")
                .collect(Collectors.joining(", "));
    }
}
