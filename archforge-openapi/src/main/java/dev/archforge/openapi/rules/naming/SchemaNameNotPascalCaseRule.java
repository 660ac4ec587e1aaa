package dev.archforge.openapi.rules.naming;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** {@code simple_user} as a schema name becomes {@code Simple_user} or worse in generated code. */
@RuleInfo(
        id = "api-schema-name-not-pascal-case",
        tags = {"strict"},
        title = "Component schema name is not PascalCase",
        severity = Severity.INFO,
        category = Category.NAMING,
        howToFix = "Name component schemas in PascalCase, the way classes are named: SimpleUser, not simple-user.")
public final class SchemaNameNotPascalCaseRule implements ApiRule {
    /** A letter first, then letters and digits; acronyms such as {@code HTTPError} are accepted. */
    private static final Pattern PASCAL = Pattern.compile("[A-Z][A-Za-z0-9]*");

    private static final int LISTED = 3;

    @Override
    public void check(ApiContext context) {
        Map<String, Node> schemas = context.api().componentSchemas();
        List<String> offending =
                schemas.keySet().stream().filter(n -> !isPascal(n)).toList();
        if (offending.isEmpty()) {
            return;
        }
        if (offending.size() * 2 > schemas.size() && offending.size() > LISTED) {
            Node holder = schemas.values().iterator().next().parent().orElseThrow();
            String examples =
                    offending.stream().limit(LISTED).map(n -> "'" + n + "'").collect(Collectors.joining(", "));
            context.report(
                    holder,
                    offending.size() + " of " + schemas.size() + " schema names are not PascalCase, such as "
                            + examples);
            return;
        }
        for (String name : offending) {
            context.report(Objects.requireNonNull(schemas.get(name)), "Schema name '" + name + "' is not PascalCase");
        }
    }

    /** PascalCase, or a dotted namespace whose last part is: {@code io.k8s.api.core.v1.Pod}. */
    static boolean isPascal(String name) {
        return PASCAL.matcher(name.substring(name.lastIndexOf('.') + 1)).matches();
    }
}
