package gov.hotline.infra.db.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.TestDatabase;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Exactly one instance runs a job at a time: the lock of another "instance" (connection) keeps the
 * job out.
 */
@Tag("db")
class PgAdvisoryJobLockTest {
  private static TestDatabase db;

  @BeforeAll
  static void migrate() {
    db = TestDatabase.migrated("job_lock");
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @Test
  void aJobRunningOnOneInstanceIsSkippedOnAnother() throws Exception {
    PgAdvisoryJobLock first = new PgAdvisoryJobLock(db.dsl());
    PgAdvisoryJobLock second = new PgAdvisoryJobLock(db.dsl());
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Boolean> holder =
        CompletableFuture.supplyAsync(
            () ->
                first.runExclusively(
                    "sweep",
                    () -> {
                      running.countDown();
                      await(release);
                    }));
    assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

    boolean ranMeanwhile = second.runExclusively("sweep", () -> {});
    boolean otherJobRan = second.runExclusively("scan", () -> {});
    release.countDown();

    assertThat(ranMeanwhile).isFalse();
    assertThat(otherJobRan).isTrue();
    assertThat(holder.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(second.runExclusively("sweep", () -> {})).isTrue();
  }

  @Test
  void aWaitingCallerRunsOnceTheJobIsFree() throws Exception {
    PgAdvisoryJobLock first = new PgAdvisoryJobLock(db.dsl());
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture.runAsync(
        () ->
            first.runExclusively(
                "scan-wait",
                () -> {
                  running.countDown();
                  await(release);
                }));
    assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

    CompletableFuture<Boolean> waiter =
        CompletableFuture.supplyAsync(
            () ->
                new PgAdvisoryJobLock(db.dsl())
                    .runExclusively("scan-wait", Duration.ofSeconds(20), () -> {}));
    release.countDown();

    assertThat(waiter.get(30, TimeUnit.SECONDS)).isTrue();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
