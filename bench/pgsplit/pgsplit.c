/*
 * Statement boundaries of SQL files as PostgreSQL's own parser sees them (libpg_query, Debian's
 * libpg-query-dev), for bench/verify-split.sh to compare with archforge's ScriptSplitter.
 *
 *   pgsplit FILE...
 *
 * For each file prints "file<TAB>PATH<TAB>HOW<TAB>DETAIL", then one "stmt<TAB>START<TAB>END" line
 * per statement. START is the byte offset of the statement's first token (leading blanks and
 * comments skipped); END is the byte offset of the ';' that closes it, or "eof". HOW is "parser"
 * (pg_query_split_with_parser), "scanner" (pg_query_split_with_scanner, used only when the parser
 * rejects the file; DETAIL is the parser's error) or "error" (both failed).
 *
 * libpg_query reads SQL, not psql scripts. In a file with psql meta-command lines (a line starting
 * with a backslash) those lines, the data lines of COPY ... FROM stdin and psql variables (:name,
 * :'name', :"name") are replaced with blanks or a same-length literal first, and a \g line, which
 * sends the statement, starts with ';' instead; Go-template placeholders ({{ ... }}) become a
 * same-length identifier. Byte offsets do not move. DETAIL says what was replaced. Meta-commands
 * after SQL on the same line are not recognised (the corpus has none).
 */
#include <ctype.h>
#include <pg_query.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            cap *= 2;
            buf = realloc(buf, cap + 1);
        }
    }
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

static int is_ident_start(unsigned char c) { return isalpha(c) || c == '_' || c >= 0x80; }
static int is_ident_part(unsigned char c) { return is_ident_start(c) || isdigit(c) || c == '$'; }

/* The offset of the first non-blank character of the line starting at i (or of its end). */
static size_t first_on_line(const char *s, size_t i) {
    while (s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
        i++;
    }
    return i;
}

static size_t line_end(const char *s, size_t i) {
    while (s[i] != '\0' && s[i] != '\n') {
        i++;
    }
    return i;
}

static void blank(char *s, size_t from, size_t to) {
    for (size_t i = from; i < to; i++) {
        if (s[i] != '\n') {
            s[i] = ' ';
        }
    }
}

/* "COPY ... FROM stdin;" on one line, as pg_dump writes it. */
static int is_copy_from_stdin(const char *s, size_t from, size_t to) {
    while (from < to && isspace((unsigned char)s[from])) {
        from++;
    }
    if (to - from < 4 || strncasecmp(s + from, "copy", 4) != 0) {
        return 0;
    }
    for (size_t i = from; i + 10 <= to; i++) {
        if (strncasecmp(s + i, "from stdin", 10) == 0) {
            return 1;
        }
    }
    return 0;
}

/* Blanks psql meta-command lines and COPY data; returns how many lines it blanked. */
static int blank_psql_lines(char *s, size_t len) {
    int blanked = 0;
    int in_copy = 0;
    for (size_t i = 0; i < len;) {
        size_t end = line_end(s, i);
        size_t first = first_on_line(s, i);
        if (in_copy) {
            in_copy = !(s[first] == '\\' && s[first + 1] == '.');
            blank(s, i, end);
            blanked++;
        } else if (s[first] == '\\') {
            in_copy = is_copy_from_stdin(s, first + 1, end);
            int sends = s[first + 1] == 'g'; /* \g, \gx, \gset...: psql sends the statement as ';' would */
            blank(s, i, end);
            if (sends) {
                s[first] = ';';
            }
            blanked++;
        } else if (is_copy_from_stdin(s, i, end)) {
            in_copy = 1;
        }
        i = end + 1;
    }
    return blanked;
}

/* :name becomes 0 and blanks (a number); :'name' and :"name" lose the colon and keep the quotes. */
static int replace_psql_variables(char *s, size_t len) {
    int replaced = 0;
    for (size_t i = 0; i + 1 < len; i++) {
        if (s[i] != ':' || (i > 0 && (s[i - 1] == ':' || is_ident_part((unsigned char)s[i - 1])))) {
            continue;
        }
        unsigned char n = (unsigned char)s[i + 1];
        if (n == ':') {
            i++;
        } else if (is_ident_start(n)) {
            size_t j = i + 1;
            while (j < len && is_ident_part((unsigned char)s[j])) {
                j++;
            }
            s[i] = '0';
            blank(s, i + 1, j);
            replaced++;
            i = j - 1;
        } else if (n == '\'' || n == '"') {
            char *close = strchr(s + i + 2, n);
            char *nl = strchr(s + i + 2, '\n');
            if (close != NULL && (nl == NULL || close < nl)) {
                size_t c = close - s;
                memmove(s + i, s + i + 1, c - i);
                s[c] = ' ';
                replaced++;
                i = c;
            }
        }
    }
    return replaced;
}

