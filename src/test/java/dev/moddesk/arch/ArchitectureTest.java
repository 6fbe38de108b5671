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

/** Keeps the arrows of the layers (the package-info of dev.moddesk draws them) pointing down. */
class ArchitectureTest {
    private static final String CORE = "dev.moddesk.core..";
    private static final String STORE = "dev.moddesk.store..";
    private static final String FORMATS = "dev.moddesk.formats..";
    private static final String SITE = "dev.moddesk.site..";
    private static final String APP = "dev.moddesk.app..";
    private static final String UI = "dev.moddesk.ui..";
    private static final String CLI = "dev.moddesk.cli..";
    private static final String OWNER = "dev.moddesk.owner..";
    private static final String TRIAGE = "dev.moddesk.triage..";
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.moddesk");
    }

    @Test
    void coreUsesNothingButTheJdk() {
        classes().that().resideInAPackage(CORE).should().onlyDependOnClassesThat().resideInAnyPackage(CORE, "java..")
                .check(classes);
    }

    @Test
    void ownershipOfTheDatabaseStandsOnTheJdkAlone() {
        classes().that().resideInAPackage(OWNER)
                .should().onlyDependOnClassesThat().resideInAnyPackage(OWNER, "java..", "jdk.net..")
                .check(classes);
    }

    @Test
    void theTriageIsPureJavaOverTheCoreAndCommonsValidator() {
        // below the store and the services: the store and the site client share its one check of an address, and
        // it scores whatever the services hand it without knowing where the comments live
        classes().that().resideInAPackage(TRIAGE)
                .should().onlyDependOnClassesThat().resideInAnyPackage(TRIAGE, CORE, "java..",
                        "org.apache.commons.validator..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage(TRIAGE)
                .should().dependOnClassesThat().resideInAPackage("org.apache.commons.validator..")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheShells() {
        noClasses().that().resideOutsideOfPackages(UI).and().doNotHaveFullyQualifiedName("dev.moddesk.Main")
                .should().dependOnClassesThat().resideInAPackage(UI).check(classes);
        noClasses().that().resideOutsideOfPackages(CLI).and().doNotHaveFullyQualifiedName("dev.moddesk.Main")
                .should().dependOnClassesThat().resideInAPackage(CLI).check(classes);
    }

    @Test
    void theShellsReachTheDatabaseOnlyThroughTheServices() {
        noClasses().that().resideInAnyPackage(UI, CLI).should().dependOnClassesThat().resideInAnyPackage(STORE)
                .check(classes);
    }

    @Test
    void servicesKnowNoJavaFxAndNoCommandLine() {
        noClasses().that().resideInAPackage(APP)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "picocli..", UI, CLI, OWNER)
                .check(classes);
    }

    @Test
    void theAboutDialogOnlyShowsTheVersionThePlacesAndTheLicences() {
        classes().that().resideInAPackage("dev.moddesk.ui.about..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("dev.moddesk.ui.about..", "dev.moddesk.ui.prefs..", APP, "java..", "javafx..")
                .check(classes);
    }

    @Test
    void sqlOnlyInTheStore() {
        noClasses().that().resideOutsideOfPackage(STORE)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..").check(classes);
    }

    @Test
    void theLowerLayersKnowNoServicesNoShellsAndNoJavaFx() {
        noClasses().that().resideInAnyPackage(STORE, FORMATS, SITE, CORE, TRIAGE)
                .should().dependOnClassesThat().resideInAnyPackage(APP, UI, CLI, OWNER, "javafx..", "picocli..")
                .check(classes);
    }

    @Test
    void theLowerLayersDoNotKnowEachOther() {
        noClasses().that().resideInAPackage(STORE).should().dependOnClassesThat().resideInAnyPackage(FORMATS, SITE)
                .check(classes);
        noClasses().that().resideInAPackage(FORMATS).should().dependOnClassesThat().resideInAnyPackage(STORE, SITE)
                .check(classes);
        noClasses().that().resideInAPackage(SITE).should().dependOnClassesThat().resideInAnyPackage(STORE)
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
}
