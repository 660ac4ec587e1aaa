package dev.archforge.design.testing;

import dev.archforge.design.plan.Alternative;
import dev.archforge.design.plan.Architecture;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.AuthMethod;
import dev.archforge.design.plan.Broker;
import dev.archforge.design.plan.CacheEntry;
import dev.archforge.design.plan.CapacityPlan;
import dev.archforge.design.plan.Component;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Deployment;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.IndexPlan;
import dev.archforge.design.plan.Messaging;
import dev.archforge.design.plan.Platform;
import dev.archforge.design.plan.Quantity;
import dev.archforge.design.plan.Question;
import dev.archforge.design.plan.RateLimit;
import dev.archforge.design.plan.Recovery;
import dev.archforge.design.plan.Replicas;
import dev.archforge.design.plan.Security;
import dev.archforge.design.plan.Store;
import dev.archforge.design.plan.Style;
import dev.archforge.design.plan.Topic;
import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Constraints;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Event;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Field;
import dev.archforge.design.requirements.FieldType;
import dev.archforge.design.requirements.Relation;
import dev.archforge.design.requirements.RelationKind;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.requirements.Scale;
import dev.archforge.design.requirements.SystemInfo;
import dev.archforge.design.requirements.Team;
import dev.archforge.model.Location;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Hand-built designs for tests of parts that consume a {@link Design} (artifact contributors), so
 * they do not depend on the loader or the decision engine. Mirrors {@code examples/design/fitness.yaml}.
 */
public final class SampleDesigns {
    private static final String FILE = "fitness.yaml";

    private SampleDesigns() {}

    private static Location at(int line) {
        return Location.at(FILE, line, 3);
    }

    private static Field field(String name, FieldType type, int max, boolean required, boolean unique) {
        return new Field(
                name,
                type,
                max > 0 ? OptionalInt.of(max) : OptionalInt.empty(),
                List.of(),
                required,
                unique,
                false,
                at(1));
    }

    private static Field sensitive(String name, FieldType type, int max) {
        return new Field(
                name, type, max > 0 ? OptionalInt.of(max) : OptionalInt.empty(), List.of(), false, false, true, at(1));
    }

    private static Relation belongsTo(String target, String name, boolean optional) {
        return new Relation(RelationKind.BELONGS_TO, target, name, optional, at(1));
    }

    /** The fitness app's requirements, as the loader would produce them. */
    public static Requirements fitnessRequirements() {
        Entity user = new Entity(
                "User",
                "",
                List.of(
                        field("email", FieldType.EMAIL, 0, true, true),
                        field("display_name", FieldType.STRING, 80, true, false),
                        sensitive("password_hash", FieldType.STRING, 255),
                        sensitive("birth_date", FieldType.DATE, 0)),
                List.of(),
                Optional.empty(),
                List.of(),
                false,
                true,
                0,
                at(18));
        Entity plan = new Entity(
                "Plan",
                "A workout plan a coach publishes.",
                List.of(
                        field("title", FieldType.STRING, 120, true, false),
                        field("description", FieldType.TEXT, 0, false, false),
                        new Field(
                                "level",
                                FieldType.ENUM,
                                OptionalInt.empty(),
                                List.of("beginner", "intermediate", "advanced"),
                                true,
                                false,
                                false,
                                at(30))),
                List.of(belongsTo("User", "coach", false)),
                Optional.of("coach"),
                List.of("draft", "published", "archived"),
                false,
                false,
                0,
                at(25));
        Entity workout = new Entity(
                "Workout",
                "",
                List.of(
                        field("title", FieldType.STRING, 120, true, false),
                        field("started_at", FieldType.TIMESTAMP, 0, true, false),
                        field("duration_seconds", FieldType.INTEGER, 0, false, false),
                        field("notes", FieldType.TEXT, 0, false, false)),
                List.of(belongsTo("User", "member", false), belongsTo("Plan", "plan", true)),
                Optional.of("member"),
                List.of("planned", "in_progress", "completed"),
                false,
                false,
                12,
                at(34));
        Entity set = new Entity(
                "ExerciseSet",
                "",
                List.of(
                        field("exercise", FieldType.STRING, 80, true, false),
                        field("repetitions", FieldType.INTEGER, 0, false, false),
                        field("weight_kg", FieldType.DECIMAL, 0, false, false),
                        field("position", FieldType.INTEGER, 0, true, false)),
                List.of(belongsTo("Workout", "workout", false), belongsTo("User", "member", false)),
                Optional.of("member"),
                List.of(),
                false,
                false,
                150,
                at(46));
        Entity snapshot = new Entity(
                "ProgressSnapshot",
                "Weekly aggregates computed from completed workouts.",
                List.of(
                        field("week_start", FieldType.DATE, 0, true, false),
                        field("workouts", FieldType.INTEGER, 0, true, false),
                        field("total_volume_kg", FieldType.DECIMAL, 0, true, false)),
                List.of(belongsTo("User", "member", false)),
                Optional.of("member"),
                List.of(),
                false,
                false,
                4,
                at(58));
        List<AccessPattern> patterns = List.of(
                new AccessPattern(
                        "list-my-workouts",
                        "member",
                        Operation.LIST,
                        "Workout",
                        List.of("member", "started_at"),
                        Optional.of("started_at"),
                        true,
                        6,
                        0,
                        at(71)),
                new AccessPattern(
                        "log-workout",
                        "member",
                        Operation.CREATE,
                        "Workout",
                        List.of(),
                        Optional.empty(),
                        false,
                        1,
                        0,
                        at(77)),
                new AccessPattern(
                        "log-set",
                        "member",
                        Operation.CREATE,
                        "ExerciseSet",
                        List.of(),
                        Optional.empty(),
                        false,
                        12,
                        0,
                        at(81)),
                new AccessPattern(
                        "list-workout-sets",
                        "member",
                        Operation.LIST,
                        "ExerciseSet",
                        List.of("workout"),
                        Optional.of("position"),
                        false,
                        8,
                        0,
                        at(85)),
                new AccessPattern(
                        "view-progress",
                        "member",
                        Operation.LIST,
                        "ProgressSnapshot",
                        List.of("member", "week_start"),
                        Optional.of("week_start"),
                        true,
                        3,
                        0,
                        at(91)),
                new AccessPattern(
                        "browse-plans",
                        "member",
                        Operation.LIST,
                        "Plan",
                        List.of("level", "state"),
                        Optional.of("created_at"),
                        true,
                        2,
                        0,
                        at(97)));
        return new Requirements(
                FILE,
                new SystemInfo(
                        "fittrack",
                        "A fitness app where members log workouts, follow plans from coaches and see their progress."),
                Set.of(Feature.AUTH, Feature.ANALYTICS, Feature.NOTIFICATIONS),
                List.of(
                        new Actor("member", "People who track their own workouts and progress.", false, false, at(11)),
                        new Actor(
                                "coach",
                                "Trainers who publish workout plans and follow the members who subscribe.",
                                false,
                                false,
                                at(12)),
                        new Actor("admin", "Staff who moderate content and handle support.", true, false, at(13))),
                List.of(user, plan, workout, set, snapshot),
                patterns,
                List.of(new Event("WorkoutCompleted", "Workout", List.of("analytics", "notifications"), at(104))),
                new Scale(500_000, 60_000, 35, 4, OptionalDouble.empty(), 80, 4, 5, 36),
                new Team(5, 1, List.of("java", "postgresql", "aws")),
                new Constraints(
                        OptionalInt.of(3000),
                        "cloud",
                        "aws",
                        List.of("gdpr"),
                        99.9,
                        300,
                        List.of("eu-central-1"),
                        "eu",
                        15,
                        60),
                List.of());
    }

