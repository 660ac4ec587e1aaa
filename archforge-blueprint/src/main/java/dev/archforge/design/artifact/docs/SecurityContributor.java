package dev.archforge.design.artifact.docs;

import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.blueprint.Contributor;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code security.md}: authentication, the role × endpoint matrix with its ownership rules,
 * how each OWASP API Security Top 10 (2023) item is addressed, secrets, encryption and compliance.
 */
public final class SecurityContributor implements Contributor {
    public static final String PATH = "security.md";

    @Override
    public void contribute(Design design, Blueprint blueprint) {
        blueprint.add(PATH, document(design));
    }

    static String document(Design design) {
        List<Actor> roles = AccessMatrix.roles(design);
        Markdown md = new Markdown()
                .heading(1, "Security of " + design.requirements().system().name())
                .paragraph("How callers are identified, what each role may reach, and how the design answers the "
                        + "OWASP API Security Top 10. Decisions: "
                        + orNone(AdrFiles.links(design, Area.AUTHENTICATION, Area.AUTHORIZATION, Area.SECURITY)) + ".")
                .heading(2, "Authentication")
                .paragraph(OwaspTop10.auth(design.architecture().security()));
        List<String> machines = design.requirements().actors().stream()
                .filter(Actor::external)
                .map(a -> Markdown.code(a.name()))
                .toList();
        if (!machines.isEmpty()) {
            md.paragraph("Machine clients (" + Text.and(machines) + ") send an API key in the `X-API-Key` header"
                    + " (security scheme `apiKey` in `api/openapi.yaml`). Only its SHA-256 is stored, in the"
                    + " `api_keys` table with the role it acts as; a key expires after 90 days and two may be valid at"
                    + " once while a client rotates.");
        }
        List<List<String>> roleRows = new ArrayList<>();
        for (Actor a : roles) {
            roleRows.add(List.of(Markdown.code(a.name()), a.description(), a.admin() ? "all records" : "by endpoint"));
        }
        md.heading(2, "Roles").table(List.of("Role", "Who", "Reach"), roleRows);

        List<String> header = new ArrayList<>(List.of("Method", "Path", "Operation"));
        roles.forEach(r -> header.add(r.name()));
        List<List<String>> rows = new ArrayList<>();
        for (AccessMatrix.Row row : AccessMatrix.of(design)) {
            List<String> cells = new ArrayList<>(List.of(
                    row.endpoint().method(),
                    Markdown.code(row.endpoint().path()),
                    row.endpoint().operation()));
            row.scopes().values().forEach(s -> cells.add(s.label()));
            rows.add(cells);
        }
        md.heading(2, "Endpoints and access")
                .paragraph("Every entity has a collection (`/` + its plural) and an item path (`/{id}`), as in "
                        + "`api/openapi.yaml`. A role with \"—\" is refused with 403; a record outside the caller's "
                        + "reach answers 404, so its existence is not disclosed.")
                .table(header, rows)
                .heading(2, "Ownership rules")
                .bullets(ownership(design));
        md.heading(2, "OWASP API Security Top 10 (2023)")
                .table(List.of("Item", "Risk", "How this design addresses it", "Decisions"), OwaspTop10.rows(design));
        SecurityNotes.append(design, md);
        return md.toString();
    }

    private static List<String> ownership(Design design) {
        List<String> rules = new ArrayList<>();
        for (Entity e : design.requirements().entities()) {
            String table = Names.table(e.name());
            if (e.account()) {
                rules.add(Markdown.code(table) + ": a user reaches only the row whose " + Markdown.code("id")
                        + " is their own account; listing accounts is for admins.");
            } else if (e.owner().isPresent()) {
                String column = Names.foreignKey(e.owner().get());
                rules.add(Markdown.code(table) + ": owned through " + Markdown.code(column) + "; queries add "
                        + Markdown.code("WHERE " + column + " = :caller") + " and a create sets it from the token, "
                        + "never from the request body.");
            }
        }
        if (design.architecture().security().tenantIsolation()) {
            rules.add("Every tenant-scoped table carries " + Markdown.code("tenant_id")
                    + ", set from the token and enforced by PostgreSQL row-level security.");
        }
        if (rules.isEmpty()) {
            rules.add("No entity has an owner: access follows the roles in the matrix.");
        }
        return rules;
    }

    static String orNone(String links) {
        return links.isEmpty() ? "none recorded" : links;
    }
}
