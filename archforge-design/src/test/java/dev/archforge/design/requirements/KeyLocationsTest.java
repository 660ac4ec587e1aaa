package dev.archforge.design.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.model.Location;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class KeyLocationsTest {
    private final Function<String, Optional<Location>> locations = new RequirementsLoader()
            .read(Path.of("../examples/design/fitness.yaml"))
            .locations();

    @Test
    void locatesAWrittenSettingAtItsValue() {
        assertThat(locations.apply("constraints.availability").map(Location::toString))
                .contains("../examples/design/fitness.yaml:127:17");
    }

    @Test
    void locatesAMissingSettingAtItsSection() {
        assertThat(locations.apply("scale.peak-rps").map(Location::toString))
                .contains("../examples/design/fitness.yaml:108:3");
    }

    @Test
    void locatesNothingForAMissingSection() {
        assertThat(locations.apply("nothing.here")).isEmpty();
    }
}
