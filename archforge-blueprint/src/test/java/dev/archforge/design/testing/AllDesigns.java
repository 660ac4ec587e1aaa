package dev.archforge.design.testing;

import dev.archforge.design.Designer;
import dev.archforge.design.artifact.DesignVariants;
import dev.archforge.design.artifact.TestDesignsAccess;
import dev.archforge.design.plan.Design;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.requirements.RequirementsLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Every design the test suite produces, by name, for tests that must hold on all of them: the
 * example requirement files and the drafts {@code archforge init} writes (every {@code *.yaml} in
 * their folders), every public no-argument factory of a {@link Design} or of {@link Requirements} in
 * the holder classes below (a factory added there later is picked up), the generated systems of the
 * speed tests, and the fitness requirements pushed across the thresholds that change a decision.
 * A new holder class goes into {@link #HOLDERS}.
 */
public final class AllDesigns {
    /** Classes whose public static no-argument methods return a design or requirements to design. */
    static final List<Class<?>> HOLDERS =
            List.of(SampleDesigns.class, DesignVariants.class, TestDesignsAccess.class, Shapes.class, Variants.class);

    static final Path EXAMPLES = Path.of("../examples/design");
    /** The drafts are archforge-init's golden files, read here as requirements (no module dependency). */
    static final Path DRAFTS = Path.of("../archforge-init/src/test/resources/init");

    private static final Map<String, Design> CACHE = new ConcurrentHashMap<>();

    private AllDesigns() {}

    /**
     * A design and the name tests report it by: {@code example/telemetry}, {@code DesignVariants.payments}.
     *
     * @param designed made by the decision engine from requirements; false for a hand-built design, whose
     *     decisions are fixture text rather than what the rules write
     */
    public record Named(String name, Supplier<Design> supplier, boolean designed) {
        /** The design, made once per test run. */
        public Design design() {
            return CACHE.computeIfAbsent(name, n -> supplier.get());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every design, examples first. */
    public static List<Named> all() {
        List<Named> out = new ArrayList<>();
        out.addAll(files("example/", EXAMPLES));
        out.addAll(files("draft/", DRAFTS));
        out.addAll(factories());
        out.add(designed("Synthetic.of(50)", () -> Synthetic.of(50)));
        out.add(designed("Synthetic.of(200)", () -> Synthetic.of(200)));
        out.addAll(crossings());
        return List.copyOf(out);
    }

    /** The designs the decision engine made, whose decision texts the rules wrote. */
    public static List<Named> designed() {
        return all().stream().filter(Named::designed).toList();
    }

    /** The examples only: the designs whose blueprints are checked in. */
    public static List<Named> examples() {
        return files("example/", EXAMPLES);
    }

    private static List<Named> files(String prefix, Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .map(p -> {
                        String file = p.getFileName().toString();
                        return new Named(
                                prefix + file.substring(0, file.length() - ".yaml".length()), () -> load(p), true);
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Design load(Path file) {
        try {
            RequirementsLoader.Loaded loaded =
                    new RequirementsLoader().read(file.getFileName().toString(), Files.readAllBytes(file));
            return new Designer().design(loaded.requirements(), loaded.locations());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Named> factories() {
        List<Named> out = new ArrayList<>();
        for (Class<?> holder : HOLDERS) {
            Arrays.stream(holder.getMethods())
                    .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0)
                    .filter(m -> m.getReturnType() == Design.class || m.getReturnType() == Requirements.class)
                    .sorted(Comparator.comparing(Method::getName))
                    .forEach(m -> out.add(new Named(
                            holder.getSimpleName() + "." + m.getName(),
                            () -> m.getReturnType() == Design.class
                                    ? (Design) invoke(m)
                                    : design((Requirements) invoke(m)),
                            m.getReturnType() == Requirements.class)));
        }
        return out;
    }

    private static Object invoke(Method m) {
        try {
            return m.invoke(null);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot call " + m, e);
        }
    }

    /**
     * The fitness requirements with one input past a threshold, so the branches the examples do not
     * take are designed too: each feature, each compliance regime, other hosting, a big team, a
     * flash-sale peak, a tiny tool.
     */
    private static List<Named> crossings() {
        List<Named> out = new ArrayList<>();
        for (Feature f : Feature.values()) {
            out.add(designed("fitness+" + f.id(), () -> Variants.plusFeatures(Variants.fitness(), f)));
        }
        for (String regime : List.of("pci", "hipaa", "soc2")) {
            out.add(designed("fitness+" + regime, () -> Variants.compliance(Variants.fitness(), regime)));
        }
        out.add(designed("fitness on-premises", () -> Variants.hosting(Variants.fitness(), "on-premises", "any")));
        out.add(designed("fitness on gcp", () -> Variants.hosting(Variants.fitness(), "cloud", "gcp")));
        out.add(designed("fitness with 40 people in 6 teams", () -> Variants.team(Variants.fitness(), 40, 6)));
        out.add(designed("fitness at 5,000 req/s", () -> Variants.peakRps(Variants.fitness(), 5000)));
        out.add(designed("fitness with 40 users", () -> Variants.users(Variants.fitness(), 40, 40)));
        out.add(designed("fitness at 99.99 %", () -> Variants.availability(Variants.fitness(), 99.99)));
        out.add(designed("saas at 50,000 req/s", () -> Variants.peakRps(Shapes.saas(), 50_000)));
        return out;
    }

    private static Named designed(String name, Supplier<Requirements> requirements) {
        return new Named(name, () -> design(requirements.get()), true);
    }

    private static Design design(Requirements requirements) {
        return new Designer().design(requirements);
    }
}