/* {{ ... }} on one line becomes x___...: an identifier of the same length. */
static int replace_templates(char *s, size_t len) {
    int replaced = 0;
    for (size_t i = 0; i + 1 < len; i++) {
        if (s[i] != '{' || s[i + 1] != '{') {
            continue;
        }
        char *close = strstr(s + i + 2, "}}");
        char *nl = strchr(s + i + 2, '\n');
        if (close == NULL || (nl != NULL && nl < close)) {
            continue;
        }
        size_t end = close - s + 2;
        s[i] = 'x';
        memset(s + i + 1, '_', end - i - 1);
        replaced++;
        i = end - 1;
    }
    return replaced;
}

/* The offset of the first token at or after i: skips blanks, -- comments (to a newline or carriage
 * return, as PostgreSQL's scanner) and nested block comments. */
static size_t skip_blanks_and_comments(const char *s, size_t i, size_t limit) {
    while (i < limit) {
        if (isspace((unsigned char)s[i])) {
            i++;
        } else if (s[i] == '-' && s[i + 1] == '-') {
            while (i < limit && s[i] != '\n' && s[i] != '\r') {
                i++;
            }
        } else if (s[i] == '/' && s[i + 1] == '*') {
            int depth = 1;
            i += 2;
            while (i < limit && depth > 0) {
                if (s[i] == '/' && s[i + 1] == '*') {
                    depth++;
                    i += 2;
                } else if (s[i] == '*' && s[i + 1] == '/') {
                    depth--;
                    i += 2;
                } else {
                    i++;
                }
            }
        } else {
            break;
        }
    }
    return i;
}

static void print_statements(const char *s, size_t len, PgQuerySplitResult *r) {
    for (int k = 0; k < r->n_stmts; k++) {
        size_t loc = (size_t)r->stmts[k]->stmt_location;
        size_t end = loc + (size_t)r->stmts[k]->stmt_len;
        size_t start = skip_blanks_and_comments(s, loc, end);
        if (end < len && s[end] == ';') {
            printf("stmt\t%zu\t%zu\n", start, end);
        } else {
            printf("stmt\t%zu\teof\n", start);
        }
    }
}

static void one_line(char *message) {
    for (char *p = message; *p != '\0'; p++) {
        if (*p == '\n' || *p == '\t') {
            *p = ' ';
        }
    }
}

int main(int argc, char **argv) {
    int status = 0;
    for (int a = 1; a < argc; a++) {
        size_t len;
        char *s = read_file(argv[a], &len);
        if (s == NULL) {
            printf("file\t%s\terror\tcannot read\n", argv[a]);
            status = 1;
            continue;
        }
        char detail[256] = "";
        if (strlen(s) != len) {
            snprintf(detail, sizeof detail, "NUL byte at %zu", strlen(s));
        }
        int psql = 0;
        for (size_t i = 0; i < len; i = line_end(s, i) + 1) {
            if (s[first_on_line(s, i)] == '\\') {
                psql = 1;
                break;
            }
        }
        if (psql) {
            int lines = blank_psql_lines(s, len);
            int vars = replace_psql_variables(s, len);
            snprintf(detail + strlen(detail), sizeof detail - strlen(detail), "psql: %d lines blanked, %d variables", lines, vars);
        }
        int templates = replace_templates(s, len);
        if (templates > 0) {
            snprintf(detail + strlen(detail), sizeof detail - strlen(detail), "%stemplates: %d placeholders", psql ? "; " : "", templates);
        }
        PgQuerySplitResult r = pg_query_split_with_parser(s);
        if (r.error == NULL) {
            printf("file\t%s\tparser\t%s\n", argv[a], detail);
            print_statements(s, len, &r);
        } else {
            char why[512];
            snprintf(why, sizeof why, "%s%sparser: %s at character %d", detail, detail[0] ? "; " : "", r.error->message, r.error->cursorpos);
            one_line(why);
            PgQuerySplitResult sc = pg_query_split_with_scanner(s);
            if (sc.error == NULL) {
                printf("file\t%s\tscanner\t%s\n", argv[a], why);
                print_statements(s, len, &sc);
            } else {
                printf("file\t%s\terror\t%s; scanner: %s\n", argv[a], why, sc.error->message);
            }
            pg_query_free_split_result(sc);
        }
        pg_query_free_split_result(r);
        free(s);
    }
    pg_query_exit();
    return status;
}
