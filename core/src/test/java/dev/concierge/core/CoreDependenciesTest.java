package dev.concierge.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Core is plain Java: it may use the JDK and slf4j-api, and nothing else. */
class CoreDependenciesTest {

  @Test
  void core_depends_only_on_the_jdk_and_slf4j() {
    classes()
        .that()
        .resideInAPackage("dev.concierge.core..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "dev.concierge.core..", "org.slf4j..")
        .because("core is a framework-free library that any JVM app can embed")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.concierge.core"));
  }
}
