package dev.archforge.design.init.knowledge;

import static dev.archforge.design.requirements.AccessPattern.Operation.CREATE;
import static dev.archforge.design.requirements.AccessPattern.Operation.LIST;

import dev.archforge.design.requirements.Feature;
import java.util.List;

/** Fitness and training apps: members log workouts, coaches publish plans, progress is aggregated. */
final class FitnessDomain {
    private FitnessDomain() {}

    static Domain domain() {
        return new Domain(
                "fitness",
                "Fitness app",
                List.of("fitness", "workout", "exercise", "gym", "training plan", "personal trainer"),
                "fitness-app",
                "member",
                "Workout",
                Audience.CONSUMER,
                Profile.typical().actions(35),
                Parts.none()
                        .features(Feature.AUTH)
                        .actors(
                                ActorSpec.of("member", "People who track their own workouts and progress."),
                                ActorSpec.of("coach", "Trainers who publish workout plans."),
                                ActorSpec.admin("Staff who moderate content and handle support."))
                        .entities(
                                Accounts.user().fields("birth_date: date sensitive"),
                                EntitySpec.named("Plan")
                                        .description("A workout plan a coach publishes.")
                                        .owner("coach")
                                        .growth(0.1)
                                        .fields(
                                                "title: string(120) required",
                                                "description: text",
                                                "level: enum(beginner, intermediate, advanced) required")
                                        .relations("belongs-to User as coach")
                                        .states("draft", "published", "archived"),
                                EntitySpec.named("Workout")
                                        .owner("member")
                                        .growth(12)
                                        .fields(
                                                "title: string(120) required",
                                                "started_at: timestamp required",
                                                "duration_seconds: integer",
                                                "notes: text")
                                        .relations("belongs-to User as member", "belongs-to Plan optional")
                                        .states("planned", "in_progress", "completed"),
                                EntitySpec.named("ExerciseSet")
                                        .owner("member")
                                        .growth(150)
                                        .fields(
                                                "exercise: string(80) required",
                                                "repetitions: integer",
                                                "weight_kg: decimal",
                                                "position: integer required")
                                        .relations("belongs-to Workout", "belongs-to User as member"),
                                EntitySpec.named("ProgressSnapshot")
                                        .description("Weekly aggregates computed from completed workouts.")
                                        .owner("member")
                                        .growth(4)
                                        .fields(
                                                "week_start: date required",
                                                "workouts: integer required",
                                                "total_volume_kg: decimal required")
                                        .relations("belongs-to User as member"))
                        .patterns(
                                PatternSpec.of("list-my-workouts", "member", LIST, "Workout", 6)
                                        .filter("member", "started_at")
                                        .sort("started_at desc"),
                                PatternSpec.of("log-workout", "member", CREATE, "Workout", 1),
                                PatternSpec.of("log-set", "member", CREATE, "ExerciseSet", 12),
                                PatternSpec.of("list-workout-sets", "member", LIST, "ExerciseSet", 8)
                                        .filter("workout")
                                        .sort("position"),
                                PatternSpec.of("view-progress", "member", LIST, "ProgressSnapshot", 3)
                                        .filter("member", "week_start")
                                        .sort("week_start desc"),
                                PatternSpec.of("browse-plans", "member", LIST, "Plan", 2)
                                        .filter("level", "state")
                                        .sort("created_at desc"))
                        .events(EventSpec.of("WorkoutCompleted", "Workout", "analytics", "notifications"))
                        .risks(
                                "Body and health data (birth date, weights) is personal data: mark it sensitive,"
                                        + " encrypt it and keep it out of logs.",
                                "Members must see only their own workouts and sets: check ownership on every"
                                        + " query (OWASP API1).",
                                "Progress computed from all history on each view slows down as history grows:"
                                        + " precompute weekly snapshots when a workout completes."));
    }
}
