package dev.archforge.design.consistency;

import dev.archforge.design.plan.Design;
import java.util.ArrayList;
import java.util.List;

/**
 * GDPR required and people have accounts: the API lets a person export their data
 * ({@code GET /me/export}) and erase it ({@code DELETE /me}), as the lifecycle and security decisions
 * promise.
 */
final class GdprHasExportAndErasure implements Implication {
    @Override
    public String id() {
        return "gdpr-has-export-and-erasure";
    }

    @Override
    public String statement() {
        return "when GDPR applies and the system has accounts, api/openapi.yaml has GET /me/export and DELETE /me";
    }

    @Override
    public boolean applies(Design design) {
        return design.requirements().constraints().requires("gdpr")
                && design.requirements().account().isPresent();
    }

    @Override
    public List<String> broken(DesignFiles files) {
        List<String> out = new ArrayList<>();
        if (files.api().operation("get", "/me/export").isEmpty()) {
            out.add("api/openapi.yaml has no GET /me/export");
        }
        if (files.api().operation("delete", "/me").isEmpty()) {
            out.add("api/openapi.yaml has no DELETE /me");
        }
        return out;
    }
}
