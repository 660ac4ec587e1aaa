package dev.archforge.design.init.knowledge;

import static dev.archforge.design.requirements.AccessPattern.Operation.CREATE;
import static dev.archforge.design.requirements.AccessPattern.Operation.LIST;
import static dev.archforge.design.requirements.AccessPattern.Operation.READ;
import static dev.archforge.design.requirements.AccessPattern.Operation.UPDATE;

import dev.archforge.design.requirements.Feature;
import java.util.List;

/**
 * The fallback when a brief names no domain the knowledge base knows: users and one placeholder record,
 * with a risk telling the reader to replace it. Has no keywords, so it is never matched on purpose.
 */
final class GeneralDomain {
    private GeneralDomain() {}

    static Domain domain() {
        return new Domain(
                "general",
                "General application",
                List.of(),
                "app",
                "user",
                "Item",
                Audience.CONSUMER,
                Profile.typical().actions(20),
                Parts.none()
                        .features(Feature.AUTH)
                        .actors(
                                ActorSpec.of("user", "People who use the system."),
                                ActorSpec.admin("Staff who support users."))
                        .entities(
                                Accounts.user(),
                                EntitySpec.named("Item")
                                        .description("Placeholder: replace with the records the system keeps.")
                                        .owner("user")
                                        .growth(10)
                                        .fields("title: string(120) required", "details: text")
                                        .relations("belongs-to User as user")
                                        .states("active", "archived"))
                        .patterns(
                                PatternSpec.of("list-my-items", "user", LIST, "Item", 10)
                                        .filter("user")
                                        .sort("created_at desc"),
                                PatternSpec.of("view-item", "user", READ, "Item", 5),
                                PatternSpec.of("create-item", "user", CREATE, "Item", 2),
                                PatternSpec.of("update-item", "user", UPDATE, "Item", 2))
                        .risks("The brief named no domain Archforge knows: replace Item with the system's real"
                                + " entities and access patterns before running 'archforge design'."));
    }
}
