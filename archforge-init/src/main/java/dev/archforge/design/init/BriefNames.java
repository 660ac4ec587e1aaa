package dev.archforge.design.init;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The things a brief names that no key holds, so they are shown rather than lost: regimes beyond those
 * {@code constraints.compliance} takes (PSD2, ISO 27001), identity and payment providers (Okta, Microsoft
 * Entra ID, SAML SSO, Stripe), cadences ("retrained weekly", "nightly exports"); and the cloud regions
 * named outright ("eu-west-1", "AWS Frankfurt"), which set {@code constraints.regions}.
 */
final class BriefNames {
    private static final Map<String, Pattern> REGIMES = ordered(
            "psd2", "\\bpsd ?2\\b",
            "iso27001", "\\biso[ /-]?(?:iec )?27001\\b",
            "sox", "\\bsox\\b|sarbanes[- ]oxley",
            "ferpa", "\\bferpa\\b",
            "coppa", "\\bcoppa\\b",
            "ccpa", "\\bccpa\\b|\\bcpra\\b",
            "lgpd", "\\blgpd\\b",
            "dora", "\\bdora\\b",
            "nis2", "\\bnis ?2\\b",
            "fedramp", "\\bfedramp\\b",
            "hitrust", "\\bhitrust\\b",
            "eidas", "\\beidas\\b");
    private static final Map<String, Pattern> IDENTITY = ordered(
            "okta", "\\bokta\\b",
            "auth0", "\\bauth0\\b",
            "entra-id", "\\b(?:microsoft )?entra(?: id)?\\b",
            "azure-ad", "\\bazure (?:ad|active directory)\\b",
            "google-workspace", "\\bgoogle workspace(?: for (?:education|business|nonprofits))?\\b",
            "microsoft-365", "\\b(?:microsoft|office) 365\\b",
            "keycloak", "\\bkeycloak\\b",
            "saml", "\\bsaml(?: 2\\.0)?(?: sso| single sign-on)?\\b",
            "oidc", "\\boidc\\b|\\bopenid connect\\b",
            "scim", "\\bscim\\b");
    private static final Map<String, Pattern> PAYMENTS = ordered(
            "stripe", "\\bstripe\\b",
            "adyen", "\\badyen\\b",
            "braintree", "\\bbraintree\\b",
            "paypal", "\\bpaypal\\b",
            "mollie", "\\bmollie\\b",
            "square", "\\bsquare (?:payments|terminal|pos)\\b");
    private static final Pattern CADENCE =
            Pattern.compile("(?:\\b([a-z]+) )?\\b(hourly|nightly|daily|weekly|fortnightly"
                    + "|monthly|quarterly|yearly|annually)\\b(?! ?-)(?: ([a-z]+))?");
    /** Words that make a cadence word a measure of users or money ("daily actives", "monthly budget"). */
    private static final Pattern NOT_CADENCE = Pattern.compile(
            "active|actives|users|players|visitors|budget|average" + "|peak|spend|cost|costs|limit|cap|quota|‹.*");

    private static final Pattern REGION_ID = Pattern.compile("\\b(?:(?:us|eu|ap|sa|ca|me|af|il)-(?:east|west|north"
            + "|south|central|northeast|southeast|northwest|southwest)-\\d|(?:europe|us|asia|australia|northamerica"
            + "|southamerica)-(?:west|east|north|south|central|northeast|southeast)\\d)\\b");
    private static final Map<String, String> AWS_CITIES = Map.ofEntries(
            Map.entry("frankfurt", "eu-central-1"),
            Map.entry("ireland", "eu-west-1"),
            Map.entry("dublin", "eu-west-1"),
            Map.entry("london", "eu-west-2"),
            Map.entry("paris", "eu-west-3"),
            Map.entry("stockholm", "eu-north-1"),
            Map.entry("milan", "eu-south-1"),
            Map.entry("zurich", "eu-central-2"),
            Map.entry("virginia", "us-east-1"),
            Map.entry("ohio", "us-east-2"),
            Map.entry("oregon", "us-west-2"),
            Map.entry("são paulo", "sa-east-1"),
            Map.entry("sao paulo", "sa-east-1"),
            Map.entry("montreal", "ca-central-1"),
            Map.entry("tokyo", "ap-northeast-1"),
            Map.entry("seoul", "ap-northeast-2"),
            Map.entry("singapore", "ap-southeast-1"),
            Map.entry("sydney", "ap-southeast-2"),
            Map.entry("mumbai", "ap-south-1"));
    private static final Pattern CLOUD_CITY = Pattern.compile("\\b(?:aws|amazon web services)(?: region)? (?:in )?("
            + String.join("|", AWS_CITIES.keySet().stream().sorted().toList()) + ")\\b");

    private BriefNames() {}

    /** What {@code brief} names. */
    static List<Claim> read(String brief) {
        String original = brief.strip().replaceAll("\\s+", " ");
        String text = original.toLowerCase(Locale.ROOT);
        List<Claim> out = new ArrayList<>();
        named(
                out,
                REGIMES,
                text,
                original,
                "a regime constraints.compliance has no value for (it takes gdpr, hipaa,"
                        + " pci, soc2): its controls are to be added by hand");
        named(
                out,
                IDENTITY,
                text,
                original,
                "an identity provider or protocol: no key names it; sign-in federates"
                        + " with it when the sso feature is on");
        named(
                out,
                PAYMENTS,
                text,
                original,
                "a payment provider: no key names it; the payments design assumes a"
                        + " provider's hosted checkout and webhooks");
        regions(out, text, original);
        Matcher c = CADENCE.matcher(text);
        while (c.find()) {
            String after = c.group(3) == null ? "" : c.group(3);
            if (NOT_CADENCE.matcher(after).matches()
                    || (c.group(1) != null && c.group(1).equals("the"))) {
                continue;
            }
            out.add(new Claim.Unmapped(
                    c.group(2),
                    original.substring(c.start(), c.end()),
                    "a cadence: no requirement key holds it; the job or event it names runs on it",
                    0));
        }
        return out;
    }

    /** Region names set {@code constraints.regions}: the ids as given, a city after the cloud as its region. */
    private static void regions(List<Claim> out, String text, String original) {
        List<String> regions = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher id = REGION_ID.matcher(text);
        while (id.find()) {
            if (!regions.contains(id.group())) {
                regions.add(id.group());
                words.add(original.substring(id.start(), id.end()));
            }
        }
        Matcher city = CLOUD_CITY.matcher(text);
        while (city.find()) {
            String region = AWS_CITIES.get(city.group(1));
            if (!regions.contains(region)) {
                regions.add(region);
                words.add(original.substring(city.start(), city.end()));
            }
        }
        if (!regions.isEmpty()) {
            out.add(new Claim.Stated(Setting.REGIONS, new Named(regions), String.join("; ", words), 0));
        }
    }

    /** Regions the brief names outright. */
    record Named(List<String> regions) {
        Named {
            regions = List.copyOf(regions);
        }
    }

    private static void named(List<Claim> out, Map<String, Pattern> names, String text, String original, String why) {
        names.forEach((name, p) -> {
            Matcher m = p.matcher(text);
            if (m.find()) {
                out.add(new Claim.Unmapped(
                        original.substring(m.start(), m.end()).toLowerCase(Locale.ROOT),
                        original.substring(m.start(), m.end()),
                        why,
                        0));
            }
        });
    }

    private static Map<String, Pattern> ordered(String... pairs) {
        Map<String, Pattern> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], Pattern.compile(pairs[i + 1]));
        }
        return Collections.unmodifiableMap(map);
    }
}
