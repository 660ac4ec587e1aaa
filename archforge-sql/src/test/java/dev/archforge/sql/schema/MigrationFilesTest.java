package dev.archforge.sql.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationFilesTest {

    private static List<String> sorted(String... names) {
        List<Path> paths = new ArrayList<>();
        for (String n : names) {
            paths.add(Path.of(n));
        }
        Collections.reverse(paths);
        paths.sort(MigrationFiles.VERSION_ORDER);
        return paths.stream().map(p -> p.toString().replace('\\', '/')).toList();
    }

    @Test
    void flywayVersionsCompareNumberByNumber() {
        assertThat(sorted("V1__init.sql", "V1_1__fix.sql", "V1.2__more.sql", "V2__next.sql", "V10__later.sql"))
                .containsExactly("V1__init.sql", "V1_1__fix.sql", "V1.2__more.sql", "V2__next.sql", "V10__later.sql");
    }

    @Test
    void timestampsDieselFoldersAndNestedVersions() {
        assertThat(sorted("20220114185340_b.up.sql", "00_init.up.sql", "20211118015519_a.up.sql"))
                .containsExactly("00_init.up.sql", "20211118015519_a.up.sql", "20220114185340_b.up.sql");
        assertThat(sorted("2019-03-22-170700_x/up.sql", "2018-12-01-000000_y/up.sql", "00000000000000_setup/up.sql"))
                .containsExactly(
                        "00000000000000_setup/up.sql", "2018-12-01-000000_y/up.sql", "2019-03-22-170700_x/up.sql");
        // crates.io mixes both diesel spellings of a timestamp in one folder
        assertThat(sorted("2019-11-11-162609_late/up.sql", "20140924113530_early/up.sql"))
                .containsExactly("20140924113530_early/up.sql", "2019-11-11-162609_late/up.sql");
        assertThat(sorted("v1.14/a.sql", "v1.5/b.sql", "v1.5/a.sql"))
                .containsExactly("v1.5/a.sql", "v1.5/b.sql", "v1.14/a.sql");
        assertThat(sorted("83/06_x.sql", "9/01_y.sql", "83/06_x.sql.postgres", "83/1_z.sql"))
                .containsExactly("9/01_y.sql", "83/1_z.sql", "83/06_x.sql", "83/06_x.sql.postgres");
    }

    @Test
    void onlyUpMigrationsAreCollected(@TempDir Path dir) throws IOException {
        for (String f : List.of(
                "2019-01-01-000000_a/up.sql",
                "2019-01-01-000000_a/down.sql",
                "20200101_b.up.sql",
                "20200101_b.down.sql",
                "V3__c.sql",
                "U3__c.sql",
                "delta/10/x.sql.postgres",
                "delta/10/x.sql.sqlite",
                "README.md")) {
            Path p = dir.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "SELECT 1;");
        }
        List<String> found = MigrationFiles.collect(dir).stream()
                .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                .toList();
        assertThat(found)
                .containsExactly(
                        "V3__c.sql", "2019-01-01-000000_a/up.sql", "20200101_b.up.sql", "delta/10/x.sql.postgres");
    }
}
