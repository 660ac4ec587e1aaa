package dev.archforge.design.init;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The constraints a brief states in words: compliance regimes (by name, or by what they cover: card
 * payments are PCI DSS, patient data HIPAA), data residency ("EU", case-sensitive so "us" the pronoun is
 * not the US), hosting and cloud, the technologies the team knows, quality demands ("never lose or
 * duplicate a payment", "works offline") and who calls the API.
 */
final class BriefConstraints {
    private static final Map<String, Pattern> COMPLIANCE = ordered(
            "gdpr", "\\bgdpr\\b",
            "hipaa", "\\bhipaa\\b",
            "pci", "\\bpci(?:[- ]?dss)?\\b",
            "soc2", "\\bsoc ?(?:2|ii)(?: type (?:ii|2|i|1))?\\b|\\bsoc-2\\b");
    /** What a regime covers, for briefs that name the data rather than the law. */
    private static final Map<String, Pattern> COVERED = ordered(
            "hipaa",
                    "\\bphi\\b|protected health information|patient (?:data|records|information|health)"
                            + "|(?:electronic )?(?:health|medical) records|\\behr\\b|\\bemr\\b",
            "pci",
                    "card payments?|pay(?:s|ing|ment)? (?:by|with|via) (?:credit |debit )?cards?|credit cards?"
                            + "|debit cards?|card (?:data|numbers|details)");

    private static final Map<String, Pattern> QUALITIES = ordered(
            "no-data-loss",
                    "never (?:lose|drop)|no (?:data )?loss|zero data loss|lose nothing|must not (?:lose|drop)"
                            + "|(?:can't|cannot|can not) (?:afford to )?(?:lose|drop)|without losing|no lost|not lose",
            "no-duplicates",
                    "(?:or|nor|never|not|no) (?:\\w+ )?duplicat|exactly[- ]once|double[- ]charg"
                            + "|charged? twice|idempoten|deduplicat|double[- ]spend",
            "strong-consistency",
                    "strong(?:ly)? consisten|consistent reads|read[- ]your[- ]writes|linearizab"
                            + "|serializab|never oversell|no overselling|oversold|double[- ]book|overbook",
            "low-latency", "low[- ]latency|ultra[- ]fast|sub[- ]?millisecond|sub[- ]second",
            "offline",
                    "works? offline|offline[- ](?:first|mode|support|capable|use|sync)|(?:use it|used|work|usable)"
                            + " offline|(?:while|when|even) offline|without (?:a |an )?(?:connection|connectivity|internet"
                            + "|network|signal)|(?:no|poor|spotty|patchy) (?:signal|connectivity|coverage|internet)");
    private static final Map<String, Pattern> AUDIENCE = ordered(
            "internal",
                    "internal (?:tool|app|application|system|use|platform|dashboard|portal)|back[- ]office"
                            + "|for our (?:own )?(?:staff|employees|team|agents|operators)|used by (?:our )?(?:staff|employees)",
            "partner",
                    "partners? (?:integrate|api|access|systems|companies|can call)|b2b api|for (?:our )?partners"
                            + "|(?:channel managers?|resellers|distributors|integrators|partners|agencies|brokers)"
                            + "(?: \\([^)]*\\))? (?:that |who |which )?(?:call|use|query|hit|integrate with) (?:our |the )?"
                            + "(?:[a-z]+ ){0,4}?api"
                            + "|partner integrations?|integrat\\w* (?:with|for) (?:our )?partners|partners integrate",
            "public",
                    "public api|open (?:[a-z-]+ )?api|public-facing api|(?:third[- ]party )?developers? (?:can )?integrate"
                            + "|third[- ]party (?:apps|applications|clients|sites|websites)"
                            + "|third[- ]party developers|developer platform");
    private static final Map<String, Pattern> RESIDENCY = ordered(
            "eu", "\\b(?:EU|E\\.U\\.|Europe|European|Germany|German|France|French)\\b",
            "us",
                    "\\b(?:US|USA|U\\.S\\.|United States|(?<!Latin |South |Central )America|(?<!Latin |South |Central )American)\\b",
            "uk", "\\b(?:UK|United Kingdom|Britain|British)\\b",
            "ca", "\\b(?:Canada|Canadian)\\b",
            "au", "\\b(?:Australia|Australian)\\b");
    private static final Pattern ON_PREMISES =
            Pattern.compile("on[- ]?prem(?:ise|ises)?\\b|self[- ]hosted|own (?:servers|data ?cent(?:er|re)s?)");
    private static final Map<String, Pattern> CLOUDS =
            ordered("aws", "\\baws\\b|amazon web services", "gcp", "\\bgcp\\b|google cloud", "azure", "\\bazure\\b");
    private static final Map<String, Pattern> SKILLS = ordered(
            "java", "\\bjava\\b",
            "kotlin", "\\bkotlin\\b",
            "python", "\\bpython\\b|\\bdjango\\b",
            "go", "\\bgolang\\b",
            "typescript", "\\btypescript\\b|\\bnode\\.?js\\b",
            "ruby", "\\bruby\\b|\\brails\\b",
            "php", "\\bphp\\b|\\blaravel\\b",
            "dotnet", "\\.net\\b|\\bc#",
            "postgresql", "\\bpostgres(?:ql)?\\b",
            "mysql", "\\bmysql\\b",
            "mongodb", "\\bmongo(?:db)?\\b",
            "redis", "\\bredis\\b",
            "kafka", "\\bkafka\\b",
            "kubernetes", "\\bkubernetes\\b|\\bk8s\\b",
            "docker", "\\bdocker\\b",
            "aws", "\\baws\\b",
            "gcp", "\\bgcp\\b|google cloud",
            "azure", "\\bazure\\b");

    private BriefConstraints() {}

    /** The constraints {@code brief} states in words. */
    static List<Claim> read(String brief) {
        String original = brief.strip().replaceAll("\\s+", " ");
        String text = original.toLowerCase(java.util.Locale.ROOT);
        List<Claim> out = new ArrayList<>();
        compliance(text, original).ifPresent(f -> out.add(new Claim.Stated(Setting.COMPLIANCE, f.names, f.source, 0)));
        list(QUALITIES, text, original)
                .ifPresent(f -> out.add(new Claim.Stated(Setting.QUALITIES, f.names, f.source, 0)));
        first(AUDIENCE, text, original)
                .ifPresent(f -> out.add(new Claim.Stated(Setting.AUDIENCE, f.names.get(0), f.source, 0)));
        Optional<Found> residency = staying(original).or(() -> first(RESIDENCY, original, original));
        residency.ifPresent(f -> out.add(new Claim.Stated(Setting.DATA_RESIDENCY, f.names.get(0), f.source, 0)));
        List<String> places = all(RESIDENCY, original);
        if (places.size() > 1) {
            out.add(new Claim.Stated(Setting.REGIONS, new Jurisdictions(places), sources(RESIDENCY, original), 0));
        }
        Matcher premises = ON_PREMISES.matcher(text);
        if (premises.find()) {
            String source = original.substring(premises.start(), premises.end());
            out.add(new Claim.Stated(Setting.HOSTING, "on-premises", source, 0));
            out.add(new Claim.Stated(Setting.CLOUD, "any", source, 0));
        } else {
            first(CLOUDS, text, original).ifPresent(f -> {
                out.add(new Claim.Stated(Setting.HOSTING, "cloud", f.source, 0));
                out.add(new Claim.Stated(Setting.CLOUD, f.names.get(0), f.source, 0));
            });
        }
        list(SKILLS, text, original).ifPresent(f -> out.add(new Claim.Stated(Setting.SKILLS, f.names, f.source, 0)));
        return out;
    }

    /** Regions asked for by jurisdiction ("customers in the EU and the US"), named once the cloud is known. */
    record Jurisdictions(List<String> codes) {
        Jurisdictions {
            codes = List.copyOf(codes);
        }
    }

    /**
     * The jurisdiction of a phrase that keeps data in a place ("data must stay in the EU", "EU data only",
     * "EU data residency"), with those words.
     */
    private static Optional<Found> staying(String original) {
        for (Map.Entry<String, Pattern> e : RESIDENCY.entrySet()) {
            String place = e.getValue().pattern();
            Matcher m = Pattern.compile("(?i:(?:(?:the |our |all |their |customers'? |users'? )?data )?(?:must |should "
                            + "|has to |have to |needs? to |will |shall |can only |may only )?(?:stays?|remains?|be kept"
                            + "|be stored|be hosted|kept|stored|hosted|lives?|resides?) (?:only )?(?:in|within|inside)"
                            + " (?:the )?)(?:" + place + ")"
                            + "|(?:" + place + ")(?i:[- ](?:data[- ])?(?:only|residency)| data (?:only|residency))"
                            + "|(?i:data residency (?:in )?(?:the )?)(?:" + place + ")")
                    .matcher(original);
            if (m.find()) {
                return Optional.of(new Found(List.of(e.getKey()), original.substring(m.start(), m.end())));
            }
        }
        return Optional.empty();
    }

    /** Regimes named, then those the brief implies by the data it names; in the order of the regimes. */
    private static Optional<Found> compliance(String text, String original) {
        Optional<Found> named = list(COMPLIANCE, text, original);
        Map<String, Pattern> implied = new LinkedHashMap<>(COVERED);
        named.ifPresent(f -> f.names.forEach(implied::remove));
        Optional<Found> covered = list(implied, text, original);
        if (covered.isEmpty()) {
            return named;
        }
        if (named.isEmpty()) {
            return covered;
        }
        List<String> names = new ArrayList<>(named.get().names);
        names.addAll(covered.get().names);
        names.sort(java.util.Comparator.comparingInt(Answers.REGIMES::indexOf));
        return Optional.of(new Found(names, named.get().source + "; " + covered.get().source));
    }

    /** Names found and the brief's words for them. */
    private record Found(List<String> names, String source) {}

    /** The names whose pattern occurs, in the map's order, with the words from the first to the last found. */
    private static Optional<Found> list(Map<String, Pattern> patterns, String text, String original) {
        List<String> names = new ArrayList<>();
        int from = Integer.MAX_VALUE;
        int to = -1;
        List<String> words = new ArrayList<>();
        for (Map.Entry<String, Pattern> e : patterns.entrySet()) {
            Matcher m = e.getValue().matcher(text);
            if (m.find()) {
                int end = m.end();
                while (end < original.length() && Character.isLetter(original.charAt(end))) {
                    end++;
                }
                names.add(e.getKey());
                from = Math.min(from, m.start());
                to = Math.max(to, end);
                words.add(original.substring(m.start(), end));
            }
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        String span = original.substring(from, to);
        boolean near = to - from <= 80 && !span.matches(".*[.!?] .*");
        return Optional.of(new Found(names, near ? span : String.join("; ", words)));
    }

    /** The name whose pattern occurs earliest in {@code text}. */
    private static Optional<Found> first(Map<String, Pattern> patterns, String text, String original) {
        Optional<Found> best = Optional.empty();
        int at = Integer.MAX_VALUE;
        for (Map.Entry<String, Pattern> e : patterns.entrySet()) {
            Matcher m = e.getValue().matcher(text);
            if (m.find() && m.start() < at) {
                best = Optional.of(new Found(List.of(e.getKey()), original.substring(m.start(), m.end())));
                at = m.start();
            }
        }
        return best;
    }

    private static List<String> all(Map<String, Pattern> patterns, String text) {
        List<String> names = new ArrayList<>();
        patterns.forEach((name, p) -> {
            if (p.matcher(text).find()) {
                names.add(name);
            }
        });
        return names;
    }

    private static String sources(Map<String, Pattern> patterns, String text) {
        List<String> words = new ArrayList<>();
        patterns.values().forEach(p -> {
            Matcher m = p.matcher(text);
            if (m.find()) {
                words.add(m.group());
            }
        });
        return String.join("; ", words);
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
