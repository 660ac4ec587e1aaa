package dev.archforge.sql.schema;

import dev.archforge.sql.ast.AlterType;
import dev.archforge.sql.ast.CreateType;
import dev.archforge.sql.ast.DropObject;
import dev.archforge.sql.ast.Ident;
import dev.archforge.sql.ast.QualifiedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How CREATE TYPE ... AS ENUM, ALTER TYPE and DROP TYPE change the enum types of a {@link Schema}. */
final class EnumTypes {
    private EnumTypes() {}

    static Schema create(Schema schema, CreateType t) {
        Map<String, EnumType> enums = new HashMap<>(schema.enumsByKey());
        enums.put(
                QualifiedName.key(schema.enumCreationSchema(t.name()), t.name().name()),
                new EnumType(t.name(), t.enumValues()));
        return schema.withEnums(enums);
    }

    static Schema drop(Schema schema, DropObject d) {
        Map<String, EnumType> enums = new HashMap<>(schema.enumsByKey());
        d.names().forEach(n -> enums.remove(schema.enumKey(n)));
        return schema.withEnums(enums);
    }

    static Schema alter(Schema schema, AlterType t) {
        Optional<EnumType> e = schema.enumType(t.name());
        if (e.isEmpty()) {
            return schema;
        }
        String key = schema.enumKey(t.name());
        Map<String, EnumType> enums = new HashMap<>(schema.enumsByKey());
        List<String> values = new ArrayList<>(e.get().values());
        switch (t.action()) {
            case ADD_VALUE -> {
                if (!values.contains(t.values().get(0))) {
                    values.add(t.values().get(0));
                }
                enums.put(key, new EnumType(e.get().name(), values));
            }
            case RENAME_VALUE -> {
                values.replaceAll(v -> v.equals(t.values().get(0)) ? t.values().get(1) : v);
                enums.put(key, new EnumType(e.get().name(), values));
            }
            case RENAME -> {
                enums.remove(key);
                QualifiedName renamed = t.name().withName(Ident.of(t.values().get(0)));
                enums.put(
                        QualifiedName.key(schema.enumSchema(t.name()), renamed.name()), new EnumType(renamed, values));
            }
            case OTHER -> {
                return schema;
            }
        }
        return schema.withEnums(enums);
    }
}
