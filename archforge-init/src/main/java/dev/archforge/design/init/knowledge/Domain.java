package dev.archforge.design.init.knowledge;

import java.util.List;

/**
 * A kind of system ("fitness app", "marketplace"): the words that name it, what it usually holds and
 * the scale it usually has. A draft picks exactly one domain.
 *
 * @param keywords lower-case words or phrases; a plural "s" or "es" also matches
 * @param systemName the kebab-case name a draft uses when the brief gives none
 * @param primaryActor the actor most records belong to; replaces {@code @user} in capabilities
 * @param primaryEntity the entity the system is about; replaces {@code @primary} in capabilities
 */
public record Domain(
        String id,
        String title,
        List<String> keywords,
        String systemName,
        String primaryActor,
        String primaryEntity,
        Audience audience,
        Profile profile,
        Parts parts) {
    public Domain {
        keywords = List.copyOf(keywords);
        Keywords.check(id, keywords);
        if (!systemName.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("system name must be kebab-case, got '" + systemName + "'");
        }
        if (parts.actors().stream().noneMatch(a -> a.name().equals(primaryActor))) {
            throw new IllegalArgumentException("domain '" + id + "' has no actor '" + primaryActor + "'");
        }
        if (parts.entities().stream().noneMatch(e -> e.name().equals(primaryEntity))) {
            throw new IllegalArgumentException("domain '" + id + "' has no entity '" + primaryEntity + "'");
        }
    }
}
