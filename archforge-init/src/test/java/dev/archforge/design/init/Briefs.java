package dev.archforge.design.init;

/** The briefs the tests draft: the fitness app and one of each other shape. */
final class Briefs {
    static final String FITNESS = "I'm building a fitness app that needs user authentication, workout tracking"
            + " and progress analytics. How should I structure the backend?";
    static final String MARKETPLACE = "We're building a marketplace where independent sellers list handmade goods"
            + " and buyers pay by card. Flash sales bring 10x the normal traffic. We expect 50,000 daily active"
            + " users and run on AWS in the EU.";
    static final String CHAT = "A realtime chat app for gaming communities: group conversations, direct"
            + " messages, read receipts and push notifications. We are a team of 6 engineers.";
    static final String TELEMETRY = "Telemetry ingestion for 50,000 IoT sensors that each send a reading every 10"
            + " seconds; operators watch dashboards and get alerts. Keep raw data for 13 months.";
    static final String SAAS = "A multi-tenant B2B SaaS for project management: each customer organization has"
            + " projects and tasks, SSO login and an audit log. We are 30 engineers in 4 teams, need 99.95%"
            + " uptime and SOC 2.";
    static final String INTERNAL = "An internal tool for our 40 support staff to track refund requests and"
            + " approvals, hosted on-premises. Just me building it.";

    static final String RIDE_HAILING = "We are building a ride-hailing app for a city of 3 million people. About"
            + " 20,000 drivers send their GPS location every 4 seconds while on shift. Riders request trips, see"
            + " nearby drivers live on a map, and pay by card at the end of the trip. We expect 150,000 trips per"
            + " day, peaking at 5x during rush hour. Team of 6 engineers, budget around 8k USD a month, must comply"
            + " with PCI DSS and GDPR. Trip history kept for 7 years.";

    private Briefs() {}
}
