package dev.archforge.engine.review;

import dev.archforge.openapi.load.InputKind;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How non-SQL inputs are read ({@code --as}): decided from the content, or forced. */
public enum ReadAs {
    AUTO(InputKind.AUTO),
    OPENAPI(InputKind.OPENAPI),
    ENDPOINTS(InputKind.ENDPOINTS);

    private final InputKind kind;

    ReadAs(InputKind kind) {
        this.kind = kind;
    }

    InputKind kind() {
        return kind;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReadAs> parse(String text) {
        return Arrays.stream(values()).filter(v -> v.id().equals(text)).findFirst();
    }
}
