package gov.hotline.bench;

import gov.hotline.telephony.simulator.AmiSimulator;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;

/**
 * The phases of one AMI ingestion run and what is printed about each; then the loss check over
 * everything sent.
 */
final class AmiBenchRun {
  /**
   * A phase is over when all its events are persisted, or when nothing more was persisted for this
   * long.
   */
  private static final long STALL_MILLIS = 15_000;

  private final AmiIngestionBench.Options o;
  private final AmiSimulator sim;
  private final AmiLoadTemplate template;
  private final SendLog log;
  private final PersistedWatcher watcher;
  private final ServerSampler sampler;
  private final BenchServer server;
  private final PrintStream out;

  AmiBenchRun(
      AmiIngestionBench.Options o,
      AmiSimulator sim,
      AmiLoadTemplate template,
      SendLog log,
      PersistedWatcher watcher,
      ServerSampler sampler,
      BenchServer server,
      PrintStream out) {
    this.o = o;
    this.sim = sim;
    this.template = template;
    this.log = log;
    this.watcher = watcher;
    this.sampler = sampler;
    this.server = server;
    this.out = out;
  }

  void run() throws Exception {
    if (o.warmupSeconds() > 0) {
      phase(
          "warm-up (not counted)",
          AmiLoadFeed.atRate(template, log, o.warmupRate(), o.warmupSeconds()),
          0);
    }
    if (o.seconds() > 0) {
      phase(
          String.format(
              Locale.ROOT,
              "sustained, open loop at %,.0f events/s for %.0f s",
              o.rate(),
              o.seconds()),
          AmiLoadFeed.atRate(template, log, o.rate(), o.seconds()),
          o.seconds());
    }
    if (o.closedSeconds() > 0) {
      phase(
          String.format(
              Locale.ROOT,
              "maximum rate, closed loop for %.0f s (at most %,d events in flight)",
              o.closedSeconds(),
              o.window()),
          AmiLoadFeed.closedLoop(template, log, o.closedSeconds(), o.window(), watcher::persisted),
          o.closedSeconds());
    }
    if (o.burst() > 0) {
      Thread.sleep(3000);
      phase(
          String.format(
              Locale.ROOT, "burst of %,d events, sent as fast as the socket takes them", o.burst()),
          AmiLoadFeed.burst(template, log, o.burst()),
          0);
    }
    lossCheck();
  }

  private void phase(String name, AmiLoadFeed feed, double plannedSeconds) throws Exception {
    sampler.reset();
    long cpu0 = server.cpuTicks();
    long self0 = selfCpuNanos();
    long pg0 = postgresCpuNanos();
    long[] machine0 = MachineInfo.cpuJiffies();
    PersistedWatcher.Phase p = watcher.phase(name);
    long t0 = log.nowMicros();
    sim.play(feed).join();
    long sendEnd = log.nowMicros();
    watcher.endPhase();
    long sent = log.count() - p.from;
    boolean drained = watcher.awaitPersisted(log.count(), STALL_MILLIS);
    long t1 = log.nowMicros();
    long cpu1 = server.cpuTicks();
    long self1 = selfCpuNanos();
    long pg1 = postgresCpuNanos();
    long[] machine1 = MachineInfo.cpuJiffies();
    double wall = (t1 - t0) / 1e6; // CPU figures cover sending and draining
    double sendSeconds = (sendEnd - t0) / 1e6;
    out.println("Phase: " + name);
    out.printf(
        Locale.ROOT,
        "  sent %,d events in %.2f s (%,.0f/s)%s%n",
        sent,
        sendSeconds,
        sent / sendSeconds,
        plannedSeconds > 0 && sendSeconds > plannedSeconds + 0.5
            ? String.format(
                Locale.ROOT,
                " — the sender was held back %.1f s by the socket",
                sendSeconds - plannedSeconds)
            : "");
    double persistSeconds = (p.lastVisibleMicros - log.stamp(p.from)) / 1e6;
    long stored = stored(p.from, log.count());
    out.printf(
        Locale.ROOT,
        "  stored raw: %,d of %,d%s; first send → last persisted %.2f s = %,.0f events/s%n",
        stored,
        sent,
        stored == sent
            ? " (zero loss)"
            : " — LOST "
                + (sent - stored)
                + (drained ? "" : ", nothing more for " + STALL_MILLIS / 1000 + " s"),
        persistSeconds,
        stored / persistSeconds);
    LatencyHistogram h = p.latency;
    out.printf(
        Locale.ROOT,
        "  event→persisted ms: p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f  (%,d events)%n",
        h.percentileMicros(50) / 1e3,
        h.percentileMicros(90) / 1e3,
        h.percentileMicros(99) / 1e3,
        h.percentileMicros(99.9) / 1e3,
        h.maxMicros() / 1e3,
        h.count());
    out.printf(
        Locale.ROOT,
        "  CPU in cores: server %.2f, PostgreSQL (all its processes) %.2f, this driver %.2f; "
            + "machine %.0f %% busy%n",
        (cpu1 - cpu0) / 100.0 / wall,
        (pg1 - pg0) / 1e9 / wall,
        (self1 - self0) / 1e9 / wall,
        machinePercent(machine0, machine1));
    out.printf(
        Locale.ROOT,
        "  server: heap max %.0f MB, RSS max %d MB; AMI queue depth max %,.0f, dropped so far "
            + "%,.0f%n",
        sampler.maxHeapMb(),
        sampler.maxRssMb(),
        sampler.maxQueueDepth(),
        sampler.dropped());
    if (plannedSeconds > 0) {
      // an open-loop phase at ≥ 20,000/s meets the rate when nothing was lost and it did not fall
      // behind (≤ 1 s)
      boolean keptUp = stored == sent && p.lastVisibleMicros - t0 <= (plannedSeconds + 1) * 1e6;
      boolean rate =
          feed.openLoop() ? keptUp && o.rate() >= 20_000 : stored / persistSeconds >= 20_000;
      out.printf(
          Locale.ROOT,
          "  targets: ≥ 20,000 events/s %s; p99 < 100 ms %s%n",
          rate ? "MET" : "MISSED",
          h.percentileMicros(99) < 100_000 ? "MET" : "MISSED");
    }
  }

