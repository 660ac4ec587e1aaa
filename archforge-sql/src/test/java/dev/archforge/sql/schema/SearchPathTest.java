package dev.archforge.sql.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.sql.ast.SetParameter;
import dev.archforge.sql.parse.SqlParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchPathTest {

    /** The schemas {@code SET search_path TO value} sets, as the parser reads the value; empty when it sets none. */
    private static Optional<List<String>> set(String value) {
        SetParameter set =
                (SetParameter) SqlParser.parse("SET search_path TO " + value).get(0);
        return set.list().map(SearchPath::schemas);
    }

    @Test
    void readsTheSchemasOfASetValue() {
        assertThat(set("musicbrainz, public")).contains(List.of("musicbrainz", "public"));
        assertThat(set("\"$user\", public")).contains(List.of("public"));
        assertThat(set("'cover_art_archive'")).contains(List.of("cover_art_archive"));
        assertThat(set("\"Audit\", pg_catalog, pg_temp")).contains(List.of("Audit"));
        assertThat(set("''")).contains(List.of());
        assertThat(set("DEFAULT")).contains(List.of("public"));
    }

    @Test
    void setsNothingWithWhatIsNotAListOfNames() {
        assertThat(set(":schema")).isEmpty();
        assertThat(set("a,")).isEmpty();
        assertThat(set("a b")).isEmpty();
        assertThat(set(", a")).isEmpty();
        assertThat(set("1")).isEmpty();
    }

    @Test
    void createsInTheFirstSchemaAndResolvesLikeTheDefaultWithOnlyPublic() {
        assertThat(SearchPath.DEFAULT.creationSchema()).isEqualTo("public");
        assertThat(SearchPath.DEFAULT.isDefault()).isTrue();
        SearchPath empty = SearchPath.DEFAULT.set(List.of(), false);
        assertThat(empty.creationSchema()).isEqualTo("public");
        assertThat(empty.isDefault()).isTrue();
        SearchPath app = SearchPath.DEFAULT.set(List.of("app", "public"), false);
        assertThat(app.creationSchema()).isEqualTo("app");
        assertThat(app.isDefault()).isFalse();
    }

    @Test
    void setLocalEndsWithTheTransaction() {
        SearchPath session = SearchPath.DEFAULT.set(List.of("a"), false);
        SearchPath local = session.set(List.of("b"), true).set(List.of("c"), true);
        assertThat(local.lookup()).containsExactly("c");
        assertThat(local.endTransaction()).isEqualTo(session);
        assertThat(session.endTransaction()).isEqualTo(session);
        assertThat(local.set(List.of("d"), false).outer()).isEqualTo(Optional.empty());
    }
}
