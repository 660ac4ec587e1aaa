package dev.archforge.engine.review;

import dev.archforge.source.Limits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What to review and how. Every option has the CLI's default; a face sets only what its user
 * chose, with {@link #builder}. Options left empty fall back to the configuration, then to the
 * default ({@code migrations}: online; {@code failOn}: error).
 *
 * @param largeTables the tables that are large, replacing the configuration's {@code large-tables}
 *     (an empty list: no table is large); empty to keep the configuration's
 */
public record ReviewRequest(
        List<ReviewInput> inputs,
        ReadAs readAs,
        SqlMode sqlMode,
        Optional<Deployment> migrations,
        Optional<FailOn> failOn,
        Optional<List<String>> largeTables,
        ConfigSource config,
        Optional<Path> baseline,
        Limits limits) {

    public ReviewRequest {
        inputs = List.copyOf(inputs);
        largeTables = largeTables.map(List::copyOf);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a request; each setter names one option. */
    public static final class Builder {
        private final List<ReviewInput> inputs = new ArrayList<>();
        private ReadAs readAs = ReadAs.AUTO;
        private SqlMode sqlMode = SqlMode.AUTO;
        private Optional<Deployment> migrations = Optional.empty();
        private Optional<FailOn> failOn = Optional.empty();
        private Optional<List<String>> largeTables = Optional.empty();
        private ConfigSource config = ConfigSource.discover();
        private Optional<Path> baseline = Optional.empty();
        private Limits limits = Limits.DEFAULT;

        private Builder() {}

        public Builder input(ReviewInput input) {
            inputs.add(input);
            return this;
        }

        public Builder paths(List<Path> paths) {
            paths.forEach(p -> inputs.add(ReviewInput.of(p)));
            return this;
        }

        public Builder text(String name, String text) {
            inputs.add(ReviewInput.of(name, text));
            return this;
        }

        public Builder readAs(ReadAs value) {
            this.readAs = value;
            return this;
        }

        public Builder sqlMode(SqlMode value) {
            this.sqlMode = value;
            return this;
        }

        public Builder migrations(Optional<Deployment> value) {
            this.migrations = value;
            return this;
        }

        public Builder failOn(Optional<FailOn> value) {
            this.failOn = value;
            return this;
        }

        /** These tables are large, the others small, whatever the configuration says. */
        public Builder largeTables(Optional<List<String>> value) {
            this.largeTables = value;
            return this;
        }

        public Builder config(ConfigSource value) {
            this.config = value;
            return this;
        }

        public Builder baseline(Optional<Path> value) {
            this.baseline = value;
            return this;
        }

        public Builder limits(Limits value) {
            this.limits = value;
            return this;
        }

        public ReviewRequest build() {
            return new ReviewRequest(
                    inputs, readAs, sqlMode, migrations, failOn, largeTables, config, baseline, limits);
        }
    }
}
