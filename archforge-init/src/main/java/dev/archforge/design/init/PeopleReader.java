package dev.archforge.design.init;

import static dev.archforge.design.init.Marked.N;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Who is counted in a brief: the team ("a team of 6", "solo developer", "two of us"), the users
 * (registered, daily active, concurrent), customer organisations, the actors ("20,000 drivers", "2M
 * devices"), and populations that are not users at all ("a city of 3 million people").
 */
final class PeopleReader {
    private static final String ROLE = "(?:(?:full[- ]time|part[- ]time|senior|junior|backend|back-end|frontend"
            + "|volunteer|other|more|freelance|contract"
            + "|front-end|mobile|software|full[- ]stack|experienced|in-house) )*";
    private static final Pattern TEAM_OF = Pattern.compile(
            "team of " + N + "(?: " + ROLE + "(?:people|engineers|developers|devs|programmers|folks))?");
    private static final Pattern PERSON_TEAM =
            Pattern.compile(N + "[- ](?:person|people|member|engineer|developer|dev)" + " (?:team|shop|startup)");
    /** An organisation's size ("a 250-person company", "400 employees"): its staff use an internal tool. */
    private static final Pattern STAFF = Pattern.compile(
            N + "(?:[- ](?:person|people|employee|staff) (?:company|organi[sz]ation"
                    + "|firm|business|agency|school|hospital|nonprofit)| (?:employees|staff members|members of staff))\\b");

    private static final Pattern DEVELOPERS =
            Pattern.compile(N + " " + ROLE + "(?:engineers|developers|devs|programmers|people on the team)\\b");
    /** "me and 2 other devs": the writer and the others. */
    private static final Pattern AND_ME = Pattern.compile("\\b(?:me|myself|i) (?:and|plus|\\+) " + N + " " + ROLE
            + "(?:engineers|developers|devs|programmers|people|friends|colleagues)\\b");

    private static final Pattern OF_US = Pattern.compile("(?:(?:the|just|only) )*" + N + " of us\\b");
    private static final Pattern SOLO = Pattern.compile(
            "\\b(?:solo (?:dev|developer|founder|engineer|project)"
                    + "|just me|by myself|on my own|one[- ]person (?:team|shop|startup)|i(?: am|'m|’m) the only"
                    + " (?:dev|developer|engineer|programmer)|single developer|lone developer|indie (?:dev|developer|hacker))\\b");
    private static final Pattern PAIR = Pattern.compile("\\b(?:(?:the )?two of us|me and (?:a|my) (?:friend|co-?founder"
            + "|partner|colleague)|a pair of (?:developers|engineers|devs))\\b");
    private static final Pattern TEAMS = Pattern.compile(N + " (?:[a-z-]+ )?(?:teams|squads)\\b");
    private static final Pattern MARKET = Pattern.compile("(?:city|town|country|region|market|population|area|state"
            + "|metro(?:politan)? area|nation|province|island) (?:of|with) " + N
            + "(?: (?:people|residents|inhabitants|citizens|users|potential users))?");
    private static final Pattern DAILY = Pattern.compile(N + " (?:daily active users|daily users|daily actives?|dau"
            + "|(?:active )?(?:users|people|visitors|customers|players|shoppers) (?:a|per|each|every) day|users daily"
            + "|daily(?= *(?:[.,;)]|$| and\\b)))");
    private static final Pattern NEW_USERS = Pattern.compile(N + " (?:new (?:users|customers|members"
            + "|accounts|subscribers)|sign-?ups|signups|registrations)(?: (?:per|a|an|each|every) (?:day|week|month"
            + "|year))?\\b");
    private static final Pattern MONTHLY = Pattern.compile(N + " (?:monthly active users|monthly actives?|mau|monthly"
            + " users|(?:active )?users (?:a|per) month)\\b");
    private static final Pattern CONCURRENT = Pattern.compile(N + " (?:(?:concurrent|simultaneous)(?: [a-z]+)? (?:users"
            + "|connections|websockets?|sockets|viewers|players|sessions|clients|listeners|devices)|(?:open |live"
            + " |persistent |websocket |concurrent )*connections|(?:users|people|viewers|players|subscribers|listeners|members"
            + "|customers|riders|students|fans|clients|devices) (?:online )?at"
            + " (?:once|the same time))\\b");
    private static final Pattern TENANTS = Pattern.compile(N + " (?:[a-z-]+ )?(?:tenants|customer organi[sz]ations"
            + "|organi[sz]ations|companies|businesses|clinics|schools|hospitals|enterprises|firms|agencies|practices"
            + "|b2b customers|corporate customers|client companies)\\b");
    /** Organisations that sign up or are the customers: "300 churches should sign up", "1,200 customer sites". */
    private static final Pattern CUSTOMER_ORGS = Pattern.compile(N + " (?:(?:paying|business) )?customer (?:sites|shops"
            + "|stores|workspaces|accounts|teams)\\b|" + N
            + " (?:[a-z-]+ )?([a-z]+s) (?:should |will |would |could |can |to |that )?"
            + "(?:sign up|subscribe|onboard|join)\\b");

    private static final Pattern USERS = Pattern.compile("(?<!follows? |following |follows? about |follow about )" + N
            + " (?!(?:ms|milliseconds?|s|sec|seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?|km|kb|mb|gb)\\b)"
            + "(?:([a-z-]+) )?(?:[a-z-]+ )?(users|customers|members"
            + "|accounts|subscribers|visitors|people|players|clients|employees|staff|shoppers)\\b");
    /** "8M registered, 1.2M daily": registered with the users left unsaid. */
    private static final Pattern REGISTERED = Pattern.compile(N + " registered(?= ?(?:[,.;)]|$| and\\b| so far\\b))");

    private static final Pattern COUNTED = Pattern.compile(N + "((?: [a-z-]+){1,3})");

    private PeopleReader() {}

    static void read(Scan scan) {
        team(scan);
        scan.all(MARKET)
                .forEach(m -> scan.add(new Claim.Unmapped(
                        (long) scan.value(m, 1),
                        scan.source(m),
                        "the size of a population or market, not of the system's users: give the users you expect"
                                + " under scale",
                        m.start())));
        scan.all(NEW_USERS)
                .forEach(m -> scan.add(new Claim.Unmapped(
                        (long) scan.value(m, 1),
                        scan.source(m),
                        "new users per period are no key: give the growth as scale.monthly-growth-percent",
                        m.start())));
        scan.all(DAILY).forEach(m -> stated(scan, m, Setting.DAILY_ACTIVE_USERS));
        scan.all(MONTHLY)
                .forEach(m -> scan.add(new Claim.Unmapped(
                        (long) scan.value(m, 1),
                        scan.source(m),
                        "monthly active users are no key: daily active users are assumed; give them under scale",
                        m.start())));
        scan.all(CONCURRENT).forEach(m -> stated(scan, m, Setting.CONCURRENT_CONNECTIONS));
        scan.all(TENANTS).forEach(m -> stated(scan, m, Setting.TENANTS));
        for (MatchResult m : scan.all(CUSTOMER_ORGS)) {
            if (m.group(1) != null) {
                stated(scan, m, Setting.TENANTS);
            } else if (Sketch.actorOf(m.group(3)).isEmpty() && !Words.PEOPLE.contains(Words.singular(m.group(3)))) {
                scan.add(new Claim.Stated(
                        Setting.TENANTS, Math.max(1, Math.round(scan.value(m, 2))), scan.source(m), m.start()));
            } else {
                scan.add(new Claim.Unmapped(
                        (long) scan.value(m, 2),
                        scan.source(m),
                        "people who sign up per period are no key: give the users under scale",
                        m.start()));
            }
        }
        for (MatchResult m : scan.all(USERS)) {
            String adjective = m.group(2) == null ? "" : m.group(2);
            if (adjective.equals("active") || adjective.equals("daily")) {
                stated(scan, m, Setting.DAILY_ACTIVE_USERS);
            } else if (adjective.equals("monthly") || adjective.equals("weekly")) {
                scan.add(new Claim.Unmapped(
                        (long) scan.value(m, 1),
                        scan.source(m),
                        adjective + " users are no key: give daily active users under scale",
                        m.start()));
            } else {
                stated(scan, m, Setting.REGISTERED_USERS);
            }
        }
        scan.all(REGISTERED).forEach(r -> stated(scan, r, Setting.REGISTERED_USERS));
        java.util.regex.Matcher m = COUNTED.matcher(scan.text());
        while (m.find()) {
            String[] words = m.group(2).strip().split(" ");
            int length = m.start(2);
            for (int i = 0; i < words.length; i++) {
                String word = words[i];
                length += 1 + word.length();
                java.util.Optional<String> actor = Sketch.actorOf(word);
                if (actor.isPresent() && !actor.get().equals("user") && scan.free(m.start(), length)) {
                    // "1,200 customer sites": the noun the actor word describes belongs to the words shown
                    int end = i + 1 < words.length
                                    && words[i + 1].endsWith("s")
                                    && !PhraseWords.STOPS.contains(words[i + 1])
                            ? length + 1 + words[i + 1].length()
                            : length;
                    scan.take(m.start(), end);
                    scan.add(new Claim.Count(
                            actor.get(),
                            Math.max(1, Math.round(scan.value(m, 1))),
                            scan.marked().source(m.start(), end),
                            m.start()));
                    break;
                }
                if (PhraseWords.STOPS.contains(word) && !PhraseWords.ADJECTIVES.contains(word)) {
                    break;
                }
            }
        }
    }

    private static void team(Scan scan) {
        scan.first(AND_ME).ifPresent(m -> team(scan, m, (int) scan.value(m, 1) + 1));
        scan.first(TEAM_OF).ifPresent(m -> team(scan, m, (int) scan.value(m, 1)));
        scan.first(DEVELOPERS).ifPresent(m -> team(scan, m, (int) scan.value(m, 1)));
        scan.first(PERSON_TEAM).ifPresent(m -> team(scan, m, (int) scan.value(m, 1)));
        scan.first(OF_US).ifPresent(m -> team(scan, m, (int) scan.value(m, 1)));
        boolean registered = scan.claims().stream()
                .anyMatch(c -> c instanceof Claim.Stated s && s.setting() == Setting.REGISTERED_USERS);
        if (!registered) {
            scan.first(STAFF).ifPresent(m -> stated(scan, m, Setting.REGISTERED_USERS));
        }
        scan.first(SOLO).ifPresent(m -> team(scan, m, 1));
        scan.first(PAIR).ifPresent(m -> team(scan, m, 2));
        scan.first(TEAMS)
                .ifPresent(m -> scan.add(new Claim.Stated(
                        Setting.TEAMS, (int) Math.max(1, scan.value(m, 1)), scan.source(m), m.start())));
    }

    private static void team(Scan scan, MatchResult m, int size) {
        boolean known =
                scan.claims().stream().anyMatch(c -> c instanceof Claim.Stated s && s.setting() == Setting.TEAM_SIZE);
        if (!known) {
            scan.add(new Claim.Stated(Setting.TEAM_SIZE, Math.max(1, size), scan.source(m), m.start()));
        }
    }

    private static void stated(Scan scan, MatchResult m, Setting setting) {
        scan.add(new Claim.Stated(setting, Math.max(1, Math.round(scan.value(m, 1))), scan.source(m), m.start()));
    }
}
