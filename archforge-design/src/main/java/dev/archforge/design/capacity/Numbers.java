package dev.archforge.design.capacity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Rounding and formatting of the numbers in capacity formulas and decision drivers, independent of
 * the platform locale: {@code 60000} prints as {@code 60,000}, {@code 4.0} as {@code 4}.
 *
 * <p>Every rate is rounded once with {@link #round(double)} and later quantities are computed from
 * the rounded value, so a reader who redoes a formula from the printed numbers gets the printed result.
 */
public final class Numbers {
    private Numbers() {}

    /** One decimal from 1 up, three significant digits below 1; half up. */
    public static double round(double value) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return value == 0 ? 0 : value;
        }
        BigDecimal exact = BigDecimal.valueOf(value);
        if (Math.abs(value) >= 1) {
            return exact.setScale(1, RoundingMode.HALF_UP).doubleValue();
        }
        return exact.round(new MathContext(3, RoundingMode.HALF_UP)).doubleValue();
    }

    /** Rounds to {@code decimals} places, half up. */
    public static double round(double value, int decimals) {
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** The smallest whole number not below {@code value}, tolerant of binary noise ({@code 2.0000000001} is 2). */
    public static long ceil(double value) {
        return (long) Math.ceil(round(value, 6));
    }

    /** Grouped with commas, ten significant digits, trailing zeros dropped: {@code 60,000}, {@code 24.3}. */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return format((long) value);
        }
        BigDecimal number = BigDecimal.valueOf(value)
                .round(new MathContext(10, RoundingMode.HALF_UP))
                .stripTrailingZeros();
        if (number.scale() <= 0) {
            return format(number.longValue());
        }
        String plain = number.toPlainString();
        int dot = plain.indexOf('.');
        String whole = plain.substring(0, dot);
        return (whole.equals("-0") ? "-0" : format(Long.parseLong(whole))) + plain.substring(dot);
    }

    /** A whole number grouped with commas: {@code 60,000}. */
    public static String format(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (value < 0) {
            out.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** A percentage such as {@code 99.9 %}. */
    public static String percent(double value) {
        return format(value) + " %";
    }

    /** A value for a decision driver: numbers formatted, text as is. */
    public static String text(Object value) {
        if (value instanceof Double d) {
            return format(d);
        }
        if (value instanceof Float f) {
            return format(f);
        }
        if (value instanceof Integer || value instanceof Long) {
            return format(((Number) value).longValue());
        }
        return String.valueOf(value);
    }
}
