package dev.archforge.sql.ast;

import java.util.Optional;

/** {@code CREATE [OR REPLACE] FUNCTION} or {@code PROCEDURE}, recognised without reading its body. *
 * @param readsTables true when the body (a quoted or dollar-quoted string) selects FROM a table
 */
public record CreateFunction(
        QualifiedName name,
        boolean procedure,
        boolean orReplace,
        Optional<String> language,
        boolean readsTables,
        Span span)
        implements Statement {}
