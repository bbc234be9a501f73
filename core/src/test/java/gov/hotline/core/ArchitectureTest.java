package gov.hotline.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import gov.hotline.core.ticket.TicketLifecycle;
import org.junit.jupiter.api.Test;

/**
 * The domain kernel depends on the JDK only (DESIGN §2): no framework, database, JSON or telephony
 * types.
 */
class ArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("gov.hotline.core");

  @Test
  void coreUsesNoFrameworkDatabaseJsonTelephonyOrSearchTypes() {
    noClasses()
        .that()
        .resideInAPackage("gov.hotline.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.vertx..",
            "org.jooq..",
            "java.sql..",
            "com.fasterxml..",
            "org.asteriskjava..",
            "org.apache.lucene..")
        .check(CORE);
  }

  @Test
  void coreDependsOnlyOnTheJdkLoggingApiAndItself() {
    classes()
        .that()
        .resideInAPackage("gov.hotline.core..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "javax..", "org.slf4j..", "gov.hotline.core..")
        .check(CORE);
  }

  @Test
  void theRulesAreCheckedAgainstTheMainClassesOnly() {
    assertThat(CORE.contain(TicketLifecycle.class)).isTrue();
    assertThat(CORE.contain(ArchitectureTest.class)).isFalse();
  }
}
