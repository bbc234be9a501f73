package gov.hotline.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reporting benchmark (DESIGN §7: the monthly traffic report over 3 M calls and 2.5 M tickets in
 * under a second, and the recomputation from raw rows giving the same numbers). Against a server of
 * its own on a bench database ({@code ./hotline bench-reports} starts one): loads a month of calls
 * and tickets with COPY, times how fast the server's rollups absorb them, then times the monthly
 * reports over HTTP in every format and the recomputation. Prints figures and the machine; never
 * fails on a missed target.
 */
public final class ReportingBench {
  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern CONSISTENT = Pattern.compile("\"consistent\"\\s*:\\s*(true|false)");
  private static final PrintStream out = System.out;

  private ReportingBench() {}

  record Options(
      String url,
      String db,
      long calls,
      long tickets,
      LocalDate month,
      int agents,
      int runs,
      long changed) {
    static Options parse(String[] args) {
      String url = "http://localhost:8384";
      String db = "jdbc:postgresql://localhost:5432/hotline_rep_bench";
      long calls = 3_000_000;
      long tickets = 2_500_000;
      LocalDate month = LocalDate.now().minusMonths(1).withDayOfMonth(1);
      int agents = 400;
      int runs = 10;
      long changed = 10_000;
      for (int i = 0; i + 1 < args.length; i += 2) {
        switch (args[i]) {
          case "--url" -> url = args[i + 1];
          case "--db" -> db = args[i + 1];
          case "--calls" -> calls = Long.parseLong(args[i + 1]);
          case "--tickets" -> tickets = Long.parseLong(args[i + 1]);
          case "--month" -> month = LocalDate.parse(args[i + 1] + "-01");
          case "--agents" -> agents = Integer.parseInt(args[i + 1]);
          case "--runs" -> runs = Integer.parseInt(args[i + 1]);
          case "--changed" -> changed = Long.parseLong(args[i + 1]);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      return new Options(url, db, calls, tickets, month, agents, runs, changed);
    }
  }

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    out.println(
        "12345 hotline: reporting benchmark (monthly reports over a loaded month, rollup maintenance)");
    out.println("Machine");
    MachineInfo.describe().forEach(line -> out.println("  " + line));
    out.printf(
        Locale.ROOT,
        "Parameters%n  server %s, database %s%n  month %s: %,d calls (%d agents), %,d tickets; "
            + "%d timed runs per report; %,d calls changed for the incremental fold%n",
        o.url(),
        o.db(),
        o.month().toString().substring(0, 7),
        o.calls(),
        o.agents(),
        o.tickets(),
        o.runs(),
        o.changed());
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    String token = login(client, o);
    ReportDataSeeder seeder = new ReportDataSeeder(o.db(), "postgres");
    seed(o, seeder);
    rebuildTraffic(o);
    String month = o.month().toString();
    Map<String, String> reports = new LinkedHashMap<>();
    reports.put("traffic JSON", "/api/v1/reports/traffic?period=month&date=" + month);
    reports.put(
        "traffic HTML", "/api/v1/reports/traffic?period=month&date=" + month + "&format=html");
    reports.put(
        "traffic XLSX", "/api/v1/reports/traffic?period=month&date=" + month + "&format=xlsx");
    reports.put(
        "traffic CSV", "/api/v1/reports/traffic?period=month&date=" + month + "&format=csv");
    reports.put("units JSON", "/api/v1/reports/units?period=month&date=" + month);
    reports.put("tickets JSON", "/api/v1/reports/tickets?period=month&date=" + month);
    out.printf(
        "Monthly reports over HTTP (%d warm-up + %d timed requests each; ms)%n", 2, o.runs());
    for (var e : reports.entrySet()) {
      time(client, token, o, e.getKey(), e.getValue());
    }
    out.println("Recomputation from raw rows, compared with the rollups (one request each)");
    verify(
        client, token, o, "traffic", "/api/v1/reports/traffic/verify?period=month&date=" + month);
    verify(client, token, o, "units", "/api/v1/reports/units/verify?period=month&date=" + month);
    verify(
        client, token, o, "tickets", "/api/v1/reports/tickets/verify?period=month&date=" + month);
    incremental(o);
    out.println("Server heap in use after the run: " + heap(client, o));
    System.exit(0);
  }

  private static void seed(Options o, ReportDataSeeder seeder) throws Exception {
    long calls = seeder.benchCalls();
    if (calls == 0) {
      double s = seeder.seedCalls(o.calls(), o.month(), o.agents());
      out.printf(
          Locale.ROOT,
          "Loaded %,d calls with COPY in %.1f s (%,.0f rows/s), committed every ~100,000%n",
          o.calls(),
          s,
          o.calls() / s);
      rollupCatchUp(o, "after the calls were loaded (folding went on during the load)");
    } else {
      out.printf(
          "Database already holds %,d bench calls (drop it to load another amount)%n", calls);
    }
    long tickets = seeder.benchTickets();
    if (tickets == 0) {
      double s = seeder.seedTickets(o.tickets(), o.month());
      long history =
          scalar(
              o,
              "SELECT count(*) FROM core.ticket_history h JOIN core.ticket t ON t.id = h.ticket_id "
                  + "WHERE t.ticket_no LIKE 'RB%'");
      out.printf(
          Locale.ROOT,
          "Loaded %,d tickets with COPY and their %,d history entries in %.1f s (one "
              + "transaction)%n",
          o.tickets(),
          history,
          s);
      double fold = rollupCatchUp(o, "unit rollup of the loaded history");
      out.printf(Locale.ROOT, "  = %,.0f history entries/s%n", history / fold);
    } else {
      out.printf("Database already holds %,d bench tickets%n", tickets);
    }
  }

  /**
   * Resets the traffic rollup's watermark, so that the next fold rebuilds every day of calls, and
   * times it.
   */
  private static void rebuildTraffic(Options o) throws Exception {
    try (Connection c = DriverManager.getConnection(o.db(), "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("UPDATE reporting.rollup_watermark SET last_id = 0 WHERE name = 'traffic_hour'");
    }
    long calls = scalar(o, "SELECT count(*) FROM telephony.call");
    double fold = rollupCatchUp(o, "full rebuild of the traffic rollup from telephony.call");
    out.printf(Locale.ROOT, "  = %,.0f calls/s%n", calls / fold);
  }

  /**
   * Waits until every rollup has folded everything loaded, printing how long it took and the rates.
   */
  private static double rollupCatchUp(Options o, String what) throws Exception {
    long calls = scalar(o, "SELECT count(*) FROM telephony.call");
    long history = scalar(o, "SELECT count(*) FROM core.ticket_history");
    long newestCall =
        scalar(
            o,
            "SELECT coalesce((extract(epoch FROM max(updated_at)) * 1000)::bigint, 0) "
                + "FROM telephony.call");
    long newestHistory = scalar(o, "SELECT coalesce(max(id), 0) FROM core.ticket_history");
    long t0 = System.nanoTime();
    long deadline = t0 + Duration.ofMinutes(30).toNanos();
    Map<String, Long> marks = watermarks(o);
    while (!caughtUp(marks, newestCall, newestHistory) && System.nanoTime() < deadline) {
      Thread.sleep(200);
      marks = watermarks(o);
    }
    double s = (System.nanoTime() - t0) / 1e9;
    out.printf(
        Locale.ROOT,
        "Rollups, %s: caught up in %.1f s (table sizes: %,d calls, %,d history entries)%n",
        what,
        s,
        calls,
        history);
    return s;
  }

  private static boolean caughtUp(Map<String, Long> marks, long newestCall, long newestHistory) {
    for (var e : marks.entrySet()) {
      long need = e.getKey().startsWith("traffic") ? newestCall : newestHistory;
      if (e.getValue() < need) {
        return false;
      }
    }
    return !marks.isEmpty();
  }

  private static Map<String, Long> watermarks(Options o) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(o.db(), "postgres", "");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT name, last_id FROM reporting.rollup_watermark ORDER BY name")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
    }
    return out;
  }

