package dev.archforge.report;

import dev.archforge.model.Finding;
import dev.archforge.model.Location;

/**
 * The places a grouped finding shows (its related locations), as one short line for the formats
 * that have no structured field for them (text, Markdown, JUnit, GitHub annotations): the first
 * {@value #SHOWN}, then how many more, since JSON and SARIF keep them all. A place in the finding's
 * own file is written {@code line:column}, one in another file {@code file:line:column}.
 */
final class RelatedPlaces {
    /** Places named before the rest are counted. */
    static final int SHOWN = 5;

    private RelatedPlaces() {}

    /** {@code "Also at 5:5, 9:5, 14:5, 20:5, 31:5 and 12 more"}, or empty for a finding about one place. */
    static String line(Finding f) {
        if (f.related().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("Also at ");
        int n = Math.min(SHOWN, f.related().size());
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(place(f.location(), f.related().get(i)));
        }
        int more = f.related().size() - n;
        if (more > 0) {
            out.append(" and ").append(more).append(" more");
        }
        return out.toString();
    }

    private static String place(Location at, Location place) {
        String lineColumn = place.line() + ":" + place.column();
        return place.file().equals(at.file()) ? lineColumn : place.file() + ":" + lineColumn;
    }
}
