package dev.moddesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the arrows of DESIGN.md §1 pointing down. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.moddesk");
    }

    @Test
    void coreDependsOnNothingOfOurs() {
        classes().that().resideInAPackage("dev.moddesk.core..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages(
                        "dev.moddesk.store..", "dev.moddesk.formats..", "dev.moddesk.site..", "dev.moddesk.triage..",
                        "dev.moddesk.app..", "dev.moddesk.ui..", "dev.moddesk.cli..")
                .check(classes);
    }

    @Test
    void coreUsesNoLibraries() {
        classes().that().resideInAPackage("dev.moddesk.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.moddesk.core..", "java..")
                .check(classes);
    }

    @Test
    void ownershipOfTheDatabaseStandsOnTheJdkAlone() {
        classes().that().resideInAPackage("dev.moddesk.owner..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.moddesk.owner..", "java..", "jdk.net..")
                .check(classes);
    }

    @Test
    void theChecksStandOnTheJdkAndCommonsValidatorAlone() {
        // below the services, so the store and the site client share the one check of an address with them
        classes().that().resideInAPackage("dev.moddesk.checks..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.moddesk.checks..", "java..",
                        "org.apache.commons.validator..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("dev.moddesk.checks..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.commons.validator..")
                .check(classes);
    }

    @Test
    void nothingDependsOnUiOrCli() {
        noClasses().that().resideOutsideOfPackages("dev.moddesk.ui..").and().doNotHaveFullyQualifiedName("dev.moddesk.Main")
                .should().dependOnClassesThat().resideInAPackage("dev.moddesk.ui..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("dev.moddesk.cli..").and().doNotHaveFullyQualifiedName("dev.moddesk.Main")
                .should().dependOnClassesThat().resideInAPackage("dev.moddesk.cli..")
                .check(classes);
    }

    @Test
    void sqlOnlyInStore() {
        noClasses().that().resideOutsideOfPackage("dev.moddesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void theAdminWindowsReachTheStoreOnlyThroughServices() {
        noClasses().that().resideInAnyPackage("dev.moddesk.ui.export..", "dev.moddesk.ui.audit..",
                        "dev.moddesk.ui.reports..", "dev.moddesk.ui.admin..")
                .should().dependOnClassesThat().resideInAPackage("dev.moddesk.store..")
                .check(classes);
    }

    @Test
    void theDeskAndTheCommandLineReachTheStoreOnlyThroughServices() {
        noClasses().that().resideInAnyPackage("dev.moddesk.ui..", "dev.moddesk.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.moddesk.store..")
                .check(classes);
    }

    @Test
    void theRestClientSpeaksTypedRecordsNotJsonTrees() {
        methods().that().arePublic().and().areDeclaredInClassesThat().resideInAPackage("dev.moddesk.site..")
                .should(new ArchCondition<JavaMethod>("neither take nor give a Jackson JsonNode") {
                    @Override
                    public void check(JavaMethod m, ConditionEvents events) {
                        if (m.getRawReturnType().isAssignableTo(JsonNode.class)
                                || m.getRawParameterTypes().stream().anyMatch(t -> t.isAssignableTo(JsonNode.class))) {
                            events.add(SimpleConditionEvent.violated(m, m.getFullName() + " speaks JsonNode"));
                        }
                    }
                })
                .check(classes);
        noClasses().that().resideInAPackage("dev.moddesk.app..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void lowerLayersKnowNoServicesAndNoJavaFx() {
        noClasses().that().resideInAnyPackage("dev.moddesk.store..", "dev.moddesk.formats..", "dev.moddesk.site..",
                        "dev.moddesk.core..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.moddesk.app..", "javafx..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.moddesk.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void storeAndFormatsDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("dev.moddesk.store..")
                .should().dependOnClassesThat().resideInAPackage("dev.moddesk.formats..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.moddesk.formats..")
                .should().dependOnClassesThat().resideInAPackage("dev.moddesk.store..")
                .check(classes);
    }
}