    /** A plausible design of the fitness app, hand-written: what contributors are tested against. */
    public static Design fitness() {
        Architecture architecture = new Architecture(
                Style.MODULAR_MONOLITH,
                List.of(
                        new Component("accounts", "Sign-up, profiles and roles.", List.of("User")),
                        new Component(
                                "training", "Plans, workouts and sets.", List.of("Plan", "Workout", "ExerciseSet")),
                        new Component(
                                "progress", "Weekly progress computed from workouts.", List.of("ProgressSnapshot"))),
                List.of(Store.POSTGRESQL, Store.REDIS),
                Optional.of(new Messaging(
                        Broker.POSTGRES_QUEUE,
                        List.of(new Topic(
                                "workout-completed",
                                "WorkoutCompleted",
                                "training",
                                List.of("progress"),
                                1,
                                5,
                                "workout-completed-dlq")),
                        true)),
                new Security(AuthMethod.OIDC_JWT, 15, 30, List.of("member", "coach", "admin"), true, false, true),
                List.of(
                        new IndexPlan("Plan", List.of("coach_id"), false, "foreign key plans.coach_id"),
                        new IndexPlan(
                                "Plan", List.of("level", "state", "created_at"), false, "access pattern browse-plans"),
                        new IndexPlan(
                                "Workout",
                                List.of("member_id", "started_at"),
                                false,
                                "access pattern list-my-workouts"),
                        new IndexPlan("Workout", List.of("plan_id"), false, "foreign key workouts.plan_id"),
                        new IndexPlan(
                                "ExerciseSet",
                                List.of("workout_id", "position"),
                                false,
                                "access pattern list-workout-sets"),
                        new IndexPlan(
                                "ExerciseSet", List.of("member_id"), false, "foreign key exercise_sets.member_id"),
                        new IndexPlan(
                                "ProgressSnapshot",
                                List.of("member_id", "week_start"),
                                false,
                                "access pattern view-progress")),
                List.of(new CacheEntry(
                        "Published plans", "plan:{id}", "cache-aside", 300, "on plan update", 2_000, 2_048)),
                new RateLimit(120, 40, 20),
                new Deployment(Platform.CONTAINERS, List.of(new Replicas("fittrack", 2, 6)), 2, 1),
                new Recovery("Continuous WAL archiving with daily base backups", 15, 60, 35, true));
        Decision style = new Decision(
                "architecture-style",
                Area.ARCHITECTURE,
                "Architecture style",
                "Modular monolith",
                "One team of 5 ships fastest with one deployable; modules keep boundaries for a later split.",
                List.of("team.size = 5", "team.teams = 1"),
                List.of(new Alternative("Microservices", "One team cannot run many services well.")),
                List.of("One deployable scales as a unit."),
                "Past ~3 independent teams, split the busiest module out.");
        CapacityPlan capacity = new CapacityPlan(List.of(new CapacityPlan.Section(
                "Traffic",
                List.of(
                        new Quantity(
                                "traffic.average-rps",
                                "Average requests per second",
                                24.3,
                                "req/s",
                                "60,000 DAU × 35 actions / 86,400 s"),
                        new Quantity("traffic.peak-rps", "Peak requests per second", 97.2, "req/s", "24.3 × 4")))));
        return new Design(
                fitnessRequirements(),
                List.of(style),
                architecture,
                capacity,
                List.of(),
                List.of(new Question(
                        "scale.peak-factor",
                        "How much busier is the busiest hour than the average?",
                        "4",
                        List.of("deployment-scaling"))));
    }
}
