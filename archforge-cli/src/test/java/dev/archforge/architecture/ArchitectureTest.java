package dev.archforge.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module graph of docs/architecture.md, stated in code: dependencies point one way, from the
 * entry points down to the model, and no package cycles. The three design modules keep the package
 * names of the module they were split from, so their layers are told apart by package and, for
 * {@code Blueprints}, by class: archforge-design (the model, {@code Designer}), archforge-blueprint
 * ({@code design.blueprint}, {@code design.artifact}, {@code Blueprints}) and archforge-init
 * ({@code design.init}).
 */
@AnalyzeClasses(packages = "dev.archforge", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final DescribedPredicate<JavaClass> BLUEPRINT = resideInAnyPackage(
                    "dev.archforge.design.blueprint..", "dev.archforge.design.artifact..")
            .or(nameMatching("dev\\.archforge\\.design\\.Blueprints(\\$.*)?"))
            .as("archforge-blueprint");

    private static final DescribedPredicate<JavaClass> INIT =
            resideInAPackage("dev.archforge.design.init..").as("archforge-init");

    private static final DescribedPredicate<JavaClass> DESIGN = resideInAPackage("dev.archforge.design..")
            .and(not(BLUEPRINT))
            .and(not(INIT))
            .as("archforge-design");

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("dev.archforge..")
            .layer("model")
            .definedBy("dev.archforge.model..")
            .layer("pg")
            .definedBy("dev.archforge.pg..")
            .layer("source")
            .definedBy("dev.archforge.source..")
            .layer("lint")
            .definedBy("dev.archforge.lint..")
            .layer("openapi")
            .definedBy("dev.archforge.openapi..")
            .layer("sql")
            .definedBy("dev.archforge.sql..")
            .layer("design")
            .definedBy(DESIGN)
            .layer("blueprint")
            .definedBy(BLUEPRINT)
            .layer("init")
            .definedBy(INIT)
            .layer("report")
            .definedBy("dev.archforge.report..")
            .layer("cli")
            .definedBy("dev.archforge.cli..")
            .whereLayer("cli")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("report")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("openapi")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("sql")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("init")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("blueprint")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("design")
            .mayOnlyBeAccessedByLayers("blueprint", "init", "cli")
            .whereLayer("lint")
            .mayOnlyBeAccessedByLayers("openapi", "sql", "cli")
            .whereLayer("pg")
            .mayOnlyBeAccessedByLayers("sql", "blueprint")
            .whereLayer("source")
            .mayOnlyBeAccessedByLayers("lint", "openapi", "sql", "design", "init", "cli")
            .whereLayer("model")
            .mayOnlyBeAccessedByLayers(
                    "source", "lint", "openapi", "sql", "design", "blueprint", "init", "report", "cli");

    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages =
            slices().matching("dev.archforge.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenOpenApiPackages =
            slices().matching("dev.archforge.openapi.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenSqlPackages =
            slices().matching("dev.archforge.sql.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenDesignPackages =
            slices().matching("dev.archforge.design.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule rulesDoNotDependOnEachOtherAcrossAreas =
            slices().matching("dev.archforge.openapi.rules.(*)..").should().notDependOnEachOther();
}
