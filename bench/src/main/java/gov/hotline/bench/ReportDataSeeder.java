package gov.hotline.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;

/**
 * Loads one month of hotline traffic for the reporting benchmark: calls straight into {@code
 * telephony.call} and tickets into {@code core.ticket} with COPY, then each ticket's history
 * (create … close) into {@code core.ticket_history} with one INSERT … SELECT, shaped like the rows
 * the server writes. Bench calls have ids {@code rb-…} and bench tickets numbers {@code RB…}, so a
 * second run finds them and loads nothing.
 */
final class ReportDataSeeder {
  /** The history writers' lock of the ticket repository: a fold must not see half of this load. */
  private static final long HISTORY_WRITERS_LOCK = 0x12345_0001L;

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /**
   * Share of the day's calls in each hour (00:00 … 23:00), the double hump of a citizen hotline.
   */
  private static final double[] HOUR_SHARE = {
    0.4, 0.3, 0.2, 0.2, 0.2, 0.4, 1.0, 2.5, 6.0, 8.5, 8.8, 8.0, 5.5, 6.0, 8.0, 8.3, 7.8, 6.5, 4.5,
    3.5, 3.0, 2.5, 1.5, 0.8
  };

  private static final String[] QUEUES = {
    "hotline", "hotline", "hotline", "hotline", "hotline-enterprise", "hotline-elderly"
  };
  private static final String[] CHANNELS = {
    "PHONE", "PHONE", "PHONE", "PHONE", "PHONE", "PHONE", "WEB", "WECHAT", "APP", "MESSAGE_BOARD"
  };
  private static final String[] APPEALS = {
    "CONSULT",
    "CONSULT",
    "CONSULT",
    "HELP",
    "COMPLAINT",
    "COMPLAINT",
    "REPORT",
    "SUGGESTION",
    "PRAISE"
  };
  private static final String[] URGENCIES = {"NORMAL", "NORMAL", "NORMAL", "NORMAL", "URGENT"};

  private final String url;
  private final String user;

  ReportDataSeeder(String url, String user) {
    this.url = url;
    this.user = user;
  }

  long benchCalls() throws SQLException {
    return count("SELECT count(*) FROM telephony.call WHERE id LIKE 'rb-%'");
  }

  long benchTickets() throws SQLException {
    return count("SELECT count(*) FROM core.ticket WHERE ticket_no LIKE 'RB%'");
  }

