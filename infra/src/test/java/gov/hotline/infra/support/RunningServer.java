package gov.hotline.infra.support;

import gov.hotline.infra.Application;
import gov.hotline.infra.config.HotlineConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** The whole server, started in-process on a free port against its own test database. */
public final class RunningServer implements AutoCloseable {
  /** The /metrics bearer token of test servers. */
  public static final String METRICS_TOKEN = "test-metrics-token";

  private final TestDatabase db;
  private final Application app;
  private final int port;
  private final boolean ownsDatabase;
  private final Map<String, String> env;
  private final Application.Mode mode;
  private boolean stopped;

  private RunningServer(
      TestDatabase db,
      Application app,
      int port,
      boolean ownsDatabase,
      Map<String, String> env,
      Application.Mode mode) {
    this.db = db;
    this.app = app;
    this.port = port;
    this.ownsDatabase = ownsDatabase;
    this.env = env;
    this.mode = mode;
  }

  /**
   * This server stopped as a shutdown stops it, and started again on the same database and port
   * (with the same settings); this instance is done with.
   */
  public RunningServer restarted() {
    stop();
    return new RunningServer(
        db, Application.start(HotlineConfig.from(env), mode), port, ownsDatabase, env, mode);
  }

  public static RunningServer start(
      String purpose, Application.Mode mode, Map<String, String> extraEnv) {
    return start(purpose, mode, extraEnv, UnaryOperator.identity());
  }

  /** As above, reaching its database at {@code dbUrl} of the test database's URL (a relay). */
  public static RunningServer start(
      String purpose,
      Application.Mode mode,
      Map<String, String> extraEnv,
      UnaryOperator<String> dbUrl) {
    TestDatabase db = TestDatabase.empty(purpose);
    try {
      return startOn(db, true, mode, extraEnv, dbUrl);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /**
   * Another instance of the server on the database of {@code first} (several instances behind a
   * load balancer); its close leaves the database to {@code first}.
   */
  public static RunningServer alongside(
      RunningServer first, Application.Mode mode, Map<String, String> extraEnv) {
    Map<String, String> env = new HashMap<>(extraEnv);
    // its own files (the embedded search index is one process's)
    env.putIfAbsent(
        "HOTLINE_DATA_DIR",
        Path.of("target", "test-data", "instance-" + UUID.randomUUID().toString().substring(0, 8))
            .toString());
    return startOn(first.db, false, mode, env, UnaryOperator.identity());
  }

  private static RunningServer startOn(
      TestDatabase db,
      boolean ownsDatabase,
      Application.Mode mode,
      Map<String, String> extraEnv,
      UnaryOperator<String> dbUrl) {
    int port = freePort();
    Map<String, String> env = new HashMap<>(extraEnv);
    env.putIfAbsent("HOTLINE_AGI_PORT", "0");
    env.putIfAbsent(
        "HOTLINE_METRICS_TOKEN",
        METRICS_TOKEN); // ApiClient sends it on GET /metrics without a token                  //
    // the survey's 4573 only where a test asks for it
    // the demo's scripted city pushes no cases into test servers (their ticket counts stay the
    // demo's)
    env.putIfAbsent("HOTLINE_CITY_DEMO_CASES", "0");
    env.put("HOTLINE_HTTP_PORT", Integer.toString(port));
    env.put("HOTLINE_HTTP_HOST", "127.0.0.1");
    env.put("HOTLINE_HTTP_INSTANCES", "4");
    env.put("HOTLINE_DB_URL", dbUrl.apply(db.url()));
    env.put("HOTLINE_DB_USER", db.user());
    env.put("HOTLINE_DB_POOL_SIZE", "4");
    env.putIfAbsent(
        "HOTLINE_DATA_DIR",
        Path.of("target", "test-data", db.url().substring(db.url().lastIndexOf('/') + 1))
            .toString());
    return new RunningServer(
        db,
        Application.start(HotlineConfig.from(env), mode),
        port,
        ownsDatabase,
        Map.copyOf(env),
        mode);
  }

  public static RunningServer demo(String purpose) {
    return start(purpose, Application.Mode.DEMO, Map.of());
  }

  public ApiClient client() {
    return new ApiClient(port);
  }

  public int port() {
    return port;
  }

  public Application app() {
    return app;
  }

  public TestDatabase database() {
    return db;
  }

  public static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Stops the server as SIGTERM would, leaving its database (closed later by {@link #close}). */
  public void stop() {
    if (!stopped) {
      stopped = true;
      app.close();
    }
  }

  @Override
  public void close() {
    stop();
    if (ownsDatabase) {
      db.close();
    }
  }
}
