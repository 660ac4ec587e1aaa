package dev.archforge.design.consistency;

import dev.archforge.design.plan.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Optimistic locking decided (consistency): reading a record (or the caller's own account at
 * {@code /me}) gives its {@code ETag}, and every PATCH, PUT or DELETE of one requires
 * {@code If-Match}, answering 428 without it and 412 when it no longer matches; erasing one's own
 * account ({@code DELETE /me}) names no version.
 */
final class OptimisticLockingInApi implements Implication {
    @Override
    public String id() {
        return "optimistic-locking-in-api";
    }

    @Override
    public String statement() {
        return "when the consistency decision guards updates with optimistic locking, every GET of a record in"
                + " api/openapi.yaml returns an ETag header and every PATCH, PUT or DELETE of a record requires"
                + " If-Match and declares 412 and 428";
    }

    @Override
    public boolean applies(Design design) {
        return design.architecture().data().optimisticLocking();
    }

    @Override
    public List<String> broken(DesignFiles files) {
        List<String> out = new ArrayList<>();
        for (Api.Op op : files.api().operations()) {
            boolean me = op.path().equals("/me");
            // erasing the caller's account is not a change to a version of it
            if (!(op.path().endsWith("}") || me) || (me && op.method().equals("delete"))) {
                continue;
            }
            if (op.method().equals("get")) {
                Map<String, Object> headers =
                        Api.map(op.response("200").orElse(Map.of()).get("headers"));
                if (!headers.containsKey("ETag")) {
                    out.add(op + " returns no ETag header");
                }
            } else if (List.of("patch", "put", "delete").contains(op.method())) {
                boolean required = op.header("If-Match")
                        .map(h -> Boolean.TRUE.equals(h.get("required")))
                        .orElse(false);
                if (!required) {
                    out.add(op + " does not require If-Match");
                }
                for (String status : List.of("412", "428")) {
                    if (op.response(status).isEmpty()) {
                        out.add(op + " declares no " + status);
                    }
                }
            }
        }
        return out;
    }
}
