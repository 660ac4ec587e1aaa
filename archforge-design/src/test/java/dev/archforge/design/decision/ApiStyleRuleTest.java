package dev.archforge.design.decision;

import static dev.archforge.design.testing.Parts.entity;
import static dev.archforge.design.testing.Parts.field;
import static dev.archforge.design.testing.Variants.fitness;
import static dev.archforge.design.testing.Variants.plusEntities;
import static dev.archforge.design.testing.Variants.plusFeatures;
import static dev.archforge.design.testing.Variants.skills;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.FieldType;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.testing.Shapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiStyleRuleTest {
    private static final String REST = "REST with OpenAPI 3.1 under /v1, cursor pagination and RFC 9457 errors";

    @Test
    void firstPartyClientsGetRestWithOpenApi() {
        Decision d = Decide.decision(fitness(), "api-style");
        assertThat(d.choice()).isEqualTo(REST);
        assertThat(d.drivers()).containsExactly("actors = 3", "entities = 5");
        assertThat(d.rationale()).contains("ownership (/v1/users/{id}/plans)");
        assertThat(d.alternatives().get(0).whyNot()).endsWith("and the team does not list it as a skill.");
    }

    @Test
    void realtimeWithoutChatPushesServerSentEvents() {
        assertThat(Decide.choice(plusFeatures(fitness(), Feature.REALTIME), "api-style"))
                .isEqualTo(REST + "; Server-Sent Events for live updates");
    }

    @Test
    void chatGetsAWebSocketChannel() {
        assertThat(Decide.choice(Shapes.chat(), "api-style"))
                .isEqualTo(REST + "; a WebSocket channel for Conversation and Message");
    }

    @Test
    void machineActorsGetTheirOwnApiWithKeys() {
        assertThat(Decide.choice(Shapes.telemetry(), "api-style"))
                .isEqualTo(REST + "; device calls a separate machine API with API keys");
    }

    @Test
    void graphQlNeedsTheSkillFifteenEntitiesAndThreeRoles() {
        Requirements big = fitness();
        List<Entity> more = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            more.add(entity("Thing" + i, List.of(field("name", FieldType.STRING)), List.of(), Optional.empty(), 0));
        }
        big = plusEntities(big, more.toArray(Entity[]::new));
        assertThat(Decide.choice(big, "api-style")).isEqualTo(REST);
        Decision d = Decide.decision(skills(big, "java", "graphql"), "api-style");
        assertThat(d.choice())
                .isEqualTo("GraphQL for member, coach and admin, REST with OpenAPI 3.1 beside it under /v1, cursor"
                        + " pagination and RFC 9457 errors");
        assertThat(d.drivers()).contains("team.skills = [java, graphql]");
        assertThat(Decide.choice(skills(fitness(), "graphql"), "api-style")).isEqualTo(REST);
    }
}
