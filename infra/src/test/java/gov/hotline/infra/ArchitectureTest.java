package gov.hotline.infra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module layout is the architecture (DESIGN §2, CONVENTIONS §2): dependencies point inward to
 * core, feature modules never depend on each other, nothing depends on infra, SQL and drivers stay
 * in infra. Infra's test class path holds every module, so the rules are checked here over all of
 * them at once.
 */
class ArchitectureTest {
  private static final String[] FEATURES = {
    "gov.hotline.telephony..",
    "gov.hotline.kb..",
    "gov.hotline.dispatch..",
    "gov.hotline.reporting.."
  };
  private static JavaClasses all;

  @BeforeAll
  static void importAll() {
    // test classes arrive as target/test-classes folders or, from other modules, as *-tests.jar
    // files
    all =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("gov.hotline");
  }

  @Test
  void coreDependsOnTheJdkOnly() {
    classes()
        .that()
        .resideInAPackage("gov.hotline.core..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "javax.crypto..", "org.slf4j..", "gov.hotline.core..")
        .check(all);
  }

  @Test
  void featureModulesDoNotDependOnEachOther() {
    for (String feature : FEATURES) {
      String[] others =
          Arrays.stream(FEATURES).filter(f -> !f.equals(feature)).toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage(feature)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others)
          .allowEmptyShould(true)
          .check(all);
    }
  }

  @Test
  void nothingDependsOnInfra() {
    noClasses()
        .that()
        .resideOutsideOfPackage("gov.hotline.infra..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("gov.hotline.infra..")
        .check(all);
  }

  @Test
  void sqlAndDatabaseDriversLiveOnlyInInfra() {
    noClasses()
        .that()
        .resideOutsideOfPackage("gov.hotline.infra..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.jooq..",
            "java.sql..",
            "javax.sql..",
            "org.flywaydb..",
            "com.zaxxer..",
            "org.postgresql..")
        .check(all);
  }

  @Test
  void vertxStaysAtTheEdges() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "gov.hotline.core..",
            "gov.hotline.*.api..",
            "gov.hotline.*.domain..",
            "gov.hotline.*.service..",
            "gov.hotline.*.port..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.vertx..")
        .check(all);
  }

  @Test
  void asteriskSearchAndDocumentLibrariesStayInTheirAdapters() {
    noClasses()
        .that()
        .resideOutsideOfPackage("gov.hotline.telephony.adapter..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.asteriskjava..")
        .check(all);
    noClasses()
        .that()
        .resideOutsideOfPackage("gov.hotline.kb.adapter..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.lucene..", "co.elastic..")
        .check(all);
    noClasses()
        .that()
        .resideOutsideOfPackage("gov.hotline.embedding..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.langchain4j..", "ai.onnxruntime..", "ai.djl..")
        .check(all);
    noClasses()
        .that()
        .resideOutsideOfPackage("gov.hotline.reporting.adapter..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("freemarker..", "org.dhatim..", "org.apache.poi..")
        .check(all);
  }

  /**
   * Every context has one package shape (docs/architecture.md): {@code domain} (values and rules),
   * {@code port} (what it needs from outside), {@code service} (use cases), {@code adapter}
   * (libraries behind ports), {@code verticle} (what infra starts); telephony also ships its {@code
   * simulator}.
   */
  @Test
  void everyContextHasTheSamePackages() {
    for (String context : new String[] {"telephony", "kb", "dispatch", "reporting"}) {
      Set<String> packages = new TreeSet<>();
      for (JavaClass c : all) {
        String p = c.getPackageName();
        String root = "gov.hotline." + context + ".";
        if (p.startsWith(root)) {
          packages.add(p.substring(root.length()).split("\\.")[0]);
        }
      }
      assertThat(packages)
          .as(context)
          .isSubsetOf("domain", "port", "service", "adapter", "verticle", "simulator")
          .contains("domain", "port", "service");
    }
  }

  /**
   * Inside a context the arrows point to the domain: domain ← port ← service ← adapter/verticle.
   */
  @Test
  void insideAContextDependenciesPointToTheDomain() {
    for (String context : new String[] {"telephony", "kb", "dispatch", "reporting"}) {
      String p = "gov.hotline." + context + ".";
      noClasses()
          .that()
          .resideInAPackage(p + "domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              p + "port..", p + "service..", p + "adapter..", p + "verticle..", p + "simulator..")
          .check(all);
      noClasses()
          .that()
          .resideInAPackage(p + "port..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(p + "service..", p + "adapter..", p + "verticle..")
          .check(all);
      noClasses()
          .that()
          .resideInAPackage(p + "service..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(p + "adapter..", p + "verticle..")
          .allowEmptyShould(true)
          .check(all);
    }
  }
}
