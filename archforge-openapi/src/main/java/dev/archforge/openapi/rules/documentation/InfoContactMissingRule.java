package dev.archforge.openapi.rules.documentation;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.ObjectNode;
import java.util.Optional;

/** Consumers who hit a problem need to know who owns the API. */
@RuleInfo(
        id = "api-info-contact-missing",
        title = "API has no contact",
        severity = Severity.INFO,
        category = Category.DOCUMENTATION,
        howToFix = "Add info.contact with the owning team's name and an email or URL.")
public final class InfoContactMissingRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        Optional<ObjectNode> contact = InfoFields.info(context.api()).flatMap(i -> i.object("contact"));
        if (contact.isEmpty()) {
            context.report(InfoFields.anchor(context.api()), "info has no contact");
        } else if (!InfoFields.hasText(contact, "name", "url", "email")) {
            context.report(contact.get(), "info.contact has no name, url or email");
        }
    }
}
