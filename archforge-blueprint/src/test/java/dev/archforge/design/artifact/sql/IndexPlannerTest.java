package dev.archforge.design.artifact.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.artifact.sql.ddl.Ddl;
import dev.archforge.design.artifact.sql.ddl.Ddl.IndexKey;
import dev.archforge.design.artifact.sql.ddl.Expr;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndexPlannerTest {
    private static List<String> names(IndexPlanner planner) {
        return planner.statements().stream().map(Ddl.CreateIndex::name).toList();
    }

    @Test
    void addsForeignKeyIndexOnlyWhenNoIndexLeadsWithTheColumn() {
        IndexPlanner p = new IndexPlanner("workouts", Optional.empty());
        p.plain(List.of(IndexKey.column("member_id"), IndexKey.column("started_at")));
        p.foreignKey(List.of("member_id"));
        p.foreignKey(List.of("plan_id"));
        assertThat(names(p)).containsExactly("workouts_member_id_started_at_idx", "workouts_plan_id_idx");
    }

    @Test
    void dropsPlainIndexThatIsAPrefixOfAnother() {
        IndexPlanner p = new IndexPlanner("t", Optional.empty());
        p.plain(List.of(IndexKey.column("a")));
        p.plain(List.of(IndexKey.column("a"), IndexKey.column("b")));
        p.plain(List.of(IndexKey.column("a"), IndexKey.column("b")));
        assertThat(names(p)).containsExactly("t_a_b_idx");
    }

    @Test
    void keepsUniqueIndexesAndMakesThemPartialWithSoftDelete() {
        Expr live = new Expr.IsNull(Expr.column("deleted_at"));
        IndexPlanner p = new IndexPlanner("tags", Optional.of(live));
        p.unique(List.of(IndexKey.column("tenant_id"), IndexKey.column("slug")));
        p.foreignKey(List.of("tenant_id"));
        List<Ddl.CreateIndex> out = p.statements();
        assertThat(out)
                .extracting(Ddl.CreateIndex::name)
                .containsExactly("tags_tenant_id_slug_key", "tags_tenant_id_idx");
        assertThat(out.get(0).where()).contains(live);
        assertThat(out.get(1).where()).isEmpty();
    }

    @Test
    void namesExpressionKeysAfterColumnAndFunction() {
        IndexPlanner p = new IndexPlanner("users", Optional.empty());
        p.unique(List.of(new IndexKey(Expr.call("lower", Expr.column("email")), false)));
        assertThat(names(p)).containsExactly("users_email_lower_key");
    }
}
