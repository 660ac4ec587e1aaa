package dev.archforge.design.artifact.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.artifact.DesignVariants;
import dev.archforge.design.testing.SampleDesigns;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Facts about the generated document that matter beyond its bytes (the golden file pins those). */
class OpenApiDocumentTest {
    private final Map<String, Object> doc = OpenApiContributor.document(SampleDesigns.fitness());

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> root, String... keys) {
        Object node = root;
        for (String key : keys) {
            node = ((Map<String, Object>) node).get(key);
            assertThat(node).as("member %s", key).isNotNull();
        }
        return (Map<String, Object>) node;
    }

    @Test
    void nestsOwnedCollectionsUnderMeOrTheirParentAndKeepsItemsFlat() {
        assertThat(at(doc, "paths").keySet())
                .containsExactly(
                        "/me",
                        "/me/export",
                        "/users",
                        "/users/{userId}",
                        "/plans",
                        "/plans/{planId}",
                        "/plans/{planId}/publish",
                        "/plans/{planId}/archive",
                        "/me/workouts",
                        "/workouts/{workoutId}",
                        "/workouts/{workoutId}/start",
                        "/workouts/{workoutId}/complete",
                        "/workouts/{workoutId}/exercise-sets",
                        "/exercise-sets/{exerciseSetId}",
                        "/me/progress-snapshots",
                        "/progress-snapshots/{progressSnapshotId}");
    }

    @Test
    void serverProducedRecordsAreReadOnly() {
        assertThat(at(doc, "paths", "/me/progress-snapshots").keySet()).containsExactly("get");
        assertThat(at(doc, "paths", "/progress-snapshots/{progressSnapshotId}").keySet())
                .containsExactly("parameters", "get");
        assertThat(at(doc, "paths", "/plans").keySet()).containsExactly("get", "post");
    }

    @Test
    void requestSchemasExcludeServerOwnedFieldsAndSecrets() {
        assertThat(at(doc, "components", "schemas", "ExerciseSetCreate", "properties")
                        .keySet())
                .containsExactly("exercise", "repetitions", "weightKg", "position");
        assertThat(at(doc, "components", "schemas", "UserUpdate", "properties").keySet())
                .containsExactly("email", "displayName", "birthDate");
        assertThat(at(doc, "components", "schemas", "UserUpdate", "properties", "birthDate"))
                .containsEntry("writeOnly", true);
        assertThat(at(doc, "components", "schemas", "User", "properties").keySet())
                .containsExactly("id", "email", "displayName", "createdAt", "updatedAt");
    }

    @Test
    void filtersAndSortComeFromTheAccessPatterns() {
        @SuppressWarnings("unchecked")
        List<Object> parameters = (List<Object>)
                Objects.requireNonNull(at(doc, "paths", "/me/workouts", "get").get("parameters"));
        assertThat(parameters).hasSize(5);
        assertThat(parameters.subList(2, 5))
                .map(p -> (Object) ((Map<?, ?>) p).get("name"))
                .containsExactly("startedAtFrom", "startedAtTo", "sort");
    }

    @Test
    void scopesArePerResourceWithTheRolesGrantedThem() {
        Map<String, Object> scopes =
                at(doc, "components", "securitySchemes", "oauth2", "flows", "authorizationCode", "scopes");
        assertThat(scopes)
                .containsEntry("plans:write", "Create, change and delete plans (roles: coach, admin).")
                .containsEntry("admin", "Act on every record, whoever owns it (roles: admin).");
        assertThat(scopes).doesNotContainKey("progress-snapshots:write");
    }

    @Test
    void paymentsRequireAnIdempotencyKeyAndSessionsListRoles() {
        Map<String, Object> payments = OpenApiContributor.document(DesignVariants.payments());
        Map<String, Object> post = at(payments, "paths", "/me/payments", "post");
        assertThat(post.get("parameters"))
                .isEqualTo(List.of(Map.of("$ref", "#/components/parameters/IdempotencyKeyRequired")));
        assertThat(post.get("security")).isEqualTo(List.of(Map.of("session", List.of("member", "admin"))));
        assertThat(at(payments, "components", "parameters", "IdempotencyKeyRequired"))
                .containsEntry("required", true);
    }

    @Test
    void articlesFollowPronunciation() {
        assertThat(EntitySchemas.article("user")).isEqualTo("A user");
        assertThat(EntitySchemas.article("exercise set")).isEqualTo("An exercise set");
        assertThat(EntitySchemas.article("upload")).isEqualTo("An upload");
        assertThat(EntitySchemas.article("plan")).isEqualTo("A plan");
    }
}
