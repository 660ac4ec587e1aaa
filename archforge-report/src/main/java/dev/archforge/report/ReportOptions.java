package dev.archforge.report;

/**
 * How to write a report.
 *
 * @param color ANSI colours (text format, only on a terminal)
 * @param toolVersion the version written into SARIF and JSON
 */
public record ReportOptions(boolean color, String toolVersion) {
    public static final ReportOptions PLAIN = new ReportOptions(false, "0.1.0");
}
