package dev.archforge.design.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.requirements.AccessPattern.Operation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The parts of the grammar the fitness example does not use, each with exact values. */
class GrammarTest {
    static final String SHOP = Load.MINIMAL + """
              Tag:
                fields: {label: string(40) required unique}
              Product:
                soft-delete: true
                fields:
                  title: string required
                  price: money required
                  size: enum(s, m, l, xl)
                relations:
                  - many-to-many Tag as tags
                  - belongs-to User as seller
                owner: seller
              Profile:
                owner: user
                fields: {bio: text}
                relations: [one-to-one User]
            features: [auth, search, multi-tenancy]
            actors:
              shopper: People who buy.
              warehouse:
                description: The stock system.
                external: true
            access-patterns:
              - {name: find-products, actor: shopper, search: Product, filter: [tags, tenant, deleted_at], sort: price asc,
                 frequency: 2 per user per hour}
              - {name: sync-stock, actor: warehouse, update: Product, frequency: 120 per minute}
              - {name: feed, actor: warehouse, read: Product, frequency: 2.5 per second}
              - {name: remove-product, actor: shopper, delete: Product}
            """;

    @Test
    void actorsMayBeExternal() {
        Requirements r = Load.yaml(SHOP);
        assertThat(r.actors()).extracting(Actor::name).containsExactly("shopper", "warehouse");
        assertThat(r.actor("warehouse").orElseThrow().external()).isTrue();
        assertThat(r.actor("warehouse").orElseThrow().admin()).isFalse();
        assertThat(r.actor("warehouse").orElseThrow().description()).isEqualTo("The stock system.");
    }

