package dev.archforge.design.init;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Readers for the answers to each kind of question: counts ("10k"), numbers in a range ("99.9%"),
 * yes/no, and closed lists (compliance regimes, residencies, hosting). Each names what it expected when
 * it rejects an answer, so the person can fix it on the next try.
 */
final class Answers {
    /** Reads one answer. */
    @FunctionalInterface
    interface Reader {
        Parse read(String answer);
    }

    static final List<String> REGIMES = List.of("gdpr", "hipaa", "pci", "soc2");

    private Answers() {}

    /** A whole number from {@code min} to {@code max}: {@code 10000}, {@code 10,000}, {@code 10k}. */
    static Reader count(Setting setting, long min, long max, boolean asInt) {
        return answer -> {
            OptionalDouble v = Quantities.parse(answer.replaceFirst("(?i)\\s*(/|per|a)\\s*month$", ""));
            if (v.isEmpty()
                    || v.getAsDouble() != Math.rint(v.getAsDouble())
                    || v.getAsDouble() < min
                    || v.getAsDouble() > max) {
                return new Parse.Rejected("expected a whole number from " + min + " to " + max + ", such as "
                        + Math.max(min, Math.min(max, 10)) + (max >= 10_000 ? " or 10k" : ""));
            }
            long n = (long) v.getAsDouble();
            return new Parse.Accepted(Map.of(setting, asInt ? (Object) (int) n : (Object) n));
        };
    }

    /** A number from {@code min} to below {@code below}, optionally followed by {@code suffix} ("%", "x"). */
    static Reader decimal(Setting setting, double min, double below, String suffix, String example) {
        return answer -> {
            String t = answer.strip().toLowerCase(Locale.ROOT);
            if (!suffix.isEmpty() && t.endsWith(suffix)) {
                t = t.substring(0, t.length() - suffix.length()).strip();
            }
            if (!t.matches("\\d+(\\.\\d+)?")) {
                return new Parse.Rejected("expected a number such as " + example);
            }
            double v = Double.parseDouble(t);
            if (v < min || v >= below) {
                return new Parse.Rejected("expected a number from " + Values.show(min) + " to below "
                        + Values.show(below) + ", such as " + example);
            }
            return new Parse.Accepted(Map.of(setting, v));
        };
    }

    static Reader yesNo(Setting setting) {
        return answer -> switch (answer.strip().toLowerCase(Locale.ROOT)) {
            case "y", "yes", "true" -> new Parse.Accepted(Map.of(setting, true));
            case "n", "no", "false" -> new Parse.Accepted(Map.of(setting, false));
            default -> new Parse.Rejected("expected yes or no");
        };
    }

    /** Regimes separated by commas or spaces, or {@code none}. */
    static Reader compliance() {
        return answer -> {
            List<String> regimes = new ArrayList<>();
            String t = answer.strip()
                    .toLowerCase(Locale.ROOT)
                    .replace("pci-dss", "pci")
                    .replace("soc 2", "soc2");
            for (String word : t.split("[,\\s]+")) {
                if (REGIMES.contains(word)) {
                    if (!regimes.contains(word)) {
                        regimes.add(word);
                    }
                } else if (!word.equals("none") && !word.equals("and") && !word.isEmpty()) {
                    return new Parse.Rejected("'" + word + "' is not one of " + String.join(", ", REGIMES)
                            + "; answer none if no regime applies");
                }
            }
            regimes.sort(java.util.Comparator.comparingInt(REGIMES::indexOf));
            return new Parse.Accepted(Map.of(Setting.COMPLIANCE, List.copyOf(regimes)));
        };
    }

    static Reader residency() {
        return answer -> {
            String t = answer.strip().toLowerCase(Locale.ROOT);
            String code =
                    switch (t) {
                        case "europe", "european union" -> "eu";
                        case "usa", "united states" -> "us";
                        case "united kingdom", "gb" -> "uk";
                        case "no", "anywhere" -> "none";
                        default -> t;
                    };
            return Regions.RESIDENCIES.contains(code)
                    ? new Parse.Accepted(Map.of(Setting.DATA_RESIDENCY, code))
                    : new Parse.Rejected("expected one of " + String.join(", ", Regions.RESIDENCIES));
        };
    }

    /** A cloud provider, {@code cloud} for any, or {@code on-premises}; sets hosting and cloud together. */
    static Reader hosting() {
        return answer -> switch (answer.strip().toLowerCase(Locale.ROOT)) {
            case "aws", "amazon" -> hosted("cloud", "aws");
            case "gcp", "google", "google cloud" -> hosted("cloud", "gcp");
            case "azure" -> hosted("cloud", "azure");
            case "cloud", "any" -> hosted("cloud", "any");
            case "on-premises", "on-prem", "onprem", "on premises", "self-hosted" -> hosted("on-premises", "any");
            default -> new Parse.Rejected("expected aws, gcp, azure, cloud (any provider) or on-premises");
        };
    }

    private static Parse hosted(String hosting, String cloud) {
        return new Parse.Accepted(Map.of(Setting.HOSTING, hosting, Setting.CLOUD, cloud));
    }
}
