package gov.hotline.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import gov.hotline.infra.config.HotlineConfig;
import gov.hotline.infra.db.Database;
import gov.hotline.infra.support.TestClock;
import gov.hotline.infra.support.TestDatabase;
import gov.hotline.reporting.port.Rollup;
import gov.hotline.reporting.verticle.RollupVerticle;
import gov.hotline.telephony.support.Await;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/**
 * A server asked to stop while a rollup fold runs a long statement (a rebuild over months of calls)
 * stops in seconds: the statement is cancelled and its transaction rolls back, to be redone at the
 * next start.
 */
class ApplicationStopTest {
  private static final String QUERY_CANCELED = "57014";

  @Test
  void aFoldRunningWhenTheServerStopsIsCancelledAndDoesNotHoldTheStop() {
    try (TestDatabase tdb = TestDatabase.migrated("stop")) {
      HotlineConfig cfg =
          HotlineConfig.from(
              TestClock.env(Map.of("HOTLINE_DB_URL", tdb.url(), "HOTLINE_DB_USER", tdb.user())));
      Database db = Database.open(cfg);
      Vertx vertx = Vertx.vertx();
      AtomicReference<DataAccessException> failure = new AtomicReference<>();
      Rollup rebuild =
          () -> {
            try {
              db.dsl().fetch("SELECT pg_sleep(600)");
            } catch (DataAccessException e) {
              failure.compareAndSet(null, e);
              throw e;
            }
            return 1;
          };
      RollupVerticle rollups = new RollupVerticle(List.of(rebuild), 10);
      vertx
          .deployVerticle(
              rollups, new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD))
          .await();
      Await.until("the fold is running", Duration.ofSeconds(10), () -> sleeping(db) > 0);

      rollups.halt(); // what closing the reporting context does first
      boolean closed =
          assertTimeoutPreemptively(
              Duration.ofSeconds(20), () -> Application.stop(vertx, db, Duration.ofSeconds(4)));

      assertThat(closed).as("Vert.x closed within the stop's time").isTrue();
      assertThat(failure.get()).isNotNull();
      assertThat(failure.get().sqlState()).isEqualTo(QUERY_CANCELED);
      assertThat(sleeping(db)).isZero();
      db.close();
    }
  }

  private static int sleeping(Database db) {
    return db.dsl()
        .fetchSingle(
            "SELECT count(*)::int FROM pg_stat_activity"
                + " WHERE state = 'active' AND query LIKE 'SELECT pg_sleep%'")
        .get(0, Integer.class);
  }
}
