package gov.hotline.infra.db;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flyway migrations, one schema and one migration folder per context (db/migration/&lt;schema&gt;).
 */
public final class Migrations {
  /** The schemas in migration order; core first because the others may refer to its ids. */
  public static final List<String> SCHEMAS =
      List.of("core", "telephony", "kb", "dispatch", "reporting", "audit", "city");

  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {}

  public static void migrate(DataSource ds) {
    for (String schema : SCHEMAS) {
      var result =
          Flyway.configure()
              .dataSource(ds)
              .schemas(schema)
              .createSchemas(true)
              .locations("classpath:db/migration/" + schema)
              .table("flyway_schema_history")
              .loggers("slf4j")
              .load()
              .migrate();
      if (result.migrationsExecuted > 0) {
        LOG.info(
            "schema {} migrated: {} migration(s), now at version {}",
            schema,
            result.migrationsExecuted,
            result.targetSchemaVersion);
      }
    }
  }
}
