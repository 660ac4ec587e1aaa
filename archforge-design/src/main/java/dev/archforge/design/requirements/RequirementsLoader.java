package dev.archforge.design.requirements;

import dev.archforge.model.InvalidInputException;
import dev.archforge.model.Location;
import dev.archforge.source.Document;
import dev.archforge.source.DocumentReader;
import dev.archforge.source.Limits;
import dev.archforge.source.Node;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads a requirements file ({@code archforge.yaml}, YAML or JSON) into {@link Requirements}. The
 * format is documented in {@code docs/requirements.md} and {@link RequirementsSchema}.
 *
 * <p>Every problem in the file is collected before anything is thrown, so one run shows all of them:
 * the {@link InvalidInputException} points at the first, and its {@code describe()} prints one
 * {@code file:line:col: message} line per problem in file order. Keys left out take documented
 * defaults and are listed in {@link Requirements#assumptions()}.
 */
public final class RequirementsLoader {
    private final DocumentReader reader;

    /** A loader with the default {@link Limits}. */
    public RequirementsLoader() {
        this(Limits.DEFAULT);
    }

    public RequirementsLoader(Limits limits) {
        this.reader = new DocumentReader(limits);
    }

    /** Reads and validates the file at {@code path}, naming it as given in messages. */
    public Requirements load(Path path) {
        return read(path).requirements();
    }

    /** Validates bytes already read, naming them {@code displayName} in messages. */
    public Requirements parse(String displayName, byte[] bytes) {
        return read(displayName, bytes).requirements();
    }

    /**
     * Requirements read from a file, and where each dotted key of it ({@code constraints.availability})
     * is written, so warnings about a setting can point at it. A key the file leaves out is located at
     * its nearest written parent section.
     */
    public record Loaded(Requirements requirements, Function<String, Optional<Location>> locations) {}

    /** {@link #load(Path)} with the key locations, from one read and one parse of the file. */
    public Loaded read(Path path) {
        String displayName = path.toString();
        return read(displayName, reader.readBytes(path, displayName));
    }

    /** {@link #parse(String, byte[])} with the key locations. */
    public Loaded read(String displayName, byte[] bytes) {
        Document doc = reader.parse(displayName, bytes);
        return new Loaded(requirements(doc, displayName), locator(doc.root()));
    }

    private static Function<String, Optional<Location>> locator(Node root) {
        return key -> {
            Optional<Location> found = Optional.empty();
            Node node = root;
            for (String part : key.split("\\.")) {
                Optional<Node> child = node.asObject().flatMap(o -> o.get(part));
                if (child.isEmpty()) {
                    break;
                }
                node = child.get();
                found = Optional.of(node.location());
            }
            return found;
        };
    }

    private Requirements requirements(Document doc, String displayName) {
        Problems problems = new Problems();
        for (Location duplicate : doc.duplicateKeys()) {
            problems.add(duplicate, "this key is written twice in the same object, expected each key once");
        }
        Section top = Section.of(doc.root(), "the requirements file", null, problems)
                .orElseThrow(() -> new InvalidInputException(
                        doc.root().location(),
                        "expected an object with 'system' and 'entities' at the top of the requirements file, found "
                                + Section.found(doc.root())));
        Set<String> assumed = new TreeSet<>();
        SystemInfo system = SystemReader.system(top, assumed);
        Set<Feature> features = SystemReader.features(top, assumed);
        List<Actor> actors = ActorsReader.read(top, assumed);
        List<Entity> entities = EntitiesReader.read(top, features);
        if (features.contains(Feature.AUTH)
                && !entities.isEmpty()
                && entities.stream().noneMatch(Entity::account)) {
            top.report(
                    SystemReader.featureLocation(top, Feature.AUTH),
                    "feature 'auth' needs an entity marked 'account: true', the one users sign in as");
        }
        List<AccessPattern> patterns = AccessPatternsReader.read(top, actors, entities, features, assumed);
        List<Event> events = EventsReader.read(top, entities, assumed);
        Scale scale = ScaleReader.read(top, assumed);
        Team team = TeamReader.read(top, assumed);
        Constraints constraints = ConstraintsReader.read(top, assumed);
        AssumptionsReader.read(top, assumed);
        Brief brief = BriefReader.read(top);
        problems.throwIfAny();
        return new Requirements(
                displayName,
                system,
                features,
                actors,
                entities,
                patterns,
                events,
                scale,
                team,
                constraints,
                List.copyOf(assumed),
                brief);
    }
}