  private static long selfCpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }

  /**
   * CPU of every process named postgres (on a shared machine this includes other users' queries).
   */
  private static long postgresCpuNanos() {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().command().orElse("").contains("postgres"))
        .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
        .sum();
  }

  private static double machinePercent(long[] a, long[] b) {
    if (a == null || b == null || b[1] == a[1]) {
      return Double.NaN;
    }
    return 100.0 * (b[0] - a[0]) / (b[1] - a[1]);
  }

  /** Rows stored for events {@code [from, to)}, found by their stamps. */
  private long stored(long from, long to) throws SQLException {
    try (Connection c = connect()) {
      return AmiIngestionBench.number(
          c,
          "SELECT count(*) FROM telephony.ami_event WHERE server_id = '"
              + AmiIngestionBench.SERVER_ID
              + "' AND event_at BETWEEN "
              + at(log.stamp(from))
              + " AND "
              + at(log.stamp(to - 1)));
    }
  }

  private void lossCheck() throws SQLException {
    try (Connection c = connect()) {
      String server = "server_id = '" + AmiIngestionBench.SERVER_ID + "'";
      long rows =
          AmiIngestionBench.number(
              c,
              "SELECT count(*) FROM telephony.ami_event WHERE "
                  + server
                  + " AND event_at IS NOT NULL");
      long distinct =
          AmiIngestionBench.number(
              c,
              "SELECT count(DISTINCT event_at) FROM telephony.ami_event WHERE "
                  + server
                  + " AND event_at IS NOT NULL");
      long calls =
          AmiIngestionBench.number(c, "SELECT count(*) FROM telephony.call WHERE " + server);
      long expectedCalls = template.callsIn(log.count());
      out.println("Loss check over the whole run");
      out.printf(
          Locale.ROOT,
          "  raw events: %,d sent, %,d stored, %,d distinct → %s%n",
          log.count(),
          rows,
          distinct,
          rows == log.count() && distinct == rows ? "none lost, none duplicated" : "MISMATCH");
      out.printf(
          Locale.ROOT,
          "  calls: %,d begun in the events sent, %,d stored → %s%n",
          expectedCalls,
          calls,
          calls == expectedCalls ? "all there" : "MISMATCH");
      StringBuilder outcomes = new StringBuilder();
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT outcome, count(*) FROM "
                      + "telephony.call WHERE "
                      + server
                      + " GROUP BY outcome ORDER BY 2 DESC")) {
        while (rs.next()) {
          outcomes.append(String.format(Locale.ROOT, " %s %,d;", rs.getString(1), rs.getLong(2)));
        }
      }
      out.println(
          "  call outcomes:"
              + outcomes
              + " (each complete loop of load.ami: 49 answered, 251 abandoned)");
      out.printf(
          Locale.ROOT,
          "  server-side drops (hotline_ami_messages_dropped): %,.0f; watcher polls %,d; "
              + "largest stamp shift %d µs%n",
          sampler.dropped(),
          watcher.polls(),
          log.maxShiftMicros());
    }
  }

  private static String at(long micros) {
    return "(timestamptz 'epoch' + " + micros + " * interval '1 microsecond')";
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(o.db(), "postgres", "");
  }
}
