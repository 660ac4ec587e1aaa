package dev.archforge.lint;

import dev.archforge.model.Severity;
import java.util.Map;
import java.util.Optional;

/** What the configuration says about one rule: on or off, a severity override, option values. */
public record RuleSettings(boolean enabled, Optional<Severity> severity, Map<String, String> options) {
    public static final RuleSettings DEFAULT = new RuleSettings(true, Optional.empty(), Map.of());

    public RuleSettings {
        options = Map.copyOf(options);
    }
}
