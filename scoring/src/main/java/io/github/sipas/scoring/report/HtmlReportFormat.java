package io.github.sipas.scoring.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Number formatting and colours for the {@link HtmlReport}. Numbers are written with the decimal comma and
 * the thousands dot in Vietnamese, the decimal point and the thousands comma in English; an undefined figure (NaN or
 * infinite) is written as {@link #UNDEFINED}, never as "NaN".
 */
final class HtmlReportFormat {

    /** How an undefined figure is written. */
    static final String UNDEFINED = "–";

    /** The minus sign used in displayed numbers. */
    static final String MINUS = "−";

    private HtmlReportFormat() {
    }

    /** Returns a value rounded half-up to the given decimals, in the language's notation, or "–" when undefined. */
    static String num(double value, int decimals, String lang) {
        if (!Double.isFinite(value)) {
            return UNDEFINED;
        }
        BigDecimal d = new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP);
        if (d.signum() == 0) {
            d = d.abs();
        }
        return decimal(d, lang);
    }

    /** Returns a decimal in the language's notation, with the typographic minus sign. */
    static String decimal(BigDecimal d, String lang) {
        String plain = d.toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot + 1);
        boolean vi = !"en".equals(lang);
        String s = group(whole, vi ? '.' : ',') + (frac.isEmpty() ? "" : (vi ? "," : ".") + frac);
        return negative ? MINUS + s : s;
    }

    /** Returns a count with thousands separators in the language's notation. */
    static String count(long n, String lang) {
        return decimal(BigDecimal.valueOf(n), lang);
    }

    private static String group(String digits, char sep) {
        if (digits.length() <= 3) {
            return digits;
        }
        StringBuilder b = new StringBuilder();
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        b.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            b.append(sep).append(digits, i, i + 3);
        }
        return b.toString();
    }

    /** Returns an interval {@code [lower; upper]} (Vietnamese) or {@code [lower, upper]} (English). */
    static String interval(double lower, double upper, int decimals, String lang) {
        if (!Double.isFinite(lower) && !Double.isFinite(upper)) {
            return UNDEFINED;
        }
        return "[" + num(lower, decimals, lang) + ("en".equals(lang) ? ", " : "; ") + num(upper, decimals, lang)
                + "]";
    }

    /** Returns a confidence level as a percentage, "95 %". */
    static String level(double level, String lang) {
        BigDecimal p = new BigDecimal(Double.toString(level * 100)).setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        if (p.scale() < 0) {
            p = p.setScale(0, RoundingMode.UNNECESSARY);
        }
        return decimal(p, lang) + "\u00a0%";
    }

    /** Returns the mean of the finite values, or NaN when there is none. */
    static double meanOfFinite(List<Double> values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Returns a colour between stops (hex {@code #rrggbb}, equally spaced) at t in [0, 1]. */
    static String colour(String[] stops, double t) {
        double x = Math.max(0, Math.min(1, Double.isFinite(t) ? t : 0)) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) Math.floor(x));
        double f = x - i;
        int a = Integer.parseInt(stops[i].substring(1), 16);
        int b = Integer.parseInt(stops[i + 1].substring(1), 16);
        int r = mix(a >> 16 & 0xff, b >> 16 & 0xff, f);
        int g = mix(a >> 8 & 0xff, b >> 8 & 0xff, f);
        int bl = mix(a & 0xff, b & 0xff, f);
        return String.format("#%02x%02x%02x", r, g, bl);
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    /** Returns whether dark text reads on a background colour ({@code #rrggbb}), by its relative luminance. */
    static boolean darkTextOn(String hex) {
        int c = Integer.parseInt(hex.substring(1), 16);
        double l = 0.2126 * lin(c >> 16 & 0xff) + 0.7152 * lin(c >> 8 & 0xff) + 0.0722 * lin(c & 0xff);
        return l > 0.22;
    }

    private static double lin(int channel) {
        double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    /** Returns text cut to at most {@code max} characters, with an ellipsis when cut. */
    static String clip(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** Returns a string usable in an id attribute: letters, digits, '-' and '_' kept, others as '-'. */
    static String idPart(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_') ? c : '-');
        }
        return b.toString();
    }
}
