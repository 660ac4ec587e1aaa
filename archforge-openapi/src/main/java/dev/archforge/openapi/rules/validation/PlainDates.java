package dev.archforge.openapi.rules.validation;

/**
 * Recognises, without {@code java.time}, the plain RFC 3339 forms nearly every example is written
 * in: {@code 2024-01-31} and {@code 2024-01-31T12:30:00Z} (optional fraction, {@code Z} or a
 * {@code ±hh:mm} offset). Each accepted text is one the ISO formatters accept too, so a caller asks
 * them only about the rest. {@code java.time} parsing costs far more, and in a short-lived JVM its
 * cold code is most of that: GitHub's description has thousands of such examples.
 */
final class PlainDates {
    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private PlainDates() {}

    /** True for {@code yyyy-mm-dd} naming a real day. */
    static boolean isDate(String text) {
        return text.length() == 10 && dateAt(text);
    }

    /** True for {@code yyyy-mm-ddThh:mm:ss[.fraction](Z|±hh:mm)}, {@code T} and {@code Z} in either case. */
    static boolean isDateTime(String text) {
        if (text.length() < 20 || !dateAt(text)) {
            return false;
        }
        char t = text.charAt(10);
        if ((t != 'T' && t != 't')
                || !number(text, 11, 23)
                || text.charAt(13) != ':'
                || !number(text, 14, 59)
                || text.charAt(16) != ':'
                || !number(text, 17, 59)) {
            return false;
        }
        int i = 19;
        if (text.charAt(i) == '.') {
            int digits = 0;
            for (i++; i < text.length() && isDigit(text.charAt(i)); i++) {
                digits++;
            }
            if (digits == 0 || digits > 9) {
                return false;
            }
        }
        return offset(text, i);
    }

    /** {@code Z}, or {@code ±hh:mm} below 18 hours, ending the text at {@code i}. */
    private static boolean offset(String text, int i) {
        int rest = text.length() - i;
        if (rest == 1) {
            char z = text.charAt(i);
            return z == 'Z' || z == 'z';
        }
        char sign = rest == 6 ? text.charAt(i) : ' ';
        return (sign == '+' || sign == '-')
                && number(text, i + 1, 17)
                && text.charAt(i + 3) == ':'
                && number(text, i + 4, 59);
    }

    /** {@code yyyy-mm-dd} at the start of the text, a real day of the proleptic Gregorian calendar. */
    private static boolean dateAt(String text) {
        if (!digits(text, 0, 4)
                || text.charAt(4) != '-'
                || !digits(text, 5, 7)
                || text.charAt(7) != '-'
                || !digits(text, 8, 10)) {
            return false;
        }
        int year = Integer.parseInt(text, 0, 4, 10);
        int month = Integer.parseInt(text, 5, 7, 10);
        int day = Integer.parseInt(text, 8, 10, 10);
        if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) {
            return false;
        }
        return month != 2 || day != 29 || isLeap(year);
    }

    private static boolean isLeap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** Two digits at {@code i} making a number from 0 to {@code max}. */
    private static boolean number(String text, int i, int max) {
        return i + 2 <= text.length()
                && isDigit(text.charAt(i))
                && isDigit(text.charAt(i + 1))
                && Integer.parseInt(text, i, i + 2, 10) <= max;
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
