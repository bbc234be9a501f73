package gov.hotline.infra.city;

import gov.hotline.core.city.CityUpdate;
import gov.hotline.core.city.CityUpdateKind;
import gov.hotline.core.port.Transactions;
import gov.hotline.dispatch.port.JobLock;
import gov.hotline.infra.config.CityConfig;
import gov.hotline.infra.db.city.JooqCityOutbox;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox relay to the city platform: on a virtual thread of its own, every {@code relayEvery}
 * (and at once when woken), the instance holding the PostgreSQL advisory lock {@code city-relay}
 * sends the head of each case's unsent updates (so that a case's updates go out in order), marks it
 * sent, or counts the failure and waits base × 2^(n−1) before the next attempt; after {@code
 * maxAttempts} the message is a dead letter and its case waits until someone resends it. A crash
 * between sending and marking sends the message again: the city deduplicates it by its idempotency
 * key. A rating (好差评) delivered is marked synced in the local store.
 */
public final class CityRelay implements AutoCloseable {
  static final String JOB = "city-relay";
  private static final Logger LOG = LoggerFactory.getLogger(CityRelay.class);
  private static final int BATCH = 100;

  private final JooqCityOutbox outbox;
  private final Transactions tickets;
  private final CityClient client;
  private final JobLock lock;
  private final CityConfig cfg;
  private final Clock clock;
  private final Semaphore wake = new Semaphore(0);
  private volatile boolean running = true;
  private final Thread thread;

  public CityRelay(
      JooqCityOutbox outbox,
      Transactions tickets,
      CityClient client,
      JobLock lock,
      CityConfig cfg,
      Clock clock) {
    this.outbox = outbox;
    this.tickets = tickets;
    this.client = client;
    this.lock = lock;
    this.cfg = cfg;
    this.clock = clock;
    this.thread = Thread.ofVirtual().name("city-relay").unstarted(this::loop);
  }

  public CityRelay start() {
    thread.start();
    return this;
  }

  /** Sends soon (a resend, a fresh update) instead of at the next period. */
  public void wakeUp() {
    wake.release();
  }

  private void loop() {
    while (running) {
      try {
        lock.runExclusively(JOB, this::drain);
      } catch (RuntimeException e) {
        LOG.warn("city relay round failed: {}", e.getMessage());
      }
      try {
        wake.tryAcquire(cfg.relayEvery().toMillis(), TimeUnit.MILLISECONDS);
        wake.drainPermits();
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Sends until nothing is due; one round of heads at a time keeps each case in order. */
  private void drain() {
    while (running) {
      List<JooqCityOutbox.Message> due = outbox.due(clock.instant(), BATCH);
      if (due.isEmpty()) {
        return;
      }
      for (JooqCityOutbox.Message m : due) {
        if (!running) {
          return;
        }
        deliver(m);
      }
    }
  }

  private void deliver(JooqCityOutbox.Message m) {
    CityClient.Sent sent = client.send(m);
    if (!running && !sent.ok()) {
      return; // stopping: an interrupted attempt is no failure of the city's
    }
    Instant now = clock.instant();
    if (sent.ok()) {
      outbox.markSent(m.id(), now);
      if (CityUpdateKind.RATING.name().equals(m.kind())) {
        long rating = CityUpdate.ratingIdOf(m.idempotencyKey());
        tickets.inTransaction(
            r -> {
              r.ratings().markSynced(rating, now);
              return null;
            });
      }
      return;
    }
    int attempts = m.attempts() + 1;
    boolean dead = sent.permanent() || attempts >= cfg.maxAttempts();
    outbox.markFailed(m.id(), sent.error(), now.plus(cfg.backoff(attempts)), dead);
    if (dead) {
      LOG.warn(
          "city update {} of case {} is a dead letter after {} attempt(s): {}",
          m.idempotencyKey(),
          m.caseNo(),
          attempts,
          sent.error());
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(3000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
