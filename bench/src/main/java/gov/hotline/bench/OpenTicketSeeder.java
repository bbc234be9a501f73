package gov.hotline.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;

/**
 * Loads open tickets straight into {@code core.ticket} with COPY, for the escalation sweep
 * benchmark: a mix of dispatched (sign-for clock), signed and extension-requested (handling clock)
 * and replied (callback clock) tickets, clocks started up to ten days ago with limits of 4 h, 24 h,
 * 7 d and 15 d, so that some are overdue, some near-due and most neither. Their content ends in
 * （派单压测）; the dispatch scan is moved past them, since a bulk load is not intake.
 */
final class OpenTicketSeeder {
  private static final String MARK = "（派单压测）";
  private static final Duration[] LIMITS = {
    Duration.ofHours(4), Duration.ofHours(24), Duration.ofDays(7), Duration.ofDays(15)
  };
  private static final String[] STATUSES = {
    "DISPATCHED",
    "DISPATCHED",
    "DISPATCHED",
    "SIGNED",
    "SIGNED",
    "SIGNED",
    "SIGNED",
    "SIGNED",
    "EXTENSION_REQUESTED",
    "REPLIED"
  };

  private final String url;
  private final String user;

  OpenTicketSeeder(String url, String user) {
    this.url = url;
    this.user = user;
  }

  /** How many bench tickets are there now. */
  long count() throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, "");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT count(*) FROM core.ticket WHERE content LIKE '%" + MARK + "'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Adds {@code n} open tickets in batches of 100,000 rows; returns the seconds it took. */
  double seed(long n, List<String> texts) throws SQLException, IOException {
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection(url, user, "")) {
      List<String> units =
          column(
              c,
              "SELECT id FROM core.org_unit WHERE active AND type IN "
                  + "('STREET','TOWN','BUREAU','ENTERPRISE') ORDER BY id");
      List<String> categories =
          column(c, "SELECT id FROM core.category WHERE parent_id IS NOT NULL ORDER BY id");
      if (units.isEmpty() || categories.isEmpty()) {
        throw new IllegalStateException(
            "the bench database has no units or categories: start the server in demo "
                + "mode on it first");
      }
      c.setAutoCommit(
          false); // the scan position moves in the same transaction: the scan never sees these as
      // new
      var copy = ((PGConnection) c).getCopyAPI();
      SplittableRandom random = new SplittableRandom(42);
      Instant now = Instant.now();
      long start = System.currentTimeMillis();
      for (long done = 0; done < n; ) {
        int batch = (int) Math.min(100_000, n - done);
        StringBuilder rows = new StringBuilder(batch * 320);
        for (int i = 0; i < batch; i++) {
          row(rows, start + done + i, random, now, texts, units, categories);
        }
        copy.copyIn(
            "COPY core.ticket (ticket_no, status, channel, caller_phone, address, appeal_type, category_id, "
                + "urgency, content, lead_unit_id, sign_due_at, handle_due_at, callback_due_at, due_at, "
                + "first_dispatched_at, dispatched_at, handling_started_at, signed_at, replied_at, created_at, version) "
                + "FROM STDIN",
            new StringReader(rows.toString()));
        done += batch;
      }
      try (Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO dispatch.scan_position (job, position) SELECT 'dispatch.scan.tickets', max(id) "
                + "FROM core.ticket ON CONFLICT (job) DO UPDATE SET position = excluded.position");
      }
      c.commit();
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE core.ticket");
      }
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void row(
      StringBuilder b,
      long serial,
      SplittableRandom random,
      Instant now,
      List<String> texts,
      List<String> units,
      List<String> categories) {
    String status = STATUSES[random.nextInt(STATUSES.length)];
    Duration limit = LIMITS[random.nextInt(LIMITS.length)];
    Instant clock = now.minusSeconds(random.nextLong(limit.toSeconds() * 14 / 10 + 1));
    Instant due = clock.plus(limit);
    Instant created = clock.minusSeconds(600);
    String text = texts.get(random.nextInt(texts.size())).replace('\t', ' ') + MARK;
    boolean dispatched = status.equals("DISPATCHED");
    boolean replied = status.equals("REPLIED");
    String sign = dispatched ? ts(due) : ts(clock.plusSeconds(3600));
    String handle = dispatched ? ts(clock.plus(Duration.ofDays(7))) : ts(due);
    String callback = replied ? ts(due) : "\\N";
    String signed = dispatched ? "\\N" : ts(clock);
    String[] cols = {
      "BD" + serial,
      status,
      "PHONE",
      String.format("139%08d", serial % 100_000_000),
      "海淀区",
      "COMPLAINT",
      categories.get(random.nextInt(categories.size())),
      "NORMAL",
      text,
      units.get(random.nextInt(units.size())),
      sign,
      handle,
      callback,
      ts(due),
      ts(clock),
      ts(clock),
      ts(clock),
      signed,
      replied ? ts(clock) : "\\N",
      ts(created),
      "0"
    };
    b.append(String.join("\t", cols)).append('\n');
  }

  private static String ts(Instant t) {
    return t.toString();
  }

  /** The first column of a query's rows, as text. */
  static List<String> column(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
