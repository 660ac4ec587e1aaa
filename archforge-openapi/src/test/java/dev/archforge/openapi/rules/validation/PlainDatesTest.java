package dev.archforge.openapi.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The plain date recogniser never accepts what the ISO formatters reject, and knows the usual forms. */
class PlainDatesTest {
    @Test
    void acceptsTheUsualForms() {
        assertThat(PlainDates.isDate("2024-02-29")).isTrue();
        assertThat(PlainDates.isDateTime("2024-01-31T12:30:00Z")).isTrue();
        assertThat(PlainDates.isDateTime("2011-04-14t16:00:49.123456z")).isTrue();
        assertThat(PlainDates.isDateTime("2011-04-14T16:00:49-07:00")).isTrue();
    }

    @Test
    void leavesTheRestToJavaTime() {
        assertThat(PlainDates.isDate("2023-02-29")).isFalse();
        assertThat(PlainDates.isDate("2024-13-01")).isFalse();
        assertThat(PlainDates.isDate("+12024-01-01")).isFalse();
        assertThat(PlainDates.isDateTime("2024-01-01T00:00:00+0000")).isFalse();
        assertThat(PlainDates.isDateTime("2024-01-01T24:00:00Z")).isFalse();
        assertThat(PlainDates.isDateTime("2024-01-01T00:00:00.Z")).isFalse();
        assertThat(PlainDates.isDateTime("2024-01-01T00:00:00+18:00")).isFalse();
        assertThat(PlainDates.isDateTime("2024-01-01T00:00Z")).isFalse();
    }

    @Test
    void everyAcceptedDateParses() {
        for (String text : dates()) {
            if (PlainDates.isDate(text)) {
                assertThat(parsesAsDate(text)).as(text).isTrue();
            }
        }
    }

    @Test
    void everyAcceptedDateTimeParses() {
        List<String> times = List.of(
                "00:00:00",
                "23:59:59",
                "24:00:00",
                "12:60:00",
                "12:00:60",
                "12:00:00.5",
                "12:00:00.123456789",
                "12:00:00.1234567890",
                "12:00:00.");
        List<String> offsets =
                List.of("Z", "z", "+00:00", "-00:00", "+17:59", "+18:00", "-18:00", "+05:60", "+0530", "+05", "");
        int accepted = 0;
        for (String date : dates()) {
            for (String time : times) {
                for (String offset : offsets) {
                    for (String t : List.of("T", "t", " ")) {
                        String text = date + t + time + offset;
                        if (PlainDates.isDateTime(text)) {
                            accepted++;
                            assertThat(parsesAsDateTime(text)).as(text).isTrue();
                        }
                    }
                }
            }
        }
        assertThat(accepted).isPositive();
    }

    private static List<String> dates() {
        List<String> out = new ArrayList<>();
        for (String year : List.of("0000", "1900", "2000", "2023", "2024", "9999")) {
            for (int month = 0; month <= 13; month++) {
                for (int day : new int[] {0, 1, 28, 29, 30, 31, 32}) {
                    out.add(String.format(Locale.ROOT, "%s-%02d-%02d", year, month, day));
                }
            }
        }
        return out;
    }

    private static boolean parsesAsDate(String text) {
        try {
            LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean parsesAsDateTime(String text) {
        try {
            OffsetDateTime.parse(text.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
