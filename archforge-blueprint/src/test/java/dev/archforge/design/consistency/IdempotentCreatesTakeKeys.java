package dev.archforge.design.consistency;

import dev.archforge.design.plan.Design;
import java.util.ArrayList;
import java.util.List;

/**
 * Idempotency keys decided for some creates: the schema has the {@code idempotency_keys} table that
 * stores them with the first response, and every POST that creates one of those entities takes an
 * {@code Idempotency-Key} header.
 */
final class IdempotentCreatesTakeKeys implements Implication {
    static final String TABLE = "idempotency_keys";

    @Override
    public String id() {
        return "idempotent-creates-take-keys";
    }

    @Override
    public String statement() {
        return "when the consistency decision puts Idempotency-Key on the POSTs of some entities, the schema has an"
                + " idempotency_keys table and each of those POSTs takes an Idempotency-Key header";
    }

    @Override
    public boolean applies(Design design) {
        return !design.architecture().data().idempotentCreates().isEmpty();
    }

    @Override
    public List<String> broken(DesignFiles files) {
        List<String> out = new ArrayList<>();
        if (files.sql().table(TABLE).isEmpty()) {
            out.add("db/migration/V1__init.sql has no table " + TABLE);
        }
        for (String entity : files.design().architecture().data().idempotentCreates()) {
            // an entity only the server creates (a payment taken at checkout) has no POST to cover
            List<Api.Op> creates = files.api().creates(Items.schema(entity));
            for (Api.Op op : creates) {
                if (op.header("Idempotency-Key").isEmpty()) {
                    out.add(op + " takes no Idempotency-Key header");
                }
            }
        }
        return out;
    }
}
