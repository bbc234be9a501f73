package gov.hotline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dispatch benchmarks against a running server (DESIGN §7): recommendation latency over HTTP
 * ({@code POST /api/v1/dispatch/recommend}, target p99 < 20 ms) and the escalation sweep over a
 * million open tickets ({@code POST /api/v1/dispatch/escalation/sweep}, tickets loaded with COPY).
 * Prints figures and the machine; never fails on a missed target. {@code ./hotline bench-dispatch}
 * starts a server on a bench database and runs this.
 */
public final class DispatchBench {
  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern TEXT =
      Pattern.compile("\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern ADDRESS =
      Pattern.compile("\"address\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final PrintStream out = System.out;

  private DispatchBench() {}

  record Options(
      String url,
      String db,
      String dbUser,
      long tickets,
      int connections,
      int warmup,
      int requests,
      int sweeps,
      double rate) {
    static Options parse(String[] args) {
      String url = "http://localhost:8383";
      String db = "jdbc:postgresql://localhost:5432/hotline_dsp_bench";
      long tickets = 1_000_000;
      int connections = 8;
      int warmup = 3_000;
      int requests = 30_000;
      int sweeps = 3;
      double rate = 100;
      for (int i = 0; i + 1 < args.length; i += 2) {
        switch (args[i]) {
          case "--url" -> url = args[i + 1];
          case "--db" -> db = args[i + 1];
          case "--tickets" -> tickets = Long.parseLong(args[i + 1]);
          case "--connections" -> connections = Integer.parseInt(args[i + 1]);
          case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
          case "--requests" -> requests = Integer.parseInt(args[i + 1]);
          case "--sweeps" -> sweeps = Integer.parseInt(args[i + 1]);
          case "--rate" -> rate = Double.parseDouble(args[i + 1]);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      return new Options(url, db, "postgres", tickets, connections, warmup, requests, sweeps, rate);
    }
  }

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    List<String[]> appeals = appeals();
    out.println("12345 hotline: dispatch benchmarks (recommendation latency, escalation sweep)");
    out.println("Machine");
    MachineInfo.describe().forEach(line -> out.println("  " + line));
    out.println("Parameters");
    out.printf(
        Locale.ROOT,
        "  server %s, database %s%n  open tickets %,d; %d connections, %,d warm-up + %,d "
            + "measured recommendations (closed loop, then open loop at %.0f/s); %d sweeps%n",
        o.url(),
        o.db(),
        o.tickets(),
        o.connections(),
        o.warmup(),
        o.requests(),
        o.rate(),
        o.sweeps());
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    String token = login(client, o);
    seed(o, appeals);
    sweeps(client, o, token);
    recommendations(o, token, appeals);
    System.exit(0);
  }

  private static void seed(Options o, List<String[]> appeals) throws Exception {
    OpenTicketSeeder seeder = new OpenTicketSeeder(o.db(), o.dbUser());
    long have = seeder.count();
    if (have < o.tickets()) {
      double s = seeder.seed(o.tickets() - have, appeals.stream().map(a -> a[0]).toList());
      out.printf(
          Locale.ROOT,
          "Loaded %,d open tickets with COPY in %.1f s (%,.0f rows/s)%n",
          o.tickets() - have,
          s,
          (o.tickets() - have) / s);
    } else {
      out.printf("Database already holds %,d bench tickets%n", have);
    }
  }

  private static void sweeps(HttpClient client, Options o, String token) throws Exception {
    out.println("Escalation sweep (POST /api/v1/dispatch/escalation/sweep)");
    for (int i = 1; i <= o.sweeps(); i++) {
      long t0 = System.nanoTime();
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(URI.create(o.url() + "/api/v1/dispatch/escalation/sweep"))
                  .timeout(Duration.ofMinutes(30))
                  .header("Authorization", "Bearer " + token)
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      double ms = (System.nanoTime() - t0) / 1e6;
      out.printf(
          Locale.ROOT, "  sweep %d: HTTP %d in %.0f ms: %s%n", i, r.statusCode(), ms, r.body());
    }
  }

  private static void recommendations(Options o, String token, List<String[]> appeals)
      throws Exception {
    out.println("Recommendation latency (POST /api/v1/dispatch/recommend)");
    run(o, token, appeals, o.warmup(), 0);
    out.println("  closed loop (as fast as the connections go: the machine is saturated)");
    report(o, token, appeals, o.requests(), 0);
    int n = (int) Math.min(o.requests(), o.rate() * 60);
    out.printf(
        Locale.ROOT,
        "  open loop at %.0f requests/s (latency from the scheduled send time)%n",
        o.rate());
    report(o, token, appeals, n, o.rate());
  }

  private static void report(Options o, String token, List<String[]> appeals, int n, double rate)
      throws Exception {
    long t0 = System.nanoTime();
    Result r = run(o, token, appeals, n, rate);
    double seconds = (System.nanoTime() - t0) / 1e9;
    LatencyHistogram h = r.histogram();
    out.printf(
        Locale.ROOT,
        "  %,d requests in %.1f s = %,.0f/s, errors %d%n",
        h.count(),
        seconds,
        h.count() / seconds,
        r.errors());
    out.printf(
        Locale.ROOT,
        "  latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f   target p99 < 20 ms:"
            + " %s%n",
        h.percentileMicros(50) / 1e3,
        h.percentileMicros(90) / 1e3,
        h.percentileMicros(99) / 1e3,
        h.percentileMicros(99.9) / 1e3,
        h.maxMicros() / 1e3,
        h.percentileMicros(99) < 20_000 ? "MET" : "MISSED");
  }

  private record Result(LatencyHistogram histogram, long errors) {}

  private static Result run(Options o, String token, List<String[]> appeals, int total, double rate)
      throws Exception {
    AtomicLong next = new AtomicLong();
    long start = System.nanoTime();
    AtomicLong errors = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(o.connections());
    List<Future<LatencyHistogram>> parts = new ArrayList<>();
    for (int w = 0; w < o.connections(); w++) {
      parts.add(
          pool.submit(
              () -> {
                HttpClient client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                LatencyHistogram h = new LatencyHistogram();
                long i;
                while ((i = next.getAndIncrement()) < total) {
                  String[] a = appeals.get((int) (i % appeals.size()));
                  String body = "{\"text\":\"" + a[0] + "\",\"address\":\"" + a[1] + "\"}";
                  long t0 = System.nanoTime();
                  if (rate > 0) { // open loop: each request has its time; a late answer delays no
                    // schedule
                    t0 = start + (long) (i * 1e9 / rate);
                    long wait = t0 - System.nanoTime();
                    if (wait > 0) {
                      LockSupport.parkNanos(wait);
                    }
                  }
                  HttpResponse<String> r =
                      client.send(
                          HttpRequest.newBuilder(URI.create(o.url() + "/api/v1/dispatch/recommend"))
                              .header("Authorization", "Bearer " + token)
                              .header("Content-Type", "application/json; charset=utf-8")
                              .POST(HttpRequest.BodyPublishers.ofString(body))
                              .build(),
                          HttpResponse.BodyHandlers.ofString());
                  if (r.statusCode() == 200) {
                    h.recordNanos(System.nanoTime() - t0);
                  } else {
                    errors.incrementAndGet();
                  }
                }
                client.shutdownNow();
                return h;
              }));
    }
    LatencyHistogram all = new LatencyHistogram();
    for (Future<LatencyHistogram> f : parts) {
      all.add(f.get());
    }
    pool.shutdown();
    return new Result(all, errors.get());
  }

  private static String login(HttpClient client, Options o)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create(o.url() + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"dispatcher1\",\"password\":\"hotline\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = TOKEN.matcher(r.body());
    if (r.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException(
          "login as dispatcher1 failed: " + r.statusCode() + " " + r.body());
    }
    return m.group(1);
  }

  /** The sample appeals' texts and addresses (JSON-escaped as they are in the file). */
  private static List<String[]> appeals() throws IOException {
    try (InputStream in =
        DispatchBench.class.getResourceAsStream("/dispatch-bench/appeals.jsonl")) {
      List<String[]> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        Matcher t = TEXT.matcher(line);
        Matcher a = ADDRESS.matcher(line);
        if (t.find() && a.find()) {
          out.add(new String[] {t.group(1), a.group(1)});
        }
      }
      return out;
    }
  }
}
