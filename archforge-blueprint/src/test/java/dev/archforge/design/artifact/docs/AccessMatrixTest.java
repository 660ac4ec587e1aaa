package dev.archforge.design.artifact.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Design;
import dev.archforge.design.testing.SampleDesigns;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AccessMatrixTest {
    private static final Design FITNESS = SampleDesigns.fitness();

    /** "GET /plans: member=PUBLISHED coach=OWN admin=ALL". */
    private static List<String> lines(Design design) {
        return AccessMatrix.of(design).stream()
                .map(r -> r.endpoint().method() + " " + r.endpoint().path() + ": "
                        + r.scopes().entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining(" ")))
                .toList();
    }

    @Test
    void endpointsFollowTheEntityNames() {
        assertThat(AccessMatrix.endpoints(
                        FITNESS.requirements().entity("ExerciseSet").orElseThrow()))
                .containsExactly(
                        new Endpoint("GET", "/exercise-sets", "list", "ExerciseSet"),
                        new Endpoint("POST", "/exercise-sets", "create", "ExerciseSet"),
                        new Endpoint("GET", "/exercise-sets/{id}", "read", "ExerciseSet"),
                        new Endpoint("PATCH", "/exercise-sets/{id}", "update", "ExerciseSet"),
                        new Endpoint("DELETE", "/exercise-sets/{id}", "delete", "ExerciseSet"));
    }

    @Test
    void ownersReachOwnRecordsOthersWhatTheirPatternsSay() {
        assertThat(lines(FITNESS))
                .hasSize(25)
                .startsWith(
                        "GET /users: member=NONE coach=NONE admin=ALL",
                        "POST /users: member=OWN coach=OWN admin=ALL",
                        "GET /users/{id}: member=OWN coach=OWN admin=ALL",
                        "PATCH /users/{id}: member=OWN coach=OWN admin=ALL",
                        "DELETE /users/{id}: member=OWN coach=OWN admin=ALL",
                        "GET /plans: member=PUBLISHED coach=OWN admin=ALL",
                        "POST /plans: member=NONE coach=OWN admin=ALL",
                        "GET /plans/{id}: member=PUBLISHED coach=OWN admin=ALL",
                        "PATCH /plans/{id}: member=NONE coach=OWN admin=ALL",
                        "DELETE /plans/{id}: member=NONE coach=OWN admin=ALL",
                        "GET /workouts: member=OWN coach=NONE admin=ALL");
    }

    @Test
    void tenantIsolationNarrowsEverythingToTheTenant() {
        Design d = FITNESS;
        var a = d.architecture();
        var s = a.security();
        Design tenants = new Design(
                d.requirements(),
                d.decisions(),
                new dev.archforge.design.plan.Architecture(
                        a.style(),
                        a.components(),
                        a.stores(),
                        a.messaging(),
                        new dev.archforge.design.plan.Security(s.method(), 15, 30, s.roles(), true, true, true),
                        a.indexes(),
                        a.cache(),
                        a.rateLimit(),
                        a.deployment(),
                        a.recovery()),
                d.capacity(),
                d.warnings(),
                d.questions());
        assertThat(lines(tenants))
                .contains(
                        "GET /users: member=NONE coach=NONE admin=TENANT",
                        "GET /plans: member=PUBLISHED coach=OWN admin=TENANT",
                        "GET /workouts: member=OWN coach=NONE admin=TENANT");
    }
}
