package crosscheck;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** Dependencies go one way, and each library stays in its package. */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("crosscheck");

    @Test
    void capabilitiesDependOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy("crosscheck.app..")
                .layer("http").definedBy("crosscheck.http..")
                .layer("ingest").definedBy("crosscheck.ingest..")
                .layer("team").definedBy("crosscheck.team..")
                .layer("extract").definedBy("crosscheck.extract..")
                .layer("claims").definedBy("crosscheck.claims..")
                .layer("nlp").definedBy("crosscheck.nlp..")
                .layer("sources").definedBy("crosscheck.sources..")
                .layer("fetch").definedBy("crosscheck.fetch..")
                .layer("store").definedBy("crosscheck.store..")
                .layer("json").definedBy("crosscheck.json..")
                .layer("model").definedBy("crosscheck.model..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("http").mayOnlyBeAccessedByLayers("app")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("app", "http")
                .whereLayer("team").mayOnlyBeAccessedByLayers("app", "http")
                .whereLayer("extract").mayOnlyBeAccessedByLayers("app", "http", "ingest")
                .whereLayer("claims").mayOnlyBeAccessedByLayers("app", "ingest")
                .whereLayer("nlp").mayOnlyBeAccessedByLayers("app", "ingest", "claims")
                .whereLayer("sources").mayOnlyBeAccessedByLayers("app", "ingest")
                .whereLayer("fetch").mayOnlyBeAccessedByLayers("app", "ingest")
                .whereLayer("store").mayOnlyBeAccessedByLayers("app", "ingest", "team")
                .whereLayer("json").mayOnlyBeAccessedByLayers("app", "http", "store", "team")
                .check(CLASSES);
    }

    @Test
    void modelUsesTheJdkOnly() {
        noClasses().that().resideInAPackage("crosscheck.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("crosscheck.model..", "java..")
                .check(CLASSES);
    }

    @Test
    void eachLibraryStaysInItsPackage() {
        noClasses().that().resideOutsideOfPackages("crosscheck.http..", "crosscheck.app..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty.server..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("crosscheck.fetch..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jetty.client..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("crosscheck.nlp..")
                .should().dependOnClassesThat().resideInAPackage("opennlp..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("crosscheck.extract..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jsoup..", "org.apache.pdfbox..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("crosscheck.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.flywaydb..", "org.sqlite..")
                .check(CLASSES);
    }
}
