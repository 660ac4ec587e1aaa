package dev.archforge.design.artifact.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.archforge.design.artifact.diagram.C4Element.Kind;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Relation;
import dev.archforge.design.testing.SampleDesigns;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagramsTest {
    private static final Design FITNESS = SampleDesigns.fitness();

    /** Blocks open at a line ending in " {" and close at a line that is "}"; they must pair up. */
    static void assertBalanced(String diagram) {
        int depth = 0;
        for (String line : diagram.lines().toList()) {
            if (line.endsWith(" {")) {
                depth++;
            } else if (line.strip().equals("}")) {
                depth--;
            }
            assertThat(depth).as(line).isNotNegative();
        }
        assertThat(depth).isZero();
    }

    @Test
    void erDiagramHasEveryEntityAndRelation() {
        String er = MermaidEr.of(FITNESS);
        assertThat(er).startsWith("erDiagram\n");
        assertBalanced(er);
        for (Entity e : FITNESS.requirements().entities()) {
            assertThat(er).contains("\n    " + Names.table(e.name()) + " {\n");
            for (Relation r : e.relations()) {
                assertThat(er).contains("bigint " + Names.foreignKey(r.name()) + " FK");
            }
        }
        assertThat(er)
                .contains("    users ||--o{ workouts : \"member\"\n")
                .contains("    plans |o--o{ workouts : \"plan\"\n")
                .contains("        email email UK \"required\"\n")
                .contains("        enum level \"required, beginner / intermediate / advanced\"\n");
        assertThat(er.lines().filter(l -> l.contains("--"))).hasSize(6);
    }

    @Test
    void containerDiagramShowsEveryElementAndLine() {
        C4Model model = C4Models.of(FITNESS);
        String containers = MermaidC4.containers(model);
        assertBalanced(containers);
        assertThat(model.containers().stream().map(C4Element::id))
                .containsExactly("gateway", "api", "postgresql", "redis");
        for (C4Element e : model.containers()) {
            assertThat(containers).contains("(" + e.id() + ", ");
        }
        assertThat(containers.lines().filter(l -> l.strip().startsWith("Rel(")))
                .hasSize(model.relationships().size());
        assertThat(containers)
                .contains("ContainerDb(postgresql, \"PostgreSQL\", \"postgres:17\", ")
                .contains("Rel(api, postgresql, \"Reads and writes users, plans, workouts, exercise_sets, "
                        + "progress_snapshots; outbox and job queue\", \"JDBC\")");
    }

    @Test
    void contextLiftsContainersToTheSystem() {
        C4Model model = C4Models.of(FITNESS);
        assertThat(model.contextRelationships().stream().map(r -> r.from() + "->" + r.to()))
                .containsExactly(
                        "member->fittrack",
                        "coach->fittrack",
                        "admin->fittrack",
                        "member->identity_provider",
                        "coach->identity_provider",
                        "admin->identity_provider",
                        "fittrack->identity_provider",
                        "fittrack->notification_provider");
        String context = MermaidC4.context(model);
        assertBalanced(context);
        assertThat(context)
                .startsWith("C4Context\n    title System context of fittrack\n")
                .contains("Rel(coach, fittrack, \"Manages own Plan\", \"HTTPS/JSON\")")
                .contains("Rel(admin, fittrack, \"Administers every record\", \"HTTPS/JSON\")")
                .contains("Rel(member, fittrack, \"Reads Workout, ExerciseSet, ProgressSnapshot, Plan; "
                        + "writes Workout, ExerciseSet\", \"HTTPS/JSON\")");
    }

    @Test
    void modelRefusesDuplicateIdsAndDanglingLines() {
        C4Element a = new C4Element("a", Kind.PERSON, "A", "", "");
        assertThatThrownBy(() -> new C4Model("s", "s", "", List.of(a), List.of(a), List.of(), List.of()))
                .hasMessage("duplicate C4 element id 'a'");
        assertThatThrownBy(() -> new C4Model(
                        "s", "s", "", List.of(a), List.of(), List.of(), List.of(new C4Relationship("a", "b", "", ""))))
                .hasMessage("relationship a -> b names an unknown element");
        assertThatThrownBy(() -> new C4Element("Bad-Id", Kind.PERSON, "", "", ""))
                .hasMessage("C4 element id must be snake_case, got 'Bad-Id'");
    }

    @Test
    void actorsNamedLikeContainersGetAPrefix() {
        var api = new dev.archforge.design.requirements.Actor(
                "api", "", false, false, dev.archforge.model.Location.at("f.yaml", 1, 1));
        assertThat(C4Models.actorId(FITNESS, api)).isEqualTo("actor_api");
        assertThat(C4Models.actorId(FITNESS, FITNESS.requirements().actors().get(0)))
                .isEqualTo("member");
    }

    @Test
    void writerRefusesUnbalancedBlocks() {
        MermaidWriter open = new MermaidWriter("erDiagram").open("users");
        assertThatThrownBy(open::toString).hasMessage("a block is still open");
        assertThatThrownBy(() -> new MermaidWriter("erDiagram").close()).hasMessage("no open block to close");
        assertThat(MermaidWriter.quote("say \"hi\"\nthere")).isEqualTo("\"say 'hi' there\"");
    }
}
