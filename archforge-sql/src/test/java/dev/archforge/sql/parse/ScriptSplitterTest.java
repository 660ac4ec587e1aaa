package dev.archforge.sql.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.sql.ast.SourceProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptSplitterTest {

    private static List<String> texts(String sql) {
        Script script = ScriptSplitter.split(sql);
        return script.statements().stream()
                .map(s -> (s.kind() == RawStatement.Kind.PSQL_META ? "META " : "")
                        + script.text(s.first(), s.last())
                        + s.copyData().map(d -> " DATA[" + d.value() + "]").orElse(""))
                .toList();
    }

    @Test
    void splitsAtTopLevelSemicolonsAndDropsEmptyStatements() {
        assertThat(texts("CREATE TABLE a (x int);;\nSELECT 1; SELECT 'a;b' -- c;\n; SELECT $$;$$"))
                .containsExactly("CREATE TABLE a (x int)", "SELECT 1", "SELECT 'a;b'", "SELECT $$;$$");
    }

    @Test
    void aLineCommentEndsAtACarriageReturnAsInPostgres() {
        assertThat(texts("-- old Mac line end\rSELECT 1; -- CRLF\r\nSELECT 2;\r\n"))
                .containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void tokensReadAgainFromTheSourceAreTheTokensOfOneReading() {
        String sql = "SELECT 1;\n-- note\nINSERT INTO \"T\" (a, b)\n  VALUES (E'x\\'y', $q$;$q$);\nSELECT 2";
        List<Token> once =
                Lexer.tokenize(sql).stream().filter(t -> !t.isSymbol(";")).toList();
        Script script = ScriptSplitter.split(sql);
        List<Token> again =
                script.statements().stream().flatMap(s -> s.tokens().stream()).toList();
        assertThat(again).isEqualTo(once);
        RawStatement insert = script.statements().get(1);
        assertThat(insert.line()).isEqualTo(3);
        assertThat(insert.last().endLine()).isEqualTo(4);
        assertThat(sql.substring(insert.offset(), insert.endOffset())).endsWith("$q$;$q$)");
    }

    @Test
    void aStatementAMetaCommandInterruptsKeepsItsOwnTokens() {
        Script script = ScriptSplitter.split("SELECT 1\n\\echo hi\nFROM t;\n");
        assertThat(script.statements())
                .extracting(RawStatement::kind)
                .containsExactly(RawStatement.Kind.PSQL_META, RawStatement.Kind.SQL);
        assertThat(script.statements().get(1).tokens())
                .extracting(Token::text)
                .containsExactly("SELECT", "1", "FROM", "t");
    }

    @Test
    void aLastStatementWithoutSemicolonIsKept() {
        Script script = ScriptSplitter.split("SELECT 1;\nSELECT 2\n");
        assertThat(script.statements()).extracting(RawStatement::terminated).containsExactly(true, false);
    }

    @Test
    void semicolonsInsideParenthesesDoNotSplit() {
        assertThat(texts("CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2); SELECT 3"))
                .containsExactly("CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2)", "SELECT 3");
    }

    @Test
    void beginAtomicBodiesStayInOneStatement() {
        String fn = "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; "
                + "SELECT 2; END";
        assertThat(texts(fn + "; BEGIN; COMMIT;")).containsExactly(fn, "BEGIN", "COMMIT");
    }

    @Test
    void keywordsUsedAsNamesInsideBeginAtomicDoNotEndIt() {
        // libpg_query's parser keeps each function whole; END after '.' or AS is a column name
        String qualified = "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT t.end FROM t; END";
        String alias =
                "CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1 AS case; SELECT 2 AS end; END";
        assertThat(texts(qualified + "; " + alias + "; SELECT 3;")).containsExactly(qualified, alias, "SELECT 3");
    }

    @Test
    void psqlMetaCommandsAreStatementsOfTheirOwn() {
        assertThat(texts("\\set ON_ERROR_STOP 1\nBEGIN;\n\\echo hi; there\n\\i other.sql\nCOMMIT;"))
                .containsExactly(
                        "META \\set ON_ERROR_STOP 1", "BEGIN", "META \\echo hi; there", "META \\i other.sql", "COMMIT");
    }

    @Test
    void copyFromStdinTakesItsDataLinesUpToBackslashDot() {
        String sql = "COPY t (a, b) FROM stdin;\n1\tit's; odd\n2\t\\N\n\\.\nSELECT 1;";
        assertThat(texts(sql)).containsExactly("COPY t (a, b) FROM stdin DATA[1\tit's; odd\n2\t\\N\n]", "SELECT 1");
        assertThat(texts("COPY t FROM STDIN WITH (FORMAT csv);\na,'b\n"))
                .containsExactly("COPY t FROM STDIN WITH (FORMAT csv) DATA[a,'b\n]");
        assertThat(texts("COPY t FROM '/tmp/x';\nSELECT 1;")).containsExactly("COPY t FROM '/tmp/x'", "SELECT 1");
    }

    @Test
    void psqlCopyMetaCommandReadsDataToo() {
        assertThat(texts("\\copy t from stdin\n1\n\\.\nSELECT 1;"))
                .containsExactly("META \\copy t from stdin DATA[1\n]", "SELECT 1");
    }

    @Test
    void unterminatedStringRunsToTheEndAsOneStatementWithAProblem() {
        Script script = ScriptSplitter.split("SELECT 1;\nSELECT 'oops;\nSELECT 2;");
        assertThat(script.statements()).hasSize(2);
        assertThat(script.problems()).containsExactly(new SourceProblem("unterminated string literal", 2, 8));
    }
}
