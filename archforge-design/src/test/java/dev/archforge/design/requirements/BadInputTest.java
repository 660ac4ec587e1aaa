package dev.archforge.design.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.model.InvalidInputException;
import dev.archforge.model.Location;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bad files: every problem with its file:line:col and what was expected, all at once, never a stack trace. */
class BadInputTest {

    @Test
    void aSyntaxErrorIsReportedWhereTheParserStopped() {
        InvalidInputException e = Load.error("system:\n  name: [shop\n");
        // parser internals such as <stream end> are put in the user's words since issue #10
        assertThat(e.describe())
                .isEqualTo(
                        "archforge.yaml:3:1: invalid YAML: expected ',' or ']', but got the end of the file while parsing a flow"
                                + " sequence started at 2:9");
    }

    @Test
    void anEmptyFileIsNotRequirements() {
        assertThat(Load.problems("\n  \n"))
                .isEqualTo("archforge.yaml:1:1: the file is empty, expected a JSON or YAML document");
    }

    @Test
    void aBinaryFileIsRefused() {
        InvalidInputException e = Load.error(new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        assertThat(e.describe()).isEqualTo("archforge.yaml:1:1: binary file, expected UTF-8 text (JSON or YAML)");
    }

    @Test
    void theTopMustBeAnObject() {
        assertThat(Load.problems("- system\n- entities\n"))
                .isEqualTo("archforge.yaml:1:1: expected an object with 'system' and 'entities' at the top of the"
                        + " requirements file, found a list");
    }

    @Test
    void aMisspelledKeyGetsASuggestion() {
        InvalidInputException e = Load.error(Load.MINIMAL + "scale:\n  peak-factr: 4\n");
        assertThat(e.location()).isEqualTo(Location.at(Load.FILE, 7, 3));
        assertThat(e.describe())
                .isEqualTo("archforge.yaml:7:3: unknown key 'peak-factr' in scale (did you mean 'peak-factor'?)");
    }

    @Test
    void anUnknownKeyFarFromAnyListsTheKnownOnes() {
        assertThat(Load.problems(Load.MINIMAL + "team: {size: 3, budget: 5}\n"))
                .isEqualTo("archforge.yaml:6:17: unknown key 'budget' in team, expected one of size, teams, skills");
    }

    @Test
    void anUnknownEntityInARelationIsNamedWithTheClosestEntity() {
        String yaml = Load.MINIMAL + """
                  Workout:
                    relations:
                      - belongs-to Usr as member
                """;
        assertThat(Load.problems(yaml))
                .isEqualTo("archforge.yaml:8:9: unknown entity 'Usr' in relation 'belongs-to Usr as member' of entity"
                        + " 'Workout' (did you mean 'User'?)");
    }

    @Test
    void oneMistakeGivesOneMessage() {
        String yaml = Load.MINIMAL + """
                  Post:
                    owner: author
                    fields: {title: strin}
                    relations: [belongs-to Usr as author]
                access-patterns:
                  - {name: list-posts, actor: user, list: Post, filter: [author, title]}
                """;
        assertThat(Load.problems(yaml).split("\n"))
                .containsExactly(
                        "archforge.yaml:8:21: unknown type 'strin' of field 'title' (did you mean 'string'?)",
                        "archforge.yaml:9:17: unknown entity 'Usr' in relation 'belongs-to Usr as author' of entity"
                                + " 'Post' (did you mean 'User'?)");
    }

    @Test
    void anUnknownFieldTypeListsTheClosestType() {
        String yaml = Load.MINIMAL.replace("email required unique", "strng(80) required");
        assertThat(Load.problems(yaml))
                .isEqualTo("archforge.yaml:5:21: unknown type 'strng' of field 'email' (did you mean 'string'?)");
    }

    @Test
    void aLengthOnlyFitsAString() {
        String yaml = Load.MINIMAL.replace("email required unique", "decimal(10)");
        assertThat(Load.problems(yaml))
                .isEqualTo("archforge.yaml:5:21: only string takes a length such as string(80), found 'decimal(10)'"
                        + " for field 'email'");
    }

    @Test
    void aFrequencyMustSayHowOftenPerWhat() {
        String yaml = Load.MINIMAL + """
                access-patterns:
                  - name: list-users
                    actor: user
                    list: User
                    frequency: often
                """;
        assertThat(Load.problems(yaml))
                .isEqualTo(
                        "archforge.yaml:10:16: expected a frequency like '6 per user per day', '2 per user per hour',"
                                + " '50 per second', '300 per minute', '20000 per day', '3 per actor per hour' or '1 per 4"
                                + " seconds per actor' for access pattern 'list-users', found 'often'");
    }

    @Test
    void zeroUsersIsNoSystem() {
        assertThat(Load.problems(Load.MINIMAL + "scale:\n  registered-users: 0\n"))
                .isEqualTo("archforge.yaml:7:21: 'registered-users' in scale must be at least 1, found 0");
    }

    @Test
    void moreDailyActivesThanRegisteredUsersIsAContradiction() {
        String yaml = Load.MINIMAL + "scale:\n  registered-users: 1000\n  daily-active-users: 5000\n";
        assertThat(Load.problems(yaml))
                .isEqualTo("archforge.yaml:8:23: 'daily-active-users' (5000) in scale exceeds 'registered-users'"
                        + " (1000), expected at most as many daily actives as registered users");
    }

    @Test
    void everyProblemIsReportedAtOnceInFileOrder() {
        String yaml = """
                system: {name: Shop, purpose: Sells things.}
                features: [auth, payment]
                entities:
                  User:
                    fields: {email: email required uniq}
                scale: {read-percent: 120}
                constraints: {availability: 100}
                """;
        InvalidInputException e = Load.error(yaml);
        assertThat(e.location()).isEqualTo(Location.at(Load.FILE, 1, 16));
        assertThat(e.describe().split("\n"))
                .containsExactly(
                        "archforge.yaml:1:16: system name 'Shop' is not kebab-case, expected lower-case words and"
                                + " digits joined by '-'",
                        "archforge.yaml:2:12: feature 'auth' needs an entity marked 'account: true', the one users sign"
                                + " in as",
                        "archforge.yaml:2:18: unknown feature 'payment' (did you mean 'payments'?)",
                        "archforge.yaml:5:21: unknown modifier 'uniq' of field 'email' (did you mean 'unique'?)",
                        "archforge.yaml:6:23: 'read-percent' in scale must be between 0 and 100, found 120",
                        "archforge.yaml:7:29: 'availability' in constraints must be above 0 and below 100 percent,"
                                + " found 100");
    }

    @Test
    void namesMustBeUniqueAndReferencesResolve() {
        String yaml = Load.MINIMAL + """
                  Post:
                    owner: writer
                    fields: {title: string(80), id: uuid}
                    relations: [belongs-to User as author]
                access-patterns:
                  - {name: list-posts, actor: reader, list: Post, filter: [author, titel], sort: created_at desc}
                  - {name: list-posts, actor: user, create: Post, filter: [author]}
                events:
                  - {name: PostPublished, entity: Poster}
                """;
        assertThat(Load.problems(yaml).split("\n"))
                .containsExactly(
                        "archforge.yaml:7:12: owner 'writer' of entity 'Post' is not one of its belongs-to or"
                                + " one-to-one relations, expected one of author",
                        "archforge.yaml:8:33: field 'id' of entity 'Post' clashes with the implicit column 'id'",
                        "archforge.yaml:11:31: unknown actor 'reader' in access pattern 'list-posts', expected one of"
                                + " user",
                        "archforge.yaml:11:68: filter 'titel' of access pattern 'list-posts' is not a field or"
                                + " relation of 'Post' (did you mean 'title'?)",
                        "archforge.yaml:12:12: access pattern name 'list-posts' is already used at"
                                + " archforge.yaml:11:12",
                        "archforge.yaml:12:51: access pattern 'list-posts' creates, so it takes no 'filter'",
                        "archforge.yaml:14:35: unknown entity 'Poster' in event 'PostPublished' (did you mean"
                                + " 'Post'?)");
    }

    @Test
    void oneAccountEntityAtMost() {
        String yaml = Load.MINIMAL + "  Admin:\n    account: true\n";
        assertThat(Load.problems(yaml))
                .isEqualTo("archforge.yaml:6:3: entity 'Admin' is marked 'account: true' but so is 'User', expected"
                        + " one account entity (the one users sign in as)");
    }

    @Test
    void aKeyWrittenTwiceIsAProblem() {
        assertThat(Load.problems(Load.MINIMAL + "team: {size: 2, size: 3}\n"))
                .isEqualTo("archforge.yaml:6:17: this key is written twice in the same object, expected each key once");
    }

    @Test
    void aHugeNumberOfProblemsIsCutShort() {
        StringBuilder yaml = new StringBuilder(Load.MINIMAL).append("features:\n");
        for (int i = 0; i < 60; i++) {
            yaml.append("  - nope").append(i).append('\n');
        }
        String[] lines = Load.problems(yaml.toString()).split("\n");
        assertThat(lines).hasSize(Problems.MAX_LISTED + 1);
        assertThat(lines[0])
                .isEqualTo(
                        "archforge.yaml:7:5: unknown feature 'nope0', expected one of analytics, audit,"
                                + " auth, inventory, ledger, location, media, model-serving, multi-tenancy, notifications, payments, realtime, search, sso, uploads");
        assertThat(lines[Problems.MAX_LISTED]).isEqualTo("archforge.yaml: 10 more problems not shown");
    }

    @Test
    void jsonIsReadTheSameWayWithItsOwnPositions() {
        String json = """
                {"system": {"name": "shop", "purpose": "Sells things."},
                 "entities": {"User": {"fields": {"email": "emial"}}}}
                """;
        InvalidInputException e = Load.error(json.getBytes(StandardCharsets.UTF_8));
        assertThat(e.describe())
                .isEqualTo("archforge.yaml:2:45: unknown type 'emial' of field 'email' (did you mean 'email'?)");
    }
}
