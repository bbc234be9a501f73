package gov.hotline.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Watches what the server has committed: every ~{@value #PERIOD_MICROS} µs it reads the {@code
 * event_at} (the Timestamp the bench sent) of the newest row in {@code telephony.ami_event} of the
 * bench's server. The server commits one connection's messages in order, so every event stamped up
 * to that value is persisted by now; each of them is given the latency "now − its send stamp". The
 * figure is an upper bound by at most one polling period plus one query (a few ms).
 */
final class PersistedWatcher implements AutoCloseable {
  static final long PERIOD_MICROS = 2_000;

  /** A stretch of events (by number) whose latencies are recorded together. */
  static final class Phase {
    final String name;
    final long from;
    long to = Long.MAX_VALUE;
    final LatencyHistogram latency = new LatencyHistogram();
    long lastVisibleMicros;

    Phase(String name, long from) {
      this.name = name;
      this.from = from;
    }
  }

  private final SendLog log;
  private final Connection db;
  private final PreparedStatement newest;
  private final Thread thread;
  private final List<Phase> phases = new ArrayList<>();
  private volatile long persisted;
  private volatile boolean running = true;
  private long polls;

  PersistedWatcher(SendLog log, String url, String user, String serverId) throws SQLException {
    this.log = log;
    this.db = DriverManager.getConnection(url, user, "");
    this.newest =
        db.prepareStatement(
            "SELECT event_at FROM telephony.ami_event WHERE server_id = ? "
                + "ORDER BY received_at DESC LIMIT 1");
    newest.setString(1, serverId);
    this.thread = Thread.ofPlatform().daemon().name("persisted-watcher").start(this::run);
  }

  /** Starts recording latencies of events from the next one sent; ends the previous phase. */
  synchronized Phase phase(String name) {
    long from = log.count();
    if (!phases.isEmpty()) {
      phases.getLast().to = from;
    }
    Phase p = new Phase(name, from);
    phases.add(p);
    return p;
  }

  /** Ends the current phase at the events sent so far. */
  synchronized void endPhase() {
    if (!phases.isEmpty()) {
      phases.getLast().to = Math.min(phases.getLast().to, log.count());
    }
  }

  /** How many of the events sent are persisted, as far as the watcher has seen. */
  long persisted() {
    return persisted;
  }

  long polls() {
    return polls;
  }

  private void run() {
    while (running) {
      long t0 = log.nowMicros();
      try {
        poll();
      } catch (SQLException e) {
        // the table appears once the server has migrated its database: keep polling
      }
      long rest = PERIOD_MICROS - (log.nowMicros() - t0);
      if (rest > 0) {
        LockSupport.parkNanos(rest * 1000);
      }
    }
  }

  private void poll() throws SQLException {
    Long stamp = null;
    try (ResultSet rs = newest.executeQuery()) {
      if (rs.next()) {
        OffsetDateTime t = rs.getObject(1, OffsetDateTime.class);
        stamp = t == null ? null : t.toEpochSecond() * 1_000_000 + t.getNano() / 1000;
      }
    }
    long now = log.nowMicros();
    polls++;
    if (stamp == null) {
      return;
    }
    long before = persisted;
    long upTo = log.countUpTo(stamp, before);
    if (upTo > before) {
      record(before, upTo, now);
      persisted = upTo;
    }
  }

  private synchronized void record(long from, long to, long nowMicros) {
    for (Phase p : phases) {
      long a = Math.max(from, p.from);
      long b = Math.min(to, p.to);
      for (long n = a; n < b; n++) {
        p.latency.recordNanos((nowMicros - log.stamp(n)) * 1000);
      }
      if (b > a) {
        p.lastVisibleMicros = nowMicros;
      }
    }
  }

  /**
   * Waits until {@code n} events are persisted; gives up (false) once nothing more was persisted
   * for {@code stallMillis}, as when the server dropped the last events of a phase.
   */
  boolean awaitPersisted(long n, long stallMillis) {
    long seen = persisted;
    long deadline = System.nanoTime() + stallMillis * 1_000_000;
    while (persisted < n) {
      if (persisted != seen) {
        seen = persisted;
        deadline = System.nanoTime() + stallMillis * 1_000_000;
      } else if (System.nanoTime() > deadline) {
        return false;
      }
      LockSupport.parkNanos(1_000_000);
    }
    return true;
  }

  @Override
  public void close() throws SQLException {
    running = false;
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    db.close();
  }
}
