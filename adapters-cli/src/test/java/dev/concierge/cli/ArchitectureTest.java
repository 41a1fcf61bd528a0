package dev.concierge.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module graph is the architecture: adapters meet only in this module, the composition root.
 * (That core depends on no adapter and no framework is checked in core's own tests.)
 */
class ArchitectureTest {
  private static final List<String> ADAPTERS =
      List.of("persistence", "files", "http", "web", "slack", "claude", "ses", "ical", "cli");

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          // the test jars this module's tests use (the fake Slack, the fake Messages API) are tests
          .withImportOption(location -> !location.contains("-tests.jar"))
          .importPackages("dev.concierge");

  @Test
  void no_adapter_depends_on_another_adapter() {
    for (String adapter : ADAPTERS) {
      if (adapter.equals("cli")) {
        continue;
      }
      String[] others =
          ADAPTERS.stream()
              .filter(other -> !other.equals(adapter))
              .map(other -> "dev.concierge." + other + "..")
              .toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage("dev.concierge." + adapter + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others)
          .because("adapters meet only in the composition root (adapters-cli)")
          .check(classes);
    }
  }

  @Test
  void core_depends_on_no_adapter() {
    noClasses()
        .that()
        .resideInAPackage("dev.concierge.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            ADAPTERS.stream().map(a -> "dev.concierge." + a + "..").toArray(String[]::new))
        .check(classes);
  }
}
