package dev.archforge.sql.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchPathTest {

    @Test
    void parsesTheNamesOfASetValue() {
        assertThat(SearchPath.parse("musicbrainz, public")).contains(List.of("musicbrainz", "public"));
        assertThat(SearchPath.parse("\"$user\", public")).contains(List.of("public"));
        assertThat(SearchPath.parse("'cover_art_archive'")).contains(List.of("cover_art_archive"));
        assertThat(SearchPath.parse("\"Audit\", pg_catalog, pg_temp")).contains(List.of("Audit"));
        assertThat(SearchPath.parse("")).contains(List.of());
        assertThat(SearchPath.parse("DEFAULT")).contains(List.of("public"));
    }

    @Test
    void refusesWhatIsNotAListOfNames() {
        assertThat(SearchPath.parse(":schema")).isEmpty();
        assertThat(SearchPath.parse("a,")).isEmpty();
        assertThat(SearchPath.parse("a b")).isEmpty();
        assertThat(SearchPath.parse(", a")).isEmpty();
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
