package gov.hotline.infra.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Logging;
import org.jooq.meta.jaxb.SchemaMappingType;
import org.jooq.meta.jaxb.Target;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Regenerates the committed jOOQ classes from the Flyway migrations: migrates a scratch database on
 * the local PostgreSQL and generates into {@code infra/src/main/java}. Run with {@code ./hotline
 * jooq-codegen}; the test {@code GeneratedSchemaIsCurrentTest} fails when the committed classes are
 * stale.
 */
public final class JooqCodegen {
  public static final String PACKAGE = "gov.hotline.infra.db.schema";

  private JooqCodegen() {}

  public static void main(String[] args) throws Exception {
    Path target = Path.of(args.length > 0 ? args[0] : "infra/src/main/java");
    generate(adminUrl(), "hotline_codegen", target);
  }

  static String adminUrl() {
    return System.getenv()
        .getOrDefault("HOTLINE_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
  }

  /**
   * Migrates a fresh database named {@code scratchDb} and writes the generated classes under {@code
   * targetDir}.
   */
  public static void generate(String adminUrl, String scratchDb, Path targetDir) throws Exception {
    try (Connection c = DriverManager.getConnection(adminUrl, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + scratchDb + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + scratchDb);
    }
    String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + scratchDb;
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url);
    ds.setUser("postgres");
    Migrations.migrate(ds);
    SchemaMappingType[] schemas =
        Migrations.SCHEMAS.stream()
            .map(name -> new SchemaMappingType().withInputSchema(name))
            .toArray(SchemaMappingType[]::new);
    Configuration cfg =
        new Configuration()
            .withLogging(Logging.WARN)
            .withJdbc(
                new Jdbc()
                    .withDriver("org.postgresql.Driver")
                    .withUrl(url)
                    .withUser("postgres")
                    .withPassword(""))
            .withGenerator(
                new Generator()
                    .withDatabase(
                        new Database()
                            .withName("org.jooq.meta.postgres.PostgresDatabase")
                            .withSchemata(schemas)
                            // trigger functions, and the daily partitions of telephony.ami_event
                            // that the application creates
                            .withExcludes(
                                "flyway_schema_history|ticket_history_is_append_only|ami_event_is_append_only|audit_event_append_only"
                                    + "|ensure_ami_event_partition|ami_event_\\d{8}|recording_access_is_append_only"
                                    + "|agent_operation_is_append_only"))
                    .withGenerate(
                        new Generate()
                            .withGeneratedAnnotation(false)
                            .withDaos(false)
                            .withPojos(false)
                            .withRecords(true)
                            .withJavaTimeTypes(true)
                            .withComments(true))
                    .withTarget(
                        new Target()
                            .withPackageName(PACKAGE)
                            .withDirectory(targetDir.toString())
                            .withClean(true)));
    GenerationTool.generate(cfg);
    try (Connection c = DriverManager.getConnection(adminUrl, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + scratchDb + " WITH (FORCE)");
    }
  }
}
