package dev.archforge.design.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One bad requirement each, with the one line the user sees for it. */
class SemanticChecksTest {
    static final String M = Load.MINIMAL;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(
                        "entities:\n  User: {}\n",
                        "archforge.yaml:1:1: missing 'system' in the requirements file, expected an object with the"
                                + " system's 'name' and 'purpose'"),
                Arguments.of(
                        "system: {name: shop, purpose: x}\n",
                        "archforge.yaml:1:1: missing 'entities' in the requirements file, expected a map from PascalCase"
                                + " entity names to their fields and relations"),
                Arguments.of(
                        M + "  order_line: {}\n",
                        "archforge.yaml:6:3: entity name 'order_line' is not PascalCase, expected a capital letter then"
                                + " letters and digits"),
                Arguments.of(
                        M + "  Post: {fields: {Title: text}}\n",
                        "archforge.yaml:6:19: field name 'Title' of entity 'Post' is not snake_case, expected lower-case"
                                + " words joined by '_'"),
                Arguments.of(
                        M + "  Post: {fields: {tag: \"enum(a, b, a)\"}}\n",
                        "archforge.yaml:6:24: enum value 'a' of field 'tag' is listed twice"),
                Arguments.of(
                        M + "  Post: {relations: [has-many User]}\n",
                        "archforge.yaml:6:22: 'has-many' is not a relation kind in relation 'has-many User' of entity"
                                + " 'Post': declare 'belongs-to' on the other entity instead"),
                Arguments.of(
                        M + "  Post: {relations: [many-to-many User optional]}\n",
                        "archforge.yaml:6:22: 'optional' does not apply to many-to-many relation 'many-to-many User"
                                + " optional' of entity 'Post', which may always be empty"),
                Arguments.of(
                        M + "  Post: {relations: [belongs-to User as author extra]}\n",
                        "archforge.yaml:6:22: unexpected 'extra' in relation 'belongs-to User as author extra' of"
                                + " entity 'Post', expected 'belongs-to|one-to-one|many-to-many <Entity> [optional] [as"
                                + " <name>]'"),
                Arguments.of(
                        M + "  Post: {relations: [belongs-to User, belongs-to User]}\n",
                        "archforge.yaml:6:39: entity 'Post' has two relations named 'user', name one of them with 'as"
                                + " <name>'"),
                Arguments.of(
                        M + "  Post: {fields: {author_id: uuid}, relations: [belongs-to User as author]}\n",
                        "archforge.yaml:6:19: field 'author_id' of entity 'Post' clashes with the key column of relation"
                                + " 'author'"),
                Arguments.of(
                        M + "  Post: {states: [draft]}\n",
                        "archforge.yaml:6:18: entity 'Post' lists one state, expected at least two (or no 'states' for no"
                                + " lifecycle)"),
                Arguments.of(
                        M + "  Post: {owner: tags, relations: [many-to-many User as tags]}\n",
                        "archforge.yaml:6:17: owner 'tags' of entity 'Post' is not one of its belongs-to or one-to-one"
                                + " relations, expected the name of one, such as 'belongs-to User as tags'"),
                Arguments.of(
                        M + "actors: {user: [a, b]}\n",
                        "archforge.yaml:6:16: expected a description or an object for actor 'user', found a list"),
                Arguments.of(
                        M + "access-patterns: [{name: a, actor: user}]\n",
                        "archforge.yaml:6:19: missing 'create|read|list|update|delete|search' in access pattern 'a',"
                                + " expected one operation naming the entity, such as 'list: Workout'"),
                Arguments.of(
                        M + "access-patterns: [{name: a, actor: user, list: User, read: User}]\n",
                        "archforge.yaml:6:54: access pattern 'a' has both 'list' and 'read', expected one operation"),
                Arguments.of(
                        M + "access-patterns: [{name: a, actor: user, list: Users}]\n",
                        "archforge.yaml:6:48: unknown entity 'Users' in access pattern 'a' (did you mean 'User'?)"),
                Arguments.of(
                        M + "access-patterns: [{name: a, actor: user, list: User, sort: emial desc}]\n",
                        "archforge.yaml:6:60: sort 'emial' of access pattern 'a' is not a field or relation of 'User'"
                                + " (did you mean 'email'?)"),
                Arguments.of(
                        M + "access-patterns: [{name: a, actor: user, read: User, sort: email}]\n",
                        "archforge.yaml:6:60: access pattern 'a' does not list or search, so it takes no 'sort'"),
                Arguments.of(
                        M + "access-patterns: [{name: a, actor: user, list: User, frequency: 0 per user per day}]\n",
                        "archforge.yaml:6:65: expected a frequency like '6 per user per day', '2 per user per hour', '50"
                                + " per second', '300 per minute', '20000 per day', '3 per actor per hour' or '1 per 4"
                                + " seconds per actor' for access pattern 'a', found '0 per user per day'"),
                Arguments.of(
                        M + "events: [{name: Joined, entity: User}, {name: Joined, entity: User}]\n",
                        "archforge.yaml:6:47: event name 'Joined' is already used at archforge.yaml:6:17"),
                Arguments.of(
                        M + "scale: {peak-factor: 3, peak-rps: 50}\n",
                        "archforge.yaml:6:25: scale gives both 'peak-factor' and 'peak-rps', expected one of them"),
                Arguments.of(
                        M + "scale: {read-percent: -5}\n",
                        "archforge.yaml:6:23: 'read-percent' in scale must be between 0 and 100, found -5"),
                Arguments.of(
                        M + "scale: {registered-users: 2.5}\n",
                        "archforge.yaml:6:27: expected a whole number for 'registered-users' in scale, found 2.5"),
                Arguments.of(
                        M + "scale: {registered-users: many}\n",
                        "archforge.yaml:6:27: expected a number for 'registered-users' in scale, found text 'many'"),
                Arguments.of(
                        M + "team: {size: 2, teams: 3}\n",
                        "archforge.yaml:6:24: 'teams' (3) in team exceeds 'size' (2), expected at most one team per"
                                + " person"),
                Arguments.of(
                        M + "team: {skills: [Java]}\n",
                        "archforge.yaml:6:17: skill 'Java' in team is not lower-case, expected a name such as 'java'"),
                Arguments.of(
                        M + "constraints: {hosting: on-premises, cloud: aws}\n",
                        "archforge.yaml:6:37: constraints name a 'cloud' but hosting is on-premises, expected no 'cloud'"
                                + " or hosting: cloud"),
                Arguments.of(
                        M + "constraints: {cloud: azur}\n",
                        "archforge.yaml:6:22: unknown cloud 'azur' in constraints (did you mean 'azure'?)"),
                Arguments.of(
                        M + "constraints: {compliance: [pci-dss]}\n",
                        "archforge.yaml:6:28: unknown compliance 'pci-dss' in constraints, expected one of gdpr, pci,"
                                + " hipaa, soc2"),
                Arguments.of(
                        M + "assumptions: [scale.peak-factr]\n",
                        "archforge.yaml:6:15: unknown key 'scale.peak-factr' in assumptions (did you mean"
                                + " 'scale.peak-factor'?)"),
                Arguments.of(
                        M + "constraints: {soft-delete: true}\n",
                        "archforge.yaml:6:15: unknown key 'soft-delete' in constraints, expected one of"
                                + " budget-per-month, hosting, cloud, compliance, availability, latency-p99-ms, regions,"
                                + " data-residency, rpo-minutes, rto-minutes, qualities, deadline-weeks"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void saysWhatIsWrongAndWhere(String yaml, String expected) {
        assertThat(Load.problems(yaml)).isEqualTo(expected);
    }
}