    @Test
    void withoutActorsThereIsOneUser() {
        Requirements r = Load.yaml(Load.MINIMAL);
        assertThat(r.actors())
                .extracting(Actor::name, Actor::description, Actor::admin, Actor::external)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("user", "People who use the system.", false, false));
    }

    @Test
    void relationsOfEveryKind() {
        Requirements r = Load.yaml(SHOP);
        Entity product = r.entity("Product").orElseThrow();
        assertThat(product.relations())
                .extracting(Relation::kind, Relation::target, Relation::name, Relation::optional)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RelationKind.MANY_TO_MANY, "Tag", "tags", false),
                        org.assertj.core.groups.Tuple.tuple(RelationKind.BELONGS_TO, "User", "seller", false));
        assertThat(product.owner()).contains("seller");
        assertThat(product.softDelete()).isTrue();
        assertThat(product.field("size").orElseThrow().values()).containsExactly("s", "m", "l", "xl");
        assertThat(product.field("title").orElseThrow().maxLength()).isEmpty();
        Relation profile = r.entity("Profile").orElseThrow().relations().get(0);
        assertThat(profile.kind()).isEqualTo(RelationKind.ONE_TO_ONE);
        assertThat(profile.name()).isEqualTo("user");
        assertThat(r.entity("Profile").orElseThrow().owner()).contains("user");
    }

    @Test
    void theDefaultRelationNameIsTheTargetInSnakeCaseAsNamesDerivesIt() {
        for (String entity : List.of("User", "ExerciseSet", "ProgressSnapshot", "A", "Http2Log", "OAuthToken")) {
            assertThat(RelationSpec.defaultName(entity)).isEqualTo(dev.archforge.design.plan.Names.snake(entity));
        }
        assertThat(RelationSpec.defaultName("ExerciseSet")).isEqualTo("exercise_set");
    }

    @Test
    void frequenciesPerUserAndAbsolute() {
        List<AccessPattern> patterns = Load.yaml(SHOP).accessPatterns();
        assertThat(patterns)
                .extracting(AccessPattern::operation, AccessPattern::perUserPerDay, AccessPattern::perSecond)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Operation.SEARCH, 48.0, 0.0),
                        org.assertj.core.groups.Tuple.tuple(Operation.UPDATE, 0.0, 2.0),
                        org.assertj.core.groups.Tuple.tuple(Operation.READ, 0.0, 2.5),
                        org.assertj.core.groups.Tuple.tuple(Operation.DELETE, 1.0, 0.0));
    }

    @Test
    void filtersMayUseRelationsAndImplicitColumns() {
        AccessPattern find = Load.yaml(SHOP).accessPatterns().get(0);
        assertThat(find.filters()).containsExactly("tags", "tenant", "deleted_at");
        assertThat(find.sort()).contains("price");
        assertThat(find.descending()).isFalse();
    }

    @Test
    void leftOutAnswersTakeTheirDefaultsAndAreAssumed() {
        Requirements r = Load.yaml(Load.MINIMAL);
        assertThat(r.features()).isEmpty();
        assertThat(r.accessPatterns()).isEmpty();
        assertThat(r.events()).isEmpty();
        assertThat(r.scale()).isEqualTo(new Scale(10_000, 2_000, 20, 3, OptionalDouble.empty(), 80, 2, 2, 24));
        assertThat(r.team()).isEqualTo(new Team(3, 1, List.of()));
        assertThat(r.constraints())
                .isEqualTo(new Constraints(
                        OptionalInt.empty(), "cloud", "any", List.of(), 99.9, 500, List.of(), "none", 60, 240));
        assertThat(r.assumptions())
                .containsExactly(
                        "access-patterns",
                        "actors",
                        "constraints.availability",
                        "constraints.budget-per-month",
                        "constraints.cloud",
                        "constraints.compliance",
                        "constraints.data-residency",
                        "constraints.hosting",
                        "constraints.latency-p99-ms",
                        "constraints.regions",
                        "constraints.rpo-minutes",
                        "constraints.rto-minutes",
                        "events",
                        "features",
                        "scale.actions-per-user-per-day",
                        "scale.daily-active-users",
                        "scale.monthly-growth-percent",
                        "scale.payload-kb",
                        "scale.peak-factor",
                        "scale.read-percent",
                        "scale.registered-users",
                        "scale.retention-months",
                        "system.audience",
                        "team.size",
                        "team.skills",
                        "team.teams");
    }

    @Test
    void defaultsFollowTheAnswersGiven() {
        Requirements r = Load.yaml(Load.MINIMAL + """
                scale: {daily-active-users: 3000, peak-rps: 400}
                team: {size: 20}
                constraints: {hosting: on-premises}
                access-patterns: [{name: see-users, actor: user, list: User}]
                """);
        assertThat(r.scale().registeredUsers()).isEqualTo(15_000);
        assertThat(r.scale().dailyActiveUsers()).isEqualTo(3_000);
        assertThat(r.scale().peakRps()).hasValue(400.0);
        assertThat(r.team().teams()).isEqualTo(3);
        assertThat(r.constraints().hosting()).isEqualTo("on-premises");
        assertThat(r.assumptions())
                .contains("scale.registered-users", "team.teams", "access-patterns.see-users.frequency")
                .doesNotContain("scale.peak-factor", "scale.daily-active-users", "constraints.cloud", "team.size");
    }

    @Test
    void listedAssumptionsAreMergedWithTheDefaultedOnesAndSorted() {
        Requirements r = Load.yaml(Load.MINIMAL + """
                features: []
                actors: {user: People.}
                access-patterns: []
                events: []
                scale: {registered-users: 100, daily-active-users: 10, actions-per-user-per-day: 5, peak-factor: 2,
                        read-percent: 50, payload-kb: 1, monthly-growth-percent: 0, retention-months: 12}
                team: {size: 1, teams: 1, skills: []}
                constraints: {budget-per-month: 0, hosting: cloud, cloud: gcp, compliance: [hipaa], availability: 99,
                              latency-p99-ms: 100, regions: [us-east1], data-residency: us, rpo-minutes: 0, rto-minutes: 1}
                assumptions: [team.size, scale.peak-factor, entities.User.fields, team.size]
                """);
        assertThat(r.assumptions())
                .containsExactly("entities.User.fields", "scale.peak-factor", "system.audience", "team.size");
        assertThat(r.constraints().budgetPerMonth()).hasValue(0);
        assertThat(r.constraints().requires("hipaa")).isTrue();
    }

    @Test
    void jsonFilesAreRequirementsToo() {
        String json = """
                {"system": {"name": "shop", "purpose": "Sells things."},
                 "features": ["auth"],
                 "entities": {"User": {"account": true, "fields": {"email": "email required unique"}}}}
                """;
        Requirements r = new RequirementsLoader().parse("archforge.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(r.system().name()).isEqualTo("shop");
        assertThat(r.account().map(Entity::name)).contains("User");
    }
}
