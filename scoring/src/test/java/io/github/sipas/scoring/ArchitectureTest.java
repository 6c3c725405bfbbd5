package io.github.sipas.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the library, checked on the class files of sipas-core and sipas-scoring: the packages follow
 * the path of the data (responses, checks, sums, result, writers), no package depends on one further down the path,
 * and there is no cycle.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // main classes only: not the test classes of this module nor those of core's test-jar (a directory of classes
        // under mvn test, the packaged -tests.jar under mvn verify)
        ImportOption mainOnly = location -> !location.contains("/test-classes/") && !location.contains("-tests.jar");
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(mainOnly).importPackages("io.github.sipas.core", "io.github.sipas.scoring");
    }

    @Test
    void theImportSeesBothModules() {
        // guards the rules below against passing on an empty import
        org.junit.jupiter.api.Assertions.assertTrue(classes.contain("io.github.sipas.core.Survey"));
        org.junit.jupiter.api.Assertions.assertTrue(classes.contain("io.github.sipas.scoring.ScoreRun"));
        org.junit.jupiter.api.Assertions.assertTrue(classes.size() > 150, () -> classes.size() + " classes");
        org.junit.jupiter.api.Assertions.assertFalse(classes.contain("io.github.sipas.core.SurveyTest"), "no tests");
        org.junit.jupiter.api.Assertions.assertFalse(classes.contain("io.github.sipas.scoring.ScoreRunTest"));
    }

    @Test
    void noPackageCycle() {
        slices().matching("io.github.sipas.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void coreNeverSeesScoring() {
        noClasses().that().resideInAPackage("io.github.sipas.core..").should().dependOnClassesThat()
                .resideInAPackage("io.github.sipas.scoring..").check(classes);
    }

    @Test
    void internalHelpersStayInCore() {
        noClasses().that().resideOutsideOfPackage("io.github.sipas.core..").should().dependOnClassesThat()
                .resideInAPackage("io.github.sipas.core.internal..").check(classes);
    }

    @Test
    void corePackagesFollowTheDataPath() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("internal").definedBy("io.github.sipas.core.internal")
                .layer("model").definedBy("io.github.sipas.core")
                .layer("instrument").definedBy("io.github.sipas.core.instrument")
                .layer("csv").definedBy("io.github.sipas.core.csv")
                .layer("quality").definedBy("io.github.sipas.core.quality")
                .layer("collect").definedBy("io.github.sipas.core.collect")
                .whereLayer("collect").mayNotBeAccessedByAnyLayer()
                .whereLayer("quality").mayNotBeAccessedByAnyLayer()
                .whereLayer("csv").mayOnlyBeAccessedByLayers("quality", "collect")
                .whereLayer("instrument").mayOnlyBeAccessedByLayers("csv", "quality", "collect")
                .whereLayer("model").mayOnlyBeAccessedByLayers("instrument", "csv", "quality", "collect")
                .check(classes.that(com.tngtech.archunit.base.DescribedPredicate.describe("in core",
                        c -> c.getPackageName().startsWith("io.github.sipas.core"))));
    }

    @Test
    void scoringPackagesFollowTheDataPath() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("estimate").definedBy("io.github.sipas.scoring.estimate")
                .layer("disclose").definedBy("io.github.sipas.scoring.disclose")
                .layer("rank").definedBy("io.github.sipas.scoring.rank")
                .layer("uncertainty").definedBy("io.github.sipas.scoring.uncertainty")
                .layer("result").definedBy("io.github.sipas.scoring.result")
                .layer("format").definedBy("io.github.sipas.scoring.format")
                .layer("report").definedBy("io.github.sipas.scoring.report")
                .layer("pipeline").definedBy("io.github.sipas.scoring")
                .whereLayer("pipeline").mayNotBeAccessedByAnyLayer()
                .whereLayer("report").mayOnlyBeAccessedByLayers("pipeline")
                .whereLayer("format").mayOnlyBeAccessedByLayers("report", "pipeline")
                .whereLayer("result").mayOnlyBeAccessedByLayers("format", "report", "pipeline")
                .whereLayer("uncertainty").mayOnlyBeAccessedByLayers("result", "format", "report", "pipeline")
                .whereLayer("rank").mayOnlyBeAccessedByLayers("uncertainty", "result", "format", "report", "pipeline")
                .whereLayer("disclose").mayOnlyBeAccessedByLayers("rank", "uncertainty", "result", "format", "report",
                        "pipeline")
                .check(classes);
    }
}
