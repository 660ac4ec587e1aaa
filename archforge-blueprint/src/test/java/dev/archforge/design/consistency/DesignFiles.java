package dev.archforge.design.consistency;

import dev.archforge.design.Blueprints;
import dev.archforge.design.artifact.openapi.OpenApiContributor;
import dev.archforge.design.artifact.sql.SqlContributor;
import dev.archforge.design.plan.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A design and the files of its blueprint, with the structured ones read back: the migration as
 * statements and a replayed schema ({@link Sql}), the API description as a tree ({@link Api}), YAML
 * files as documents. Each is read once, on first use.
 */
final class DesignFiles {
    private final Design design;
    private final Map<String, String> files;
    private Sql sql;
    private Api api;

    private DesignFiles(Design design, Map<String, String> files) {
        this.design = design;
        this.files = files;
    }

    static DesignFiles of(Design design) {
        return new DesignFiles(design, Blueprints.render(design).files());
    }

    /** The same design with one file's content replaced: how a check is shown to fail. */
    DesignFiles with(String path, String content) {
        Map<String, String> changed = new TreeMap<>(files);
        changed.put(path, content);
        return new DesignFiles(design, changed);
    }

    Design design() {
        return design;
    }

    boolean has(String path) {
        return files.containsKey(path);
    }

    /** The file's text; empty when the blueprint has no such file. */
    String text(String path) {
        return files.getOrDefault(path, "");
    }

    /** The paths of the files under {@code folder}. */
    List<String> under(String folder) {
        return files.keySet().stream().filter(p -> p.startsWith(folder)).toList();
    }

    Sql sql() {
        if (sql == null) {
            sql = new Sql(text(SqlContributor.PATH));
        }
        return sql;
    }

    Api api() {
        if (api == null) {
            api = new Api(text(OpenApiContributor.PATH));
        }
        return api;
    }

    /** The documents of a YAML file, as maps, lists and scalars. */
    List<Object> yaml(String path) {
        List<Object> docs = new ArrayList<>();
        new Load(LoadSettings.builder().build()).loadAllFromString(text(path)).forEach(d -> {
            if (d != null) {
                docs.add(d);
            }
        });
        return docs;
    }
}
