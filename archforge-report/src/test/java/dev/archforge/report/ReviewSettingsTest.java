package dev.archforge.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.archforge.model.Review;
import dev.archforge.model.Setting;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The settings a review ran with (how migrations are applied, how SQL was read) reach every
 * machine-readable report, not only the terminal: a reader of the SARIF file must know that
 * {@code migrations=offline} left the lock rules out.
 */
class ReviewSettingsTest {
    private static final Review SQL = new Review(
            List.of("db/V1__init.sql", "db/V2__orders.sql"),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                    new Setting("migrations", "online", "applied to a serving database"),
                    Setting.of("sql-mode", "migration")));

    @Test
    void textNamesThemOnOneLineAboveTheSummary() {
        assertThat(ReportFormat.TEXT.reporter().write(SQL, ReportOptions.PLAIN)).isEqualTo("""
                        Settings: migrations=online (applied to a serving database), sql-mode=migration
                        0 findings (0 errors, 0 warnings, 0 info) in 2 files
                        """);
    }

    @Test
    void jsonKeepsThemInTheSummary() {
        assertThat(ReportFormat.JSON.reporter().write(SQL, ReportOptions.PLAIN)).contains("""
                          "summary": {
                            "error": 0,
                            "warning": 0,
                            "info": 0,
                            "total": 0,
                            "settings": [
                              {
                                "name": "migrations",
                                "value": "online",
                                "note": "applied to a serving database"
                              },
                              {
                                "name": "sql-mode",
                                "value": "migration"
                              }
                            ]
                          }
                        """);
    }

    @Test
    void sarifKeepsThemAsInvocationProperties() {
        assertThat(ReportFormat.SARIF.reporter().write(SQL, ReportOptions.PLAIN))
                .contains("""
                              "invocations": [
                                {
                                  "executionSuccessful": true,
                                  "properties": {
                                    "settings": [
                                      {
                                        "name": "migrations",
                                        "value": "online",
                                        "note": "applied to a serving database"
                                      },
                                      {
                                        "name": "sql-mode",
                                        "value": "migration"
                                      }
                                    ]
                                  }
                                }
                              ],
                        """)
                .doesNotContain("toolExecutionNotifications");
    }

    @Test
    void markdownNamesThemUnderTheTitle() {
        assertThat(ReportFormat.MARKDOWN.reporter().write(SQL, ReportOptions.PLAIN))
                .startsWith("## Archforge review\n\nReviewed with `migrations=online` (applied to a serving"
                        + " database), `sql-mode=migration`.\n\nNo findings in 2 files.\n");
    }

    @Test
    void junitGivesEachSuiteTheProperties() {
        String xml = ReportFormat.JUNIT.reporter().write(SQL, ReportOptions.PLAIN);
        assertThat(xml).contains("""
                          <testsuite name="db/V2__orders.sql" tests="1" failures="0" errors="0">
                            <properties>
                              <property name="migrations" value="online"/>
                              <property name="sql-mode" value="migration"/>
                            </properties>
                            <testcase name="no findings" classname="db/V2__orders.sql"/>
                        """);
        assertThat(xml.split("<properties>", -1)).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void aReviewWithoutSettingsShowsNone(ReportFormat format) {
        Review none = new Review(List.of("a.sql"), List.of(), List.of(), List.of(), List.of());
        assertThat(format.reporter().write(none, ReportOptions.PLAIN))
                .doesNotContain("Settings")
                .doesNotContain("settings")
                .doesNotContain("Reviewed with")
                .doesNotContain("<properties>");
    }

    @Test
    void aSettingIsNamedOnce() {
        assertThatThrownBy(() -> new Review(
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(Setting.of("migrations", "online"), Setting.of("migrations", "offline"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("setting migrations is given twice");
    }

    @Test
    void aSettingNameIsKebabCase() {
        assertThatThrownBy(() -> Setting.of("Migrations", "online"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("setting name must be kebab-case: 'Migrations'");
    }
}
