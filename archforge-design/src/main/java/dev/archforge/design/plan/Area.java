package dev.archforge.design.plan;

/** The areas of a backend every design covers, in the order the decisions are presented. */
public enum Area {
    ARCHITECTURE("Architecture"),
    API("API"),
    AUTHENTICATION("Authentication"),
    AUTHORIZATION("Authorization"),
    DATA("Data"),
    CACHING("Caching"),
    MESSAGING("Messaging and consistency"),
    TRAFFIC("Rate limiting and gateway"),
    AVAILABILITY("Availability and scaling"),
    DEPLOYMENT("Deployment"),
    DELIVERY("CI/CD"),
    OBSERVABILITY("Observability"),
    SECURITY("Security"),
    RECOVERY("Backup and disaster recovery"),
    PERFORMANCE("Performance");

    private final String title;

    Area(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
