package dev.archforge.design.artifact.sql;

import dev.archforge.design.artifact.sql.ddl.SqlWriter;
import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.blueprint.Contributor;
import dev.archforge.design.plan.Design;

/**
 * Writes {@code db/migration/V1__init.sql}: the design's PostgreSQL schema as the first Flyway
 * migration, built as a DDL model by {@link SchemaBuilder} and printed by {@link SqlWriter}.
 */
public final class SqlContributor implements Contributor {
    /** Where Flyway looks for migrations by default, and the name of the first one. */
    public static final String PATH = "db/migration/V1__init.sql";

    @Override
    public void contribute(Design design, Blueprint blueprint) {
        blueprint.add(PATH, SqlWriter.write(SchemaBuilder.header(design), SchemaBuilder.build(design)));
    }
}
