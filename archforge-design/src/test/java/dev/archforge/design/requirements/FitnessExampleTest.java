package dev.archforge.design.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.model.Location;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every part of the grammar, read from the fitness example with exact values. Records are compared
 * without their locations (which carry end positions and pointers); where each one starts is
 * asserted on its own.
 */
class FitnessExampleTest {
    static final String FILE = "../examples/design/fitness.yaml";
    static final Requirements FITNESS = new RequirementsLoader().load(Load.EXAMPLES.resolve("fitness.yaml"));
    static final Location ANY = Location.ofFile("ignored");

    @Test
    void systemAndFeatures() {
        assertThat(FITNESS.file()).isEqualTo(FILE);
        assertThat(FITNESS.system())
                .isEqualTo(new SystemInfo(
                        "fittrack",
                        "A fitness app where members log workouts, follow plans from coaches and see their progress."));
        assertThat(FITNESS.features()).containsExactly(Feature.ANALYTICS, Feature.AUTH, Feature.NOTIFICATIONS);
    }

    @Test
    void actorsAsTextAndAsObjects() {
        assertThat(FITNESS.actors())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("location")
                .containsExactly(
                        new Actor("member", "People who track their own workouts and progress.", false, false, ANY),
                        new Actor(
                                "coach",
                                "Trainers who publish workout plans and follow the members who subscribe.",
                                false,
                                false,
                                ANY),
                        new Actor("admin", "Staff who moderate content and handle support.", true, false, ANY));
        assertThat(starts(FITNESS.actors(), Actor::location)).containsExactly(at(10, 3), at(11, 3), at(12, 3));
    }

    @Test
    void entitiesWithTheirFlags() {
        assertThat(FITNESS.entities())
                .extracting(Entity::name)
                .containsExactly("User", "Plan", "Workout", "ExerciseSet", "ProgressSnapshot");
        assertThat(starts(FITNESS.entities(), Entity::location))
                .containsExactly(at(17, 3), at(24, 3), at(34, 3), at(46, 3), at(57, 3));
        Entity user = FITNESS.account().orElseThrow();
        assertThat(user.name()).isEqualTo("User");
        assertThat(user.owner()).isEmpty();
        assertThat(user.description()).isEmpty();
        assertThat(user.states()).isEmpty();
        Entity workout = FITNESS.entity("Workout").orElseThrow();
        assertThat(workout.owner()).contains("member");
        assertThat(workout.states()).containsExactly("planned", "in_progress", "completed");
        assertThat(workout.softDelete()).isFalse();
        assertThat(workout.account()).isFalse();
        assertThat(workout.growthPerUserPerMonth()).isEqualTo(12.0);
        assertThat(FITNESS.entity("Plan").orElseThrow().description()).isEqualTo("A workout plan a coach publishes.");
        assertThat(FITNESS.entity("Plan").orElseThrow().owner()).contains("coach");
    }

    @Test
    void fieldsWithTypesLengthsValuesAndModifiers() {
        Entity user = FITNESS.entity("User").orElseThrow();
        assertThat(user.fields())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("location")
                .containsExactly(
                        new Field("email", FieldType.EMAIL, OptionalInt.empty(), List.of(), true, true, false, ANY),
                        new Field(
                                "display_name",
                                FieldType.STRING,
                                OptionalInt.of(80),
                                List.of(),
                                true,
                                false,
                                false,
                                ANY),
                        new Field(
                                "password_hash",
                                FieldType.STRING,
                                OptionalInt.of(255),
                                List.of(),
                                false,
                                false,
                                true,
                                ANY),
                        new Field(
                                "birth_date", FieldType.DATE, OptionalInt.empty(), List.of(), false, false, true, ANY));
        assertThat(starts(user.fields(), Field::location)).containsExactly(at(20, 7), at(21, 7), at(22, 7), at(23, 7));
        Field level = FITNESS.entity("Plan").orElseThrow().field("level").orElseThrow();
        assertThat(level.type()).isEqualTo(FieldType.ENUM);
        assertThat(level.values()).containsExactly("beginner", "intermediate", "advanced");
        assertThat(level.required()).isTrue();
        assertThat(level.maxLength()).isEmpty();
    }

    @Test
    void relationsWithDefaultAndExplicitNames() {
        Entity workout = FITNESS.entity("Workout").orElseThrow();
        assertThat(workout.relations())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("location")
                .containsExactly(
                        new Relation(RelationKind.BELONGS_TO, "User", "member", false, ANY),
                        new Relation(RelationKind.BELONGS_TO, "Plan", "plan", true, ANY));
        assertThat(starts(workout.relations(), Relation::location)).containsExactly(at(43, 9), at(44, 9));
        assertThat(FITNESS.entity("ExerciseSet").orElseThrow().relation("workout"))
                .map(Relation::target)
                .contains("Workout");
    }

    @Test
    void accessPatterns() {
        assertThat(FITNESS.accessPatterns())
                .extracting(AccessPattern::name)
                .containsExactly(
                        "list-my-workouts",
                        "log-workout",
                        "log-set",
                        "list-workout-sets",
                        "view-progress",
                        "browse-plans");
        assertThat(FITNESS.accessPatterns().get(0))
                .usingRecursiveComparison()
                .ignoringFields("location")
                .isEqualTo(new AccessPattern(
                        "list-my-workouts",
                        "member",
                        Operation.LIST,
                        "Workout",
                        List.of("member", "started_at"),
                        Optional.of("started_at"),
                        true,
                        6,
                        0,
                        ANY));
        assertThat(FITNESS.accessPatterns().get(0).location().toString()).isEqualTo(at(69, 5));
        AccessPattern sets = FITNESS.accessPatterns().get(3);
        assertThat(sets.sort()).contains("position");
        assertThat(sets.descending()).isFalse();
        assertThat(sets.perUserPerDay()).isEqualTo(8.0);
        AccessPattern browse = FITNESS.accessPatterns().get(5);
        assertThat(browse.filters()).containsExactly("level", "state");
        assertThat(browse.sort()).contains("created_at");
        AccessPattern log = FITNESS.accessPatterns().get(1);
        assertThat(log.operation()).isEqualTo(Operation.CREATE);
        assertThat(log.filters()).isEmpty();
        assertThat(log.sort()).isEmpty();
    }

    @Test
    void events() {
        assertThat(FITNESS.events())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("location")
                .containsExactly(new Event("WorkoutCompleted", "Workout", List.of("analytics", "notifications"), ANY));
        assertThat(starts(FITNESS.events(), Event::location)).containsExactly(at(103, 5));
    }

    @Test
    void scaleTeamAndConstraints() {
        assertThat(FITNESS.scale()).isEqualTo(new Scale(500_000, 60_000, 35, 4, OptionalDouble.empty(), 80, 4, 5, 36));
        assertThat(FITNESS.team()).isEqualTo(new Team(5, 1, List.of("java", "postgresql", "aws")));
        assertThat(FITNESS.constraints())
                .isEqualTo(new Constraints(
                        OptionalInt.of(3000),
                        "cloud",
                        "aws",
                        List.of("gdpr"),
                        99.9,
                        300,
                        List.of("eu-central-1"),
                        "eu",
                        15,
                        60));
        // Written before 'audience' existed: the one key it leaves to its default.
        assertThat(FITNESS.assumptions()).containsExactly("system.audience");
    }

    private static String at(int line, int column) {
        return FILE + ":" + line + ":" + column;
    }

    private static <T> List<String> starts(List<T> records, Function<T, Location> location) {
        return records.stream().map(r -> location.apply(r).toString()).toList();
    }
}
