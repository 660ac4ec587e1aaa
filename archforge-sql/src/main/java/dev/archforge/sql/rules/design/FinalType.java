package dev.archforge.sql.rules.design;

import dev.archforge.sql.ast.DataType;
import dev.archforge.sql.rules.ColumnSite;
import dev.archforge.sql.schema.TableColumn;

/** Whether a column still has the exact type a site gave it once the review ends. */
final class FinalType {
    private FinalType() {}

    /** True when the final column's type prints the same as the site's, modifiers included. */
    static boolean unchanged(ColumnSite site) {
        return site.finalColumn()
                .flatMap(TableColumn::type)
                .map(DataType::text)
                .map(site.type().text()::equals)
                .orElse(false);
    }
}
