package dev.archforge.engine.review;

/** One set of SQL files reviewed together, and how: as a schema, or as migrations deployed one way. */
public record SqlRun(int files, boolean migrations, Deployment deployment) {

    /** The sentence a face shows for a migration run, so the user knows which advice applies. */
    public String describe() {
        return files + " SQL files reviewed as migrations applied " + deployment.id()
                + (deployment == Deployment.ONLINE
                        ? " (to a serving database; --migrations offline if the service is stopped)"
                        : " (service stopped: only table rewrites and data loss)");
    }
}
