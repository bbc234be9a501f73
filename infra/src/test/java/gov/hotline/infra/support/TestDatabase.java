package gov.hotline.infra.support;

import gov.hotline.infra.db.Migrations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An isolated, migrated database on the real PostgreSQL (HOTLINE_TEST_DB_URL, default
 * 127.0.0.1:5432) for one test class; dropped on {@link #close()}.
 */
public final class TestDatabase implements AutoCloseable {
  private static final String ADMIN_URL =
      System.getenv()
          .getOrDefault("HOTLINE_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
  private static final String USER =
      System.getenv().getOrDefault("HOTLINE_TEST_DB_USER", "postgres");

  private final String name;
  private final String url;
  private final PGSimpleDataSource dataSource;

  private TestDatabase(String name) {
    this.name = name;
    this.url = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
    this.dataSource = new PGSimpleDataSource();
    dataSource.setUrl(url);
    dataSource.setUser(USER);
  }

  /**
   * A fresh empty database, not migrated (for code that migrates on its own, such as the server).
   */
  public static TestDatabase empty(String purpose) {
    String name =
        ("t_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9_]", "_");
    admin("CREATE DATABASE " + name);
    return new TestDatabase(name);
  }

  /** A fresh database with every schema migrated. */
  public static TestDatabase migrated(String purpose) {
    TestDatabase db = empty(purpose);
    Migrations.migrate(db.dataSource);
    return db;
  }

  public String url() {
    return url;
  }

  public String user() {
    return USER;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public DSLContext dsl() {
    return DSL.using(dataSource, SQLDialect.POSTGRES);
  }

  /** The single value of a query, as a number (e.g. a count). */
  public long number(String sql) {
    return ((Number) dsl().fetchValue(sql)).longValue();
  }

  /** The single value of a query, as text. */
  public String text(String sql) {
    Object v = dsl().fetchValue(sql);
    return v == null ? null : v.toString();
  }

  @Override
  public void close() {
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static void admin(String sql) {
    try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "test database admin failed: "
              + sql
              + " ("
              + e.getMessage()
              + ") — is PostgreSQL running at "
              + ADMIN_URL
              + "?",
          e);
    }
  }
}
