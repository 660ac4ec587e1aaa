package dev.archforge.sql.parse;

/** What a {@link Token} is. Keywords are {@link #WORD}s: PostgreSQL reserves few of them. */
public enum TokenKind {
    /** An unquoted identifier or keyword; its value is folded to lower case. */
    WORD,
    /** A {@code "quoted identifier"} (or {@code U&"..."}); its value keeps its case. */
    QUOTED_IDENTIFIER,
    NUMBER,
    /** A {@code '...'}, {@code E'...'}, {@code U&'...'}, {@code B'...'}, {@code X'...'} or {@code N'...'} literal. */
    STRING,
    /** A {@code $$...$$} or {@code $tag$...$tag$} literal. */
    DOLLAR_STRING,
    /** A positional parameter such as {@code $1}. */
    PARAMETER,
    OPERATOR,
    /** One of {@code ( ) [ ] , ; . :} and the cast {@code ::}. */
    PUNCTUATION,
    /** A psql variable reference: {@code :name}, {@code :'name'} or {@code :"name"}. */
    PSQL_VARIABLE,
    /** A psql meta-command such as {@code \set ON_ERROR_STOP 1}, up to the end of its line. */
    PSQL_META,
    /** The data lines after {@code COPY ... FROM stdin;}, up to and including the {@code \.} line. */
    COPY_DATA,
    /** A character no PostgreSQL token starts with, such as the opening brace of a template placeholder. */
    UNKNOWN,
    /** The end of the input. */
    EOF
}
