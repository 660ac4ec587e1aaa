package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.fitness;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.IndexPlan;
import dev.archforge.design.testing.Shapes;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexesRuleTest {
    @Test
    void fitnessIndexesServeEveryPatternAndForeignKey() {
        assertThat(Decide.architecture(fitness()).indexes())
                .containsExactly(
                        new IndexPlan("User", List.of("email"), true, "unique field users.email"),
                        new IndexPlan(
                                "Plan", List.of("level", "state", "created_at"), false, "access pattern browse-plans"),
                        new IndexPlan("Plan", List.of("coach_id"), false, "foreign key plans.coach_id"),
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
                                "access pattern view-progress"));
        Decision d = Decide.decision(fitness(), "indexes");
        assertThat(d.choice()).isEqualTo("8 indexes: 4 for access patterns, 3 for foreign keys, 1 unique");
        assertThat(d.drivers()).containsExactly("entities = 5", "access-patterns = 6");
    }

    @Test
    void tenantScopedTablesLeadWithTheTenant() {
        List<IndexPlan> indexes = Decide.architecture(Shapes.saas()).indexes();
        assertThat(indexes)
                .contains(
                        new IndexPlan(
                                "Organization", List.of("tenant_id", "slug"), true, "unique field organizations.slug"),
                        new IndexPlan(
                                "Task",
                                List.of("tenant_id", "project_id", "state", "due"),
                                false,
                                "access pattern list-project-tasks"),
                        new IndexPlan("Task", List.of("assignee_id"), false, "foreign key tasks.assignee_id"),
                        new IndexPlan("Project", List.of("tenant_id"), false, "tenant isolation (row-level security)"),
                        new IndexPlan("Project", List.of("owner_id"), false, "foreign key projects.owner_id"));

        assertThat(indexes)
                .filteredOn(i -> i.entity().equals("Task"))
                .extracting(IndexPlan::columns)
                .doesNotContain(List.of("tenant_id"));
    }

    @Test
    void aForeignKeyCoveredOnlyAfterTheTenantStillGetsItsOwnIndex() {
        assertThat(Decide.architecture(Shapes.saas()).indexes())
                .contains(new IndexPlan("Task", List.of("project_id"), false, "foreign key tasks.project_id"));
    }
}
