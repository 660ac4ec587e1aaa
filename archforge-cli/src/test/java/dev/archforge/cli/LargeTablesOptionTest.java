package dev.archforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What the scenario files cannot pass, their arguments being split on blanks: an empty list. */
class LargeTablesOptionTest {
    private static final String MIGRATIONS = "src/test/resources/scenarios/inputs/migrations";

    @Test
    void anEmptyListSaysNoTableIsLarge() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ArchforgeCommand.run(
                new String[] {"review", MIGRATIONS, "--large-tables", ""},
                new PrintWriter(out),
                new PrintWriter(err),
                false);
        assertThat(code).isEqualTo(1);
        assertThat(out.toString())
                .doesNotContain("sql-index-created-without-concurrently")
                .contains(", large-tables=none (the lock rules judge other tables small)\n");
    }
}
