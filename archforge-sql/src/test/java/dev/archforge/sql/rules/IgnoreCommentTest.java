package dev.archforge.sql.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.sql.ast.Span;
import dev.archforge.sql.parse.SqlParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an ignore comment names, where, and its reason, as the ignore-comment rules see it. */
class IgnoreCommentTest {
    private static List<IgnoreComment> comments(String sql) {
        return SqlFile.of("f.sql", SqlParser.read(sql), ReviewMode.SCHEMA).ignoreComments();
    }

    @Test
    void readsIdsWithTheirColumnsAndTheReason() {
        IgnoreComment c = comments("SELECT 'é'; -- archforge-ignore: sql-a-b, sql-c-d: the reason\n")
                .get(0);
        assertThat(c.marker()).isEqualTo(new Span(1, 16, 1, 32));
        assertThat(c.rules())
                .containsExactly(
                        new IgnoreComment.Named("sql-a-b", new Span(1, 34, 1, 40)),
                        new IgnoreComment.Named("sql-c-d", new Span(1, 43, 1, 49)));
        assertThat(c.reason()).isEqualTo("the reason");
    }

    @Test
    void findsTheLineOfAnIdInABlockComment() {
        IgnoreComment c = comments("/* note\n  archforge-ignore: sql-table-dropped */\nDROP TABLE t;\n")
                .get(0);
        assertThat(c.rules()).containsExactly(new IgnoreComment.Named("sql-table-dropped", new Span(2, 21, 2, 37)));
        assertThat(c.reason()).isEmpty();
        assertThat(c.line()).isEqualTo(1);
        assertThat(c.endLine()).isEqualTo(2);
    }

    @Test
    void wordsWithoutAHyphenAreTheReasonNotIds() {
        IgnoreComment c = comments("-- archforge-ignore: sql-column-dropped, because derived\n")
                .get(0);
        assertThat(c.rules()).extracting(IgnoreComment.Named::ruleId).containsExactly("sql-column-dropped");
        assertThat(c.reason()).isEqualTo("because derived");
    }

    @Test
    void aMentionWithoutTheColonIsNoIgnoreComment() {
        assertThat(comments("-- see archforge-ignore in the docs\nSELECT 1;\n")).isEmpty();
    }
}
