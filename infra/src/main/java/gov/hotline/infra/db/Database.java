package gov.hotline.infra.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import gov.hotline.infra.config.HotlineConfig;
import gov.hotline.infra.config.HotlineConfig.ConfigException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL the server uses: the configured one (creating its database if missing), or — only
 * with the default URL, when nothing listens there and the process is not root — an embedded
 * PostgreSQL under the data directory.
 */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);
  private static final Pattern URL =
      Pattern.compile("(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?");

  private final HikariDataSource dataSource;
  private final EmbeddedPostgres embedded;
  private final DSLContext dsl;
  private final String applicationName;

  private Database(HikariDataSource dataSource, EmbeddedPostgres embedded, String applicationName) {
    this.dataSource = dataSource;
    this.embedded = embedded;
    this.applicationName = applicationName;
    // execute logging off: jOOQ's per-statement debug listener costs measurable CPU on the intake
    // hot path
    this.dsl = DSL.using(dataSource, SQLDialect.POSTGRES, new Settings().withExecuteLogging(false));
  }

  /** Connects (creating the database if needed), migrates every schema, and returns the pool. */
  public static Database open(HotlineConfig cfg) {
    String url = cfg.dbUrl();
    EmbeddedPostgres embedded = null;
    try {
      ensureDatabase(url, cfg.dbUser(), cfg.dbPassword());
    } catch (SQLException e) {
      if (!isUnreachable(e)) {
        throw new ConfigException("无法连接数据库 " + url + "：" + e.getMessage());
      }
      if (!HotlineConfig.DEFAULT_DB_URL.equals(url)
          || "root".equals(System.getProperty("user.name"))) {
        throw new ConfigException(
            "无法连接 PostgreSQL（"
                + url
                + "）。请先启动 PostgreSQL，例如："
                + " pg_ctlcluster 15 main start ；或通过 HOTLINE_DB_URL / HOTLINE_DB_USER / HOTLINE_DB_PASSWORD 指定数据库。"
                + "（以 root 身份运行时不会启动内置 PostgreSQL）");
      }
      embedded = startEmbedded(cfg);
      url = embedded.getJdbcUrl("postgres", "hotline");
    }
    HikariConfig hc = new HikariConfig();
    hc.setJdbcUrl(url);
    hc.setUsername(embedded == null ? cfg.dbUser() : "postgres");
    hc.setPassword(embedded == null ? cfg.dbPassword() : "");
    hc.setMaximumPoolSize(cfg.dbPoolSize());
    // in an outage a request gets its 503 after dbWait, not after the pool's default 30 s
    hc.setConnectionTimeout(cfg.dbWait().toMillis());
    hc.setValidationTimeout(Math.min(1000, cfg.dbWait().toMillis()));
    hc.addDataSourceProperty(
        "connectTimeout", Long.toString(Math.max(1, cfg.dbWait().toSeconds())));
    hc.setPoolName("hotline-db");
    hc.addDataSourceProperty("reWriteBatchedInserts", "true");
    // this pool's sessions are found by name in pg_stat_activity (see cancelRunningStatements)
    String applicationName =
        "hotline-"
            + ProcessHandle.current().pid()
            + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    hc.addDataSourceProperty("ApplicationName", applicationName);
    HikariDataSource ds = new HikariDataSource(hc);
    Migrations.migrate(ds);
    LOG.info("database ready at {}", url);
    return new Database(ds, embedded, applicationName);
  }

  private static EmbeddedPostgres startEmbedded(HotlineConfig cfg) {
    try {
      LOG.warn(
          "no PostgreSQL at {}; starting an embedded PostgreSQL under {}",
          cfg.dbUrl(),
          cfg.dataDir());
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder()
              .setDataDirectory(cfg.dataDir().resolve("pg"))
              .setCleanDataDirectory(false)
              .start();
      try (Connection c = pg.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'hotline'");
        if (!rs.next()) {
          s.execute("CREATE DATABASE hotline");
        }
      }
      return pg;
    } catch (IOException | SQLException e) {
      throw new ConfigException("内置 PostgreSQL 启动失败：" + e.getMessage());
    }
  }

  /**
   * Creates the database named in the URL when the server is reachable but the database is missing.
   */
  static void ensureDatabase(String url, String user, String password) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.isValid(2);
    } catch (SQLException e) {
      if (!"3D000"
          .equals(e.getSQLState())) { // invalid_catalog_name: the database does not exist yet
        throw e;
      }
      Matcher m = URL.matcher(url);
      if (!m.matches()) {
        throw e;
      }
      String admin = m.group(1) + "postgres" + (m.group(3) == null ? "" : m.group(3));
      try (Connection c = DriverManager.getConnection(admin, user, password);
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + m.group(2));
        LOG.info("created database {}", m.group(2));
      } catch (SQLException create) {
        if (!"42P04"
            .equals(create.getSQLState())) { // duplicate_database: another instance was faster
          throw create;
        }
      }
    }
  }

  private static boolean isUnreachable(SQLException e) {
    String state = e.getSQLState();
    return state != null && state.startsWith("08");
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public DSLContext dsl() {
    return dsl;
  }

  /** True when the database answers a trivial query in time (the pool's wait, then one second). */
  public boolean isHealthy() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(1);
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * Cancels the statements this pool's sessions are running now, through a connection of its own
   * (the pool may be exhausted); returns how many. At shutdown a long fold must not hold the stop:
   * its transaction rolls back and the next fold redoes it.
   */
  public int cancelRunningStatements() {
    Properties props = new Properties();
    props.setProperty("user", dataSource.getUsername());
    if (dataSource.getPassword() != null) {
      props.setProperty("password", dataSource.getPassword());
    }
    props.setProperty("connectTimeout", "2");
    props.setProperty("socketTimeout", "2");
    props.setProperty("ApplicationName", applicationName + "-stop");
    try (Connection c = DriverManager.getConnection(dataSource.getJdbcUrl(), props);
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT count(*) FILTER (WHERE pg_cancel_backend(pid)) FROM pg_stat_activity"
                    + " WHERE application_name = ? AND state = 'active'")) {
      ps.setString(1, applicationName);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    } catch (SQLException e) {
      LOG.warn("could not cancel the running statements at shutdown: {}", e.getMessage());
      return 0;
    }
  }

  @Override
  public void close() {
    dataSource.close();
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        LOG.warn("embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
      }
    }
  }
}
