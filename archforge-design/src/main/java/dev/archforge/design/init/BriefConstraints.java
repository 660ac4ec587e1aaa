package dev.archforge.design.init;

import static dev.archforge.design.init.Quantities.NUMBER;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The constraints a brief states: availability ("99.9%", "three nines"), latency, budget, RPO/RTO,
 * compliance regimes, data residency ("EU", case-sensitive so "us" the pronoun is not the US), hosting
 * and cloud, and the technologies the team knows.
 */
final class BriefConstraints {
    private static final String N = "(?<![a-z0-9.,])" + NUMBER;
    private static final Pattern PERCENT = Pattern.compile("(\\d{2}(?:\\.\\d+)?)\\s*%");
    private static final Pattern NINES = Pattern.compile("\\b(two|three|four|five) nines\\b");
    private static final Pattern UPTIME = Pattern.compile("uptime|availab|sla\\b|slo\\b");
    private static final Pattern LATENCY =
            Pattern.compile("(?:p9[59]|latency|response time|respond)[^.]{0,30}?(\\d+)\\s*(?:ms|milliseconds)\\b"
                    + "|(?:under|below|within|less than)\\s*(\\d+)\\s*(?:ms|milliseconds)\\b");
    private static final Pattern BUDGET = Pattern.compile("(?:[$€£]|usd |eur )\\s?" + N
            + "\\s*(?:/|per|a|each)\\s*(?:month|mo)\\b|budget\\s+(?:of\\s+|is\\s+|around\\s+|about\\s+|:\\s*)?"
            + "(?:[$€£]|usd |eur )?\\s?" + N);
    private static final Pattern RPO = Pattern.compile("\\brpo\\s*(?:of|:|=|under|below)?\\s*(\\d+)\\s*(min|h)");
    private static final Pattern RTO = Pattern.compile("\\brto\\s*(?:of|:|=|under|below)?\\s*(\\d+)\\s*(min|h)");
    private static final Map<String, Pattern> COMPLIANCE = ordered(
            "gdpr", "\\bgdpr\\b", "hipaa", "\\bhipaa\\b", "pci", "\\bpci(?:[- ]dss)?\\b", "soc2", "\\bsoc ?2\\b");
    private static final Map<String, Pattern> RESIDENCY = ordered(
            "eu", "\\b(?:EU|E\\.U\\.|Europe|European|Germany|German|France|French)\\b",
            "us", "\\b(?:US|USA|U\\.S\\.|United States|America|American)\\b",
            "uk", "\\b(?:UK|United Kingdom|Britain|British)\\b",
            "ca", "\\b(?:Canada|Canadian)\\b",
            "au", "\\b(?:Australia|Australian)\\b");
    private static final Pattern ON_PREMISES =
            Pattern.compile("on[- ]?prem(?:ise|ises)?\\b|self[- ]hosted|own (?:servers|data ?cent(?:er|re)s?)");
    private static final Map<String, Pattern> CLOUDS =
            ordered("aws", "\\baws\\b|amazon web services", "gcp", "\\bgcp\\b|google cloud", "azure", "\\bazure\\b");
    private static final Map<String, Pattern> SKILLS = ordered(
            "java",
            "\\bjava\\b",
            "kotlin",
            "\\bkotlin\\b",
            "python",
            "\\bpython\\b",
            "go",
            "\\bgolang\\b",
            "typescript",
            "\\btypescript\\b|\\bnode\\.?js\\b",
            "ruby",
            "\\bruby\\b|\\brails\\b",
            "php",
            "\\bphp\\b",
            "dotnet",
            "\\.net\\b|\\bc#",
            "postgresql",
            "\\bpostgres(?:ql)?\\b",
            "mysql",
            "\\bmysql\\b",
            "mongodb",
            "\\bmongo(?:db)?\\b",
            "redis",
            "\\bredis\\b",
            "kafka",
            "\\bkafka\\b",
            "kubernetes",
            "\\bkubernetes\\b|\\bk8s\\b",
            "docker",
            "\\bdocker\\b",
            "aws",
            "\\baws\\b",
            "gcp",
            "\\bgcp\\b|google cloud",
            "azure",
            "\\bazure\\b");

