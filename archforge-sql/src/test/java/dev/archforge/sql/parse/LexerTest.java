package dev.archforge.sql.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.sql.ast.Comment;
import dev.archforge.sql.ast.SourceProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<String> kindsAndValues(String sql) {
        return Lexer.tokenize(sql).stream().map(t -> t.kind() + ":" + t.value()).toList();
    }

    @Test
    void wordsFoldToLowerCaseAndQuotedIdentifiersKeepTheirCase() {
        assertThat(kindsAndValues("CREATE TABLE \"MyTable\" (Id int)"))
                .containsExactly(
                        "WORD:create",
                        "WORD:table",
                        "QUOTED_IDENTIFIER:MyTable",
                        "PUNCTUATION:(",
                        "WORD:id",
                        "WORD:int",
                        "PUNCTUATION:)");
        assertThat(kindsAndValues("\"a\"\"b\" foo$bar")).containsExactly("QUOTED_IDENTIFIER:a\"b", "WORD:foo$bar");
    }

    @Test
    void onlyAsciiBlanksSeparateTokensAsInPostgresScanner() {
        // U+2003 and U+3000 are identifier characters to PostgreSQL, \v and \f are blanks
        assertThat(kindsAndValues("a\u2003b \u3000c\u000B\fd"))
                .containsExactly("WORD:a\u2003b", "WORD:\u3000c", "WORD:d");
    }

    @Test
    void tokensCarryLineAndColumn() {
        List<Token> tokens = Lexer.tokenize("SELECT\n  'x'\n, \"y\"");
        assertThat(tokens.get(1))
                .extracting(Token::line, Token::column, Token::endLine, Token::endColumn)
                .containsExactly(2, 3, 2, 5);
        assertThat(tokens.get(3))
                .extracting(Token::line, Token::column, Token::endColumn)
                .containsExactly(3, 3, 5);
    }

    @Test
    void stringsWithDoubledQuotesAndEscapeStrings() {
        assertThat(kindsAndValues("'it''s' E'a\\'b\\n' E'\\x41\\101'"))
                .containsExactly("STRING:it's", "STRING:a'b\n", "STRING:AA");
        assertThat(kindsAndValues("'back\\slash'")).containsExactly("STRING:back\\slash");
    }

    @Test
    void unicodeBitAndNationalStrings() {
        assertThat(kindsAndValues("U&'d\\0061t\\+000061' U&\"d\\0061ta\" B'0101' X'FF' N'n'"))
                .containsExactly("STRING:data", "QUOTED_IDENTIFIER:data", "STRING:0101", "STRING:FF", "STRING:n");
    }

    @Test
    void dollarQuotedStringsWithAndWithoutTags() {
        List<Token> tokens = Lexer.tokenize("$$ it's; $x$ $$ $fn$ body $$ ; $fn$ $1");
        assertThat(tokens)
                .extracting(Token::kind)
                .containsExactly(TokenKind.DOLLAR_STRING, TokenKind.DOLLAR_STRING, TokenKind.PARAMETER);
        assertThat(tokens.get(0).value()).isEqualTo(" it's; $x$ ");
        assertThat(tokens.get(1).value()).isEqualTo(" body $$ ; ");
    }

    @Test
    void numbersAndOperators() {
        assertThat(kindsAndValues("1 1.5 .5 1e10 2.5E-3 0x1F 1_000 a<>b c=-1 d::int x || y"))
                .containsExactly(
                        "NUMBER:1",
                        "NUMBER:1.5",
                        "NUMBER:.5",
                        "NUMBER:1e10",
                        "NUMBER:2.5E-3",
                        "NUMBER:0x1F",
                        "NUMBER:1_000",
                        "WORD:a",
                        "OPERATOR:<>",
                        "WORD:b",
                        "WORD:c",
                        "OPERATOR:=",
                        "OPERATOR:-",
                        "NUMBER:1",
                        "WORD:d",
                        "PUNCTUATION:::",
                        "WORD:int",
                        "WORD:x",
                        "OPERATOR:||",
                        "WORD:y");
    }

    @Test
    void psqlVariables() {
        assertThat(kindsAndValues("SELECT :v, :'v', :\"v\", a::text, b := 1"))
                .containsExactly(
                        "WORD:select",
                        "PSQL_VARIABLE:v",
                        "PUNCTUATION:,",
                        "PSQL_VARIABLE:v",
                        "PUNCTUATION:,",
                        "PSQL_VARIABLE:v",
                        "PUNCTUATION:,",
                        "WORD:a",
                        "PUNCTUATION:::",
                        "WORD:text",
                        "PUNCTUATION:,",
                        "WORD:b",
                        "OPERATOR::=",
                        "NUMBER:1");
    }

    @Test
    void commentsAreKeptAsideIncludingNestedBlockComments() {
        Lexer lexer = new Lexer("a -- line\n/* outer /* inner */ still */ b/*x*/c a--b");
        List<String> values = new java.util.ArrayList<>();
        for (Token t = lexer.next(); t.kind() != TokenKind.EOF; t = lexer.next()) {
            values.add(t.value());
        }
        assertThat(values).containsExactly("a", "b", "c", "a");
        assertThat(lexer.comments())
                .extracting(Comment::body)
                .containsExactly("line", "outer /* inner */ still", "x", "b");
        assertThat(lexer.comments().get(1).line()).isEqualTo(2);
        assertThat(lexer.problems()).isEmpty();
    }

    @Test
    void unterminatedLiteralsBecomeProblemsAtTheirStart() {
        Lexer lexer = new Lexer("SELECT 1;\nSELECT 'abc");
        List<Token> tokens = tokens(lexer);
        assertThat(tokens.get(tokens.size() - 1).value()).isEqualTo("abc");
        assertThat(lexer.problems()).containsExactly(new SourceProblem("unterminated string literal", 2, 8));
        assertThat(problems("x \"abc")).containsExactly(new SourceProblem("unterminated quoted identifier", 1, 3));
        assertThat(problems("/* a /* b */")).containsExactly(new SourceProblem("unterminated /* comment", 1, 1));
        assertThat(problems("\n $q$ body"))
                .containsExactly(new SourceProblem("unterminated dollar-quoted string $q$", 2, 2));
        assertThat(problems("E'abc\\'")).containsExactly(new SourceProblem("unterminated string literal", 1, 1));
    }

    @Test
    void oddCharactersNeverThrow() {
        assertThat(kindsAndValues("{{ .x }} $ \u00e9t\u00e9 \\"))
                .containsExactly(
                        "UNKNOWN:{",
                        "UNKNOWN:{",
                        "PUNCTUATION:.",
                        "WORD:x",
                        "UNKNOWN:}",
                        "UNKNOWN:}",
                        "UNKNOWN:$",
                        "WORD:\u00e9t\u00e9",
                        "PSQL_META:\\");
        for (String s : List.of("'", "\"", "$", "$a", "E'", "U&", "/*", "--", ":", ":'", "0x", "1e", "\\", "1.")) {
            assertThat(Lexer.tokenize(s)).isNotNull();
        }
    }

    private static List<Token> tokens(Lexer lexer) {
        List<Token> out = new java.util.ArrayList<>();
        for (Token t = lexer.next(); t.kind() != TokenKind.EOF; t = lexer.next()) {
            out.add(t);
        }
        return out;
    }

    private static List<SourceProblem> problems(String sql) {
        Lexer lexer = new Lexer(sql);
        tokens(lexer);
        return lexer.problems();
    }
}