  private long count(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Adds {@code n} inbound calls spread over the month with {@code agents} answering agents;
   * returns seconds.
   */
  double seedCalls(long n, LocalDate month, int agents) throws SQLException, IOException {
    long t0 = System.nanoTime();
    SplittableRandom random = new SplittableRandom(7);
    int days = month.lengthOfMonth();
    try (Connection c = DriverManager.getConnection(url, user, "")) {
      // each COPY commits on its own, as calls arrive: the traffic fold finds changed calls by
      // their update time
      // and tolerates commits that land up to a minute after that time, not a load that commits
      // after minutes
      var copy = ((PGConnection) c).getCopyAPI();
      StringBuilder rows = new StringBuilder(100_000 * 260);
      for (long i = 0; i < n; i++) {
        LocalDate day = month.plusDays(i * days / n);
        callRow(rows, i, day, random, agents);
        if (rows.length() > 24_000_000 || i == n - 1) {
          copy.copyIn(
              "COPY telephony.call (id, server_id, direction, outcome, caller_number, queue, started_at, "
                  + "entered_queue_at, answered_at, ended_at, last_event_at, wait_seconds, talk_seconds, hold_seconds, "
                  + "wrap_up_seconds, agent_interface, agent_name, after_hours, abandoned, recording_file) FROM STDIN",
              new StringReader(rows.toString()));
          rows.setLength(0);
        }
      }
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE telephony.call");
      }
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void callRow(
      StringBuilder b, long serial, LocalDate day, SplittableRandom r, int agents) {
    int hour = pickHour(r);
    Instant start =
        day.atStartOfDay(SHANGHAI).toInstant().plusSeconds(hour * 3600L + r.nextInt(3600));
    String id = "rb-" + serial;
    String caller = String.format("13%09d", r.nextInt(1_000_000_000));
    String queue = QUEUES[r.nextInt(QUEUES.length)];
    boolean afterHours =
        hour < 7 && r.nextInt(100) < 60; // the night service answers only emergencies
    String[] cols;
    if (afterHours) {
      Instant end = start.plusSeconds(5);
      cols =
          new String[] {
            id,
            "bench",
            "INBOUND",
            "AFTER_HOURS",
            caller,
            "\\N",
            ts(start),
            "\\N",
            "\\N",
            ts(end),
            ts(end),
            "\\N",
            "\\N",
            "\\N",
            "\\N",
            "\\N",
            "\\N",
            "true",
            "false",
            "\\N"
          };
    } else {
      Instant entered = start.plusSeconds(4); // the welcome prompt
      boolean answered = r.nextInt(100) < 88;
      if (answered) {
        int wait = (int) Math.min(280, -Math.log(1 - r.nextDouble()) * 9);
        int talk = 30 + r.nextInt(420);
        int hold = r.nextInt(10) == 0 ? r.nextInt(60) : 0;
        int wrap = 5 + r.nextInt(40);
        int agent = 6001 + r.nextInt(agents);
        Instant answeredAt = entered.plusSeconds(wait);
        Instant end = answeredAt.plusSeconds(talk + hold);
        cols =
            new String[] {
              id,
              "bench",
              "INBOUND",
              "ANSWERED",
              caller,
              queue,
              ts(start),
              ts(entered),
              ts(answeredAt),
              ts(end),
              ts(end),
              Integer.toString(wait),
              Integer.toString(talk),
              Integer.toString(hold),
              Integer.toString(wrap),
              "PJSIP/" + agent,
              "座席" + agent,
              "false",
              "false",
              "hotline-" + serial + ".wav"
            };
      } else {
        int wait =
            r.nextInt(100) < 40 ? r.nextInt(10) : 10 + (int) (-Math.log(1 - r.nextDouble()) * 40);
        Instant end = entered.plusSeconds(wait);
        cols =
            new String[] {
              id,
              "bench",
              "INBOUND",
              wait < 10 ? "SHORT_ABANDONED" : "ABANDONED",
              caller,
              queue,
              ts(start),
              ts(entered),
              "\\N",
              ts(end),
              ts(end),
              Integer.toString(wait),
              "\\N",
              "\\N",
              "\\N",
              "\\N",
              "\\N",
              "false",
              "true",
              "\\N"
            };
      }
    }
    b.append(String.join("\t", cols)).append('\n');
  }

  private static final double HOUR_SHARE_TOTAL = Arrays.stream(HOUR_SHARE).sum();

  private static int pickHour(SplittableRandom r) {
    double x = r.nextDouble() * HOUR_SHARE_TOTAL;
    for (int h = 0; h < 24; h++) {
      x -= HOUR_SHARE[h];
      if (x < 0) {
        return h;
      }
    }
    return 23;
  }

  /**
   * Adds {@code n} tickets created over the month — about a quarter of consultations closed on the
   * call, the rest dispatched to a street, town, bureau or enterprise, signed for, replied, called
   * back and closed, a few still open — and their history. Returns seconds.
   */
  double seedTickets(long n, LocalDate month) throws SQLException, IOException {
    long t0 = System.nanoTime();
    SplittableRandom random = new SplittableRandom(11);
    int days = month.lengthOfMonth();
    try (Connection c = DriverManager.getConnection(url, user, "")) {
      List<String> units =
          OpenTicketSeeder.column(
              c,
              "SELECT id FROM core.org_unit WHERE active AND type IN "
                  + "('STREET','TOWN','BUREAU','ENTERPRISE') ORDER BY id");
      List<String> categories =
          OpenTicketSeeder.column(
              c, "SELECT id FROM core.category WHERE parent_id IS NOT NULL ORDER BY id");
      if (units.isEmpty() || categories.isEmpty()) {
        throw new IllegalStateException(
            "the bench database has no units or categories: start the server in demo "
                + "mode on it first");
      }
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock_shared(" + HISTORY_WRITERS_LOCK + ")");
      }
      var copy = ((PGConnection) c).getCopyAPI();
      StringBuilder rows = new StringBuilder(100_000 * 400);
      for (long i = 0; i < n; i++) {
        ticketRow(rows, i, month.plusDays(i * days / n), random, units, categories);
        if (rows.length() > 32_000_000 || i == n - 1) {
          copy.copyIn(
              "COPY core.ticket (ticket_no, status, channel, caller_phone, address, appeal_type, category_id, "
                  + "urgency, content, lead_unit_id, sign_due_at, handle_due_at, first_dispatched_at, dispatched_at, "
                  + "handling_started_at, signed_at, replied_at, callback_at, resolved, satisfaction, closed_at, "
                  + "extension_count, created_at, version) FROM STDIN",
              new StringReader(rows.toString()));
          rows.setLength(0);
        }
      }
      try (Statement s = c.createStatement()) {
        s.execute(HISTORY);
        // the dispatch scan treats tickets above its position as new intake; a bulk load is not
        // intake
        s.execute(
            "INSERT INTO dispatch.scan_position (job, position) SELECT 'dispatch.scan.tickets', max(id) "
                + "FROM core.ticket ON CONFLICT (job) DO UPDATE SET position = excluded.position");
      }
      c.commit();
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE core.ticket");
        s.execute("ANALYZE core.ticket_history");
      }
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void ticketRow(
      StringBuilder b,
      long serial,
      LocalDate day,
      SplittableRandom r,
      List<String> units,
      List<String> categories) {
    int hour = pickHour(r);
    Instant created =
        day.atStartOfDay(SHANGHAI).toInstant().plusSeconds(hour * 3600L + r.nextInt(3600));
    String appeal = APPEALS[r.nextInt(APPEALS.length)];
    String category = categories.get(r.nextInt(categories.size()));
    String channel = CHANNELS[r.nextInt(CHANNELS.length)];
    String phone = String.format("13%09d", r.nextInt(1_000_000_000));
    String common = "RB" + serial + "\t";
    if (appeal.equals("CONSULT") && r.nextInt(100) < 70 || appeal.equals("PRAISE")) {
      Instant closed = created.plusSeconds(120 + r.nextInt(300));
      b.append(common)
          .append(
              String.join(
                  "\t",
                  "DIRECT_CLOSED",
                  channel,
                  phone,
                  "海淀区",
                  appeal,
                  category,
                  "NORMAL",
                  "（报表压测）咨询已当场解答",
                  "\\N",
                  "\\N",
                  "\\N",
                  "\\N",
                  "\\N",
                  "\\N",
                  "\\N",
                  "\\N",
                  "\\N",
                  "\\N",
                  "\\N",
                  ts(closed),
                  "0",
                  ts(created),
                  "0"))
          .append('\n');
      return;
    }
    String unit = units.get(r.nextInt(units.size()));
    Instant dispatched = created.plusSeconds(600 + r.nextInt(3000));
    Instant signDue = dispatched.plusSeconds(24 * 3600);
    Instant signed = dispatched.plusSeconds(r.nextInt(30 * 3600));
    int stage = r.nextInt(100); // how far it got: a few are still being handled
    boolean extended = r.nextInt(100) < 3;
    Instant handleDue = dispatched.plusSeconds((extended ? 14 : 7) * 86400L);
    Instant replied = signed.plusSeconds(3600 + r.nextInt(8 * 86400));
    Instant callback = replied.plusSeconds(3600 + r.nextInt(2 * 86400));
    Instant closed = callback.plusSeconds(60);
    boolean resolved = r.nextInt(100) < 90;
    int s = r.nextInt(100);
    String satisfaction = s < 86 ? "SATISFIED" : s < 96 ? "BASICALLY_SATISFIED" : "DISSATISFIED";
    String status = stage < 2 ? "SIGNED" : stage < 4 ? "REPLIED" : "CLOSED";
    b.append(common)
        .append(
            String.join(
                "\t",
                status,
                channel,
                phone,
                "海淀区",
                appeal,
                category,
                URGENCIES[r.nextInt(URGENCIES.length)],
                "（报表压测）诉求内容",
                unit,
                ts(signDue),
                ts(handleDue),
                ts(dispatched),
                ts(dispatched),
                ts(signed),
                ts(signed),
                stage < 2 ? "\\N" : ts(replied),
                stage < 4 ? "\\N" : ts(callback),
                stage < 4 ? "\\N" : Boolean.toString(resolved),
                stage < 4 ? "\\N" : satisfaction,
                stage < 4 ? "\\N" : ts(closed),
                extended ? "1" : "0",
                ts(created),
                "0"))
        .append('\n');
  }

  /**
   * Each bench ticket's history as the server writes it: actions, statuses, details and the unit
   * concerned.
   */
  private static final String HISTORY =
      """
      INSERT INTO core.ticket_history (ticket_id, at, actor_id, actor_name, actor_role, actor_unit_id, action,
                                       from_status, to_status, details, unit_id)
      SELECT t.id, h.at, 1, 'bench', h.role, coalesce(h.actor_unit, 'HD_CENTER'), h.action, h.from_status,
             h.to_status, h.details, h.unit
      FROM core.ticket t
      CROSS JOIN LATERAL (VALUES
        (t.created_at, 'AGENT', NULL::text, 'create', NULL::text, 'RECEIVED',
         jsonb_build_object('channel', t.channel), NULL::text),
        (CASE WHEN t.status = 'DIRECT_CLOSED' THEN t.closed_at END, 'AGENT', NULL, 'direct-close', 'RECEIVED',
         'DIRECT_CLOSED', '{}'::jsonb, NULL),
        (CASE WHEN t.status <> 'DIRECT_CLOSED' THEN t.created_at + interval '2 minutes' END, 'AGENT', NULL, 'submit',
         'RECEIVED', 'PENDING_DISPATCH', '{}'::jsonb, NULL),
        (t.first_dispatched_at, 'DISPATCHER', NULL, 'dispatch', 'PENDING_DISPATCH', 'DISPATCHED',
         jsonb_build_object('leadUnitId', 'null→' || t.lead_unit_id, 'signDueAt', t.sign_due_at), t.lead_unit_id),
        (t.signed_at, 'UNIT_HANDLER', t.lead_unit_id, 'sign', 'DISPATCHED', 'SIGNED',
         jsonb_build_object('signedOnTime', (t.signed_at <= t.sign_due_at)::text), t.lead_unit_id),
        (CASE WHEN t.extension_count > 0 THEN t.signed_at + interval '1 day' END, 'DISPATCHER', NULL,
         'approve-extension', 'EXTENSION_REQUESTED', 'SIGNED', '{}'::jsonb, t.lead_unit_id),
        (t.replied_at, 'UNIT_HANDLER', t.lead_unit_id, 'reply', 'SIGNED', 'REPLIED',
         jsonb_build_object('repliedOnTime', (t.replied_at <= t.handle_due_at)::text), t.lead_unit_id),
        (t.callback_at, 'AGENT', NULL, 'callback', 'REPLIED', 'CALLBACK_DONE',
         jsonb_build_object('resolved', t.resolved::text, 'satisfaction', t.satisfaction), t.lead_unit_id),
        (CASE WHEN t.status = 'CLOSED' THEN t.closed_at END, 'AGENT', NULL, 'close', 'CALLBACK_DONE', 'CLOSED',
         '{}'::jsonb, t.lead_unit_id)
      ) AS h(at, role, actor_unit, action, from_status, to_status, details, unit)
      WHERE t.ticket_no LIKE 'RB%' AND h.at IS NOT NULL
      """;

  private static String ts(Instant t) {
    return t.toString();
  }
}