    private BriefConstraints() {}

    /** The constraint values {@code brief} states, by setting. */
    static Map<Setting, Object> read(String brief) {
        String original = brief.replaceAll("\\s+", " ");
        String text = original.toLowerCase(Locale.ROOT);
        Map<Setting, Object> facts = new EnumMap<>(Setting.class);
        availability(text).ifPresent(v -> facts.put(Setting.AVAILABILITY, v));
        Matcher latency = LATENCY.matcher(text);
        if (latency.find()) {
            facts.put(Setting.LATENCY_P99_MS, Integer.parseInt(latency.group(latency.group(1) != null ? 1 : 2)));
        }
        Matcher budget = BUDGET.matcher(text);
        if (budget.find()) {
            int at = budget.group(1) != null ? 1 : 3;
            facts.put(Setting.BUDGET_PER_MONTH, (int) Math.round(Quantities.value(budget, at)));
        }
        minutes(RPO, text).ifPresent(v -> facts.put(Setting.RPO_MINUTES, v));
        minutes(RTO, text).ifPresent(v -> facts.put(Setting.RTO_MINUTES, v));
        List<String> compliance = found(COMPLIANCE, text);
        if (!compliance.isEmpty()) {
            facts.put(Setting.COMPLIANCE, compliance);
        }
        first(RESIDENCY, original).ifPresent(v -> facts.put(Setting.DATA_RESIDENCY, v));
        if (ON_PREMISES.matcher(text).find()) {
            facts.put(Setting.HOSTING, "on-premises");
            facts.put(Setting.CLOUD, "any");
        } else {
            first(CLOUDS, text).ifPresent(cloud -> {
                facts.put(Setting.HOSTING, "cloud");
                facts.put(Setting.CLOUD, cloud);
            });
        }
        List<String> skills = found(SKILLS, text);
        if (!skills.isEmpty()) {
            facts.put(Setting.SKILLS, skills);
        }
        return facts;
    }

    private static Optional<Double> availability(String text) {
        Matcher nines = NINES.matcher(text);
        if (nines.find()) {
            int count = List.of("two", "three", "four", "five").indexOf(nines.group(1)) + 2;
            return Optional.of(100 - 100 / Math.pow(10, count));
        }
        Matcher m = PERCENT.matcher(text);
        while (m.find()) {
            double v = Double.parseDouble(m.group(1));
            String around = text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30));
            if (v < 100 && (v >= 99 || (v >= 90 && UPTIME.matcher(around).find()))) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> minutes(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(1));
        return Optional.of(m.group(2).equals("h") ? n * 60 : n);
    }

    /** The names whose pattern occurs in {@code text}, in the map's order. */
    private static List<String> found(Map<String, Pattern> patterns, String text) {
        List<String> names = new ArrayList<>();
        patterns.forEach((name, pattern) -> {
            if (pattern.matcher(text).find()) {
                names.add(name);
            }
        });
        return names;
    }

    /** The name whose pattern occurs earliest in {@code text}. */
    private static Optional<String> first(Map<String, Pattern> patterns, String text) {
        Optional<String> best = Optional.empty();
        int at = Integer.MAX_VALUE;
        for (Map.Entry<String, Pattern> e : patterns.entrySet()) {
            Matcher m = e.getValue().matcher(text);
            if (m.find() && m.start() < at) {
                best = Optional.of(e.getKey());
                at = m.start();
            }
        }
        return best;
    }

    /** Names and their patterns, in the given order: {@code name, regex, name, regex, ...}. */
    private static Map<String, Pattern> ordered(String... pairs) {
        Map<String, Pattern> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], Pattern.compile(pairs[i + 1]));
        }
        return Collections.unmodifiableMap(map);
    }
}
