package dev.archforge.sql.ast;

import java.util.List;
import java.util.Optional;

/**
 * {@code ALTER INDEX [IF EXISTS] name action}, or {@code ALTER INDEX ALL IN TABLESPACE ...}, which
 * names no index.
 *
 * @param index the index altered; empty only for {@link Action.AllInTablespace}
 */
public record AlterIndex(Optional<QualifiedName> index, boolean ifExists, Action action, Span span)
        implements Statement {

    /** What the statement does; only {@link Action.Rename} changes the schema model. */
    public sealed interface Action
            permits Action.Rename,
                    Action.AttachPartition,
                    Action.SetTablespace,
                    Action.SetStorage,
                    Action.ResetStorage,
                    Action.DependsOnExtension,
                    Action.SetStatistics,
                    Action.AllInTablespace {

        /** {@code RENAME TO name}; the index keeps its schema. */
        record Rename(Ident to) implements Action {}

        /** {@code ATTACH PARTITION index}: the index of a partition joins this partitioned index. */
        record AttachPartition(QualifiedName partition) implements Action {}

        /** {@code SET TABLESPACE name}: rewrites the index. */
        record SetTablespace(Ident tablespace) implements Action {}

        /** {@code SET ( parameter = value, ... )}, the parameters as normalized text. */
        record SetStorage(String parameters) implements Action {}

        /** {@code RESET ( parameter, ... )}, the parameters as normalized text. */
        record ResetStorage(String parameters) implements Action {}

        /** {@code [NO] DEPENDS ON EXTENSION name}. */
        record DependsOnExtension(boolean no, Ident extension) implements Action {}

        /** {@code ALTER [COLUMN] number SET STATISTICS value}. */
        record SetStatistics(int column, String value) implements Action {}

        /** {@code ALL IN TABLESPACE from [OWNED BY role, ...] SET TABLESPACE to [NOWAIT]}. */
        record AllInTablespace(Ident from, List<Ident> ownedBy, Ident to, boolean nowait) implements Action {
            public AllInTablespace {
                ownedBy = List.copyOf(ownedBy);
            }
        }
    }
}
