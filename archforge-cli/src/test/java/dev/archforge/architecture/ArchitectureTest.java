package dev.archforge.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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
            .layer("engine")
            .definedBy("dev.archforge.engine..")
            .layer("mcp")
            .definedBy("dev.archforge.mcp..")
            .layer("cli")
            .definedBy("dev.archforge.cli..")
            .whereLayer("cli")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("mcp")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("engine")
            .mayOnlyBeAccessedByLayers("cli", "mcp")
            .whereLayer("report")
            .mayOnlyBeAccessedByLayers("cli", "mcp")
            .whereLayer("openapi")
            .mayOnlyBeAccessedByLayers("engine")
            .whereLayer("sql")
            .mayOnlyBeAccessedByLayers("engine")
            .whereLayer("init")
            .mayOnlyBeAccessedByLayers("engine", "cli", "mcp")
            .whereLayer("blueprint")
            .mayOnlyBeAccessedByLayers("engine", "cli", "mcp")
            .whereLayer("design")
            .mayOnlyBeAccessedByLayers("blueprint", "init", "engine", "cli", "mcp")
            .whereLayer("lint")
            .mayOnlyBeAccessedByLayers("openapi", "sql", "engine", "cli", "mcp")
            .whereLayer("pg")
            .mayOnlyBeAccessedByLayers("sql", "blueprint")
            .whereLayer("source")
            .mayOnlyBeAccessedByLayers("lint", "openapi", "sql", "design", "init", "engine", "cli", "mcp")
            .whereLayer("model")
            .mayOnlyBeAccessedByLayers(
                    "source",
                    "lint",
                    "openapi",
                    "sql",
                    "design",
                    "blueprint",
                    "init",
                    "report",
                    "engine",
                    "cli",
                    "mcp");

    /**
     * The command line and the MCP server parse arguments and present results; the review and
     * design flow is the engine's, so every face gets the same answers. A face may use the design's result types
     * (decisions, questions, blueprint files) to print them, never what makes them.
     */
    @ArchTest
    static final ArchRule facesHoldNoReviewOrDesignLogic = noClasses()
            .that()
            .resideInAnyPackage("dev.archforge.cli..", "dev.archforge.mcp..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.archforge.openapi..",
                    "dev.archforge.sql..",
                    "dev.archforge.design.decision..",
                    "dev.archforge.design.capacity..",
                    "dev.archforge.design.cost..",
                    "dev.archforge.design.artifact.openapi..",
                    "dev.archforge.design.artifact.sql..")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Reviewer")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleName("Designer")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleName("Blueprints")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleName("InitSession")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleName("RequirementsLoader")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleName("ConfigLoader")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleName("RuleRunner");

    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages =
            slices().matching("dev.archforge.(*)..").should().beFreeOfCycles();

    /**
     * Every package its own slice, across all modules: no package cycle at any depth. The rule
     * interfaces stay in {@code …rules}, the areas in {@code …rules.<area>} depend on them, and only
     * the catalogues ({@code openapi.catalog}, {@code sql.catalog}) list the areas.
     */
    @ArchTest
    static final ArchRule noPackageCyclesAtAnyDepth =
            slices().matching("dev.archforge.(**)").should().beFreeOfCycles();

    /** Rules read the AST, the schema model and the file's facts, never the lexer's tokens. */
    @ArchTest
    static final ArchRule sqlRulesDoNotSeeTheParser = noClasses()
            .that()
            .resideInAnyPackage("dev.archforge.sql.rules..", "dev.archforge.sql.catalog..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.archforge.sql.parse..")
            .because("the parser gives the AST what rules need; a rule re-reading tokens duplicates the grammar");

    /** The schema model replays statements; reading text (search_path values too) is the parser's job. */
    @ArchTest
    static final ArchRule sqlSchemaModelDoesNotCallTheParser = noClasses()
            .that()
            .resideInAPackage("dev.archforge.sql.schema..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.archforge.sql.parse..");

    /** The AST is what the parser produces and everything else reads: it depends on none of them. */
    @ArchTest
    static final ArchRule sqlAstIsALeaf = noClasses()
            .that()
            .resideInAPackage("dev.archforge.sql.ast..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.archforge.sql.parse..",
                    "dev.archforge.sql.schema..",
                    "dev.archforge.sql.rules..",
                    "dev.archforge.sql.catalog..");

    @ArchTest
    static final ArchRule noCyclesBetweenOpenApiPackages =
            slices().matching("dev.archforge.openapi.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenSqlPackages =
            slices().matching("dev.archforge.sql.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenMcpPackages =
            slices().matching("dev.archforge.mcp.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenDesignPackages =
            slices().matching("dev.archforge.design.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule rulesDoNotDependOnEachOtherAcrossAreas =
            slices().matching("dev.archforge.openapi.rules.(*)..").should().notDependOnEachOther();

    @ArchTest
    static final ArchRule sqlRulesDoNotDependOnEachOtherAcrossAreas =
            slices().matching("dev.archforge.sql.rules.(*)..").should().notDependOnEachOther();
}