  /**
   * Live operation: {@code changed} calls of the month's last day change at once (as the calls of
   * the current day do while they are folded and repaired), then the fold rebuilds that day; then
   * the same number spread over the whole month (a reconciliation run across many days), which
   * rebuilds every day.
   */
  private static void incremental(Options o) throws Exception {
    LocalDate last = o.month().withDayOfMonth(o.month().lengthOfMonth());
    change(o, "AND started_at >= '" + last + "T00:00:00+08:00'");
    rollupCatchUp(
        o, String.format(Locale.ROOT, "%,d answered calls of %s changed", o.changed(), last));
    change(o, "");
    rollupCatchUp(
        o, String.format(Locale.ROOT, "%,d answered calls changed across the month", o.changed()));
  }

  private static void change(Options o, String where) throws SQLException {
    try (Connection c = DriverManager.getConnection(o.db(), "postgres", "");
        Statement s = c.createStatement()) {
      s.execute(
          "UPDATE telephony.call SET talk_seconds = talk_seconds + 1, updated_at = now() WHERE id IN ("
              + "SELECT id FROM telephony.call WHERE id LIKE 'rb-%' AND outcome = 'ANSWERED' "
              + where
              + " ORDER BY random() LIMIT "
              + o.changed()
              + ")");
    }
  }

  private static void time(HttpClient client, String token, Options o, String label, String path)
      throws Exception {
    long[] ms = new long[o.runs()];
    int status = 0;
    long bytes = 0;
    for (int i = -2; i < o.runs(); i++) {
      long t0 = System.nanoTime();
      HttpResponse<byte[]> r =
          client.send(get(o, token, path), HttpResponse.BodyHandlers.ofByteArray());
      long micros = (System.nanoTime() - t0) / 1000;
      status = r.statusCode();
      bytes = r.body().length;
      if (status != 200) {
        break;
      }
      if (i >= 0) {
        ms[i] = micros;
      }
    }
    if (status != 200) {
      out.printf("  %-13s HTTP %d: not measured%n", label, status);
      return;
    }
    Arrays.sort(ms);
    out.printf(
        Locale.ROOT,
        "  %-13s p50 %7.1f  max %7.1f   (%,d bytes)   target < 1000 ms: %s%n",
        label,
        ms[ms.length / 2] / 1e3,
        ms[ms.length - 1] / 1e3,
        bytes,
        ms[ms.length - 1] < 1_000_000 ? "MET" : "MISSED");
  }

  private static void verify(HttpClient client, String token, Options o, String label, String path)
      throws Exception {
    long t0 = System.nanoTime();
    HttpResponse<String> r = client.send(get(o, token, path), HttpResponse.BodyHandlers.ofString());
    double s = (System.nanoTime() - t0) / 1e9;
    Matcher m = CONSISTENT.matcher(r.body());
    out.printf(
        Locale.ROOT,
        "  %-8s HTTP %d in %.1f s: %s%n",
        label,
        r.statusCode(),
        s,
        r.statusCode() != 200
            ? "not measured"
            : m.find() && m.group(1).equals("true")
                ? "rollups = recomputation"
                : "ROLLUPS DIFFER FROM THE RECOMPUTATION");
  }

  private static HttpRequest get(Options o, String token, String path) {
    return HttpRequest.newBuilder(URI.create(o.url() + path))
        .timeout(Duration.ofMinutes(10))
        .header("Authorization", "Bearer " + token)
        .GET()
        .build();
  }

  private static String heap(HttpClient client, Options o) throws Exception {
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create(o.url() + "/metrics")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    double bytes =
        r.body()
            .lines()
            .filter(l -> l.startsWith("jvm_memory_used_bytes") && l.contains("area=\"heap\""))
            .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
            .sum();
    return String.format(
        Locale.ROOT, "%.0f MiB (jvm_memory_used_bytes, area heap)", bytes / 1048576);
  }

  private static long scalar(Options o, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(o.db(), "postgres", "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String login(HttpClient client, Options o) throws Exception {
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create(o.url() + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"manager1\",\"password\":\"hotline\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = TOKEN.matcher(r.body());
    if (r.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException(
          "login as manager1 failed: " + r.statusCode() + " " + r.body());
    }
    return m.group(1);
  }
}
