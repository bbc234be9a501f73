package gov.hotline.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ticket-creation load driver: logs in once, then N workers each POST {@code /api/v1/tickets} over
 * their own HTTP/1.1 connection, and prints throughput, the latency distribution and the machine it
 * ran on, measured against DESIGN §7 (≥ 2,000 tickets/s, p99 < 25 ms). Figures are printed, never
 * asserted: a miss exits 0.
 *
 * <p>Without {@code --rate} the load is a closed loop: each worker sends its next request as soon
 * as the previous one is answered. With {@code --rate} every worker follows a fixed schedule and
 * latency is counted from the time a request <em>should</em> have been sent, so a server stall
 * shows up in the percentiles instead of silently lowering the offered load (coordinated omission).
 *
 * <p>Runs on the bare JDK ({@code java -cp bench/target/classes}); nothing from hotline-core is
 * used.
 */
public final class TicketCreationBench {

  static final double TARGET_PER_SECOND = 2_000;
  static final double TARGET_P99_MS = 25;
  private static final int EXIT_UNREACHABLE = 2;
  private static final long PROGRESS_SECONDS = 5;
  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern TICKET_NO = Pattern.compile("\"no\"\\s*:\\s*\"([^\"]+)\"");
  private static final PrintStream out = System.out;

  private TicketCreationBench() {}

  public static void main(String[] args) {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("bench-tickets: " + e.getMessage() + " (--help for the options)");
      System.exit(EXIT_UNREACHABLE);
      return;
    }
    if (o == null) {
      out.print(Options.USAGE);
      return;
    }
    try {
      run(o);
    } catch (Unreachable e) {
      System.err.println("bench-tickets: " + e.getMessage());
      System.exit(EXIT_UNREACHABLE);
    }
    System.exit(0);
  }

  private static void run(Options o) {
    // log in and create one ticket before printing anything, so a dead server is exactly one line
    // on stderr
    HttpClient probeClient = newClient();
    String token = login(probeClient, o);
    String probed = probe(probeClient, o, token);
    probeClient.shutdownNow();

    out.println("12345 hotline: ticket creation load driver (POST /api/v1/tickets)");
    out.println("Machine");
    MachineInfo.describe().forEach(line -> out.println("  " + line));
    out.println("Parameters");
    o.describe().forEach(line -> out.println("  " + line));
    out.println(probed);

    Run r = new Run(o, token);
    Result result = r.execute();
    report(o, result);
  }

  // --- login and probe
  // -------------------------------------------------------------------------------------

  private static String login(HttpClient client, Options o) {
    String body =
        "{\"username\":\""
            + jsonEscape(o.user)
            + "\",\"password\":\""
            + jsonEscape(o.password)
            + "\"}";
    HttpRequest req =
        HttpRequest.newBuilder(o.uri("/api/v1/auth/login"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> resp = sendOrExplain(client, req, o);
    if (resp.statusCode() != 200) {
      throw new Unreachable(
          "login as "
              + o.user
              + " at "
              + o.url
              + " failed: HTTP "
              + resp.statusCode()
              + " "
              + snippet(resp.body()));
    }
    Matcher m = TOKEN.matcher(resp.body());
    if (!m.find()) {
      throw new Unreachable(
          "login at " + o.url + " answered 200 without a token: " + snippet(resp.body()));
    }
    return m.group(1);
  }

  /**
   * One ticket before the load starts, so a rejected body is one clear line rather than N thousand
   * errors.
   */
  private static String probe(HttpClient client, Options o, String token) {
    long t0 = System.nanoTime();
    HttpResponse<String> resp =
        sendOrExplain(client, ticketRequest(o, token, new TicketBodies(0).next(0)), o);
    double ms = (System.nanoTime() - t0) / 1e6;
    if (resp.statusCode() != 201) {
      throw new Unreachable(
          "creating a probe ticket at "
              + o.url
              + " failed: HTTP "
              + resp.statusCode()
              + " "
              + snippet(resp.body()));
    }
    Matcher m = TICKET_NO.matcher(resp.body());
    return String.format(
        Locale.ROOT,
        "Logged in as %s; probe ticket %s created in %.1f ms (cold connection)",
        o.user,
        m.find() ? m.group(1) : "(no \"no\" in reply)",
        ms);
  }

  private static HttpResponse<String> sendOrExplain(HttpClient client, HttpRequest req, Options o) {
    try {
      return client.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (ConnectException e) {
      throw new Unreachable(
          "server not reachable at "
              + o.url
              + " ("
              + connectFailure(e)
              + "); is it running? start it with ./hotline demo");
    } catch (HttpTimeoutException e) {
      throw new Unreachable(
          "server at "
              + o.url
              + " did not answer "
              + req.uri().getPath()
              + " in time ("
              + describe(e)
              + ")");
    } catch (IOException e) {
      throw new Unreachable("server not reachable at " + o.url + " (" + describe(e) + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unreachable("interrupted while talking to " + o.url);
    }
  }

  static HttpClient newClient() {
    // HTTP/1.1 and one client per worker: each worker then holds exactly one keep-alive TCP
    // connection, so
    // --connections is what the server really sees (an HTTP/2 client would multiplex onto one).
    // Runnable::run: the client's own small tasks (parsing the reply, completing the future) run
    // inline instead
    // of hopping to a per-client cached thread pool. On a 2-core box shared with the server this
    // roughly halved
    // the driver's CPU per request (about 270 -> 140 us). Safe here because ofByteArray never
    // blocks, and the JDK
    // networking maintainers intend that executor for small non-blocking tasks, inline execution
    // included
    // (net-dev, October 2025).
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .executor(Runnable::run)
        .build();
  }

  static HttpRequest ticketRequest(Options o, String token, String body) {
    return HttpRequest.newBuilder(o.ticketsUri)
        .timeout(o.timeout)
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json; charset=utf-8")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  // --- the run
  // ---------------------------------------------------------------------------------------------

  /**
   * Shared clock and stop conditions; every worker reads them, only the constructor writes them.
   */
  private static final class Run {
    final Options o;
    final String token;
    final long startNanos;
    final long measureStartNanos;
    final long measureEndNanos;
    final AtomicLong remaining;
    final LongAdder okAll = new LongAdder();
    final LongAdder errAll = new LongAdder();

    Run(Options o, String token) {
      this.o = o;
      this.token = token;
      this.startNanos = System.nanoTime() + 50_000_000L; // let every worker thread get going first
      this.measureStartNanos = startNanos + TimeUnit.SECONDS.toNanos(o.warmupSeconds);
      this.measureEndNanos =
          o.requests > 0
              ? Long.MAX_VALUE
              : measureStartNanos + TimeUnit.SECONDS.toNanos(o.durationSeconds);
      this.remaining = new AtomicLong(o.requests);
    }

    Result execute() {
      List<Worker> workers = new ArrayList<>();
      for (int i = 0; i < o.connections; i++) {
        workers.add(new Worker(this, i));
      }
      ScheduledExecutorService progress =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "bench-progress");
                t.setDaemon(true);
                return t;
              });
      out.println(
          o.warmupSeconds > 0
              ? "Running ("
                  + o.warmupSeconds
                  + " s warm-up, then measuring; a line every "
                  + PROGRESS_SECONDS
                  + " s)"
              : "Running (no warm-up; a line every " + PROGRESS_SECONDS + " s)");
      // per interval: request rate, errors, and where the CPU went (whole machine vs this driver)
      long[] last = {0, 0, 0, 0, cpuNanos(ProcessHandle.current().info())};
      long[] firstJiffies = MachineInfo.cpuJiffies();
      if (firstJiffies != null) {
        last[2] = firstJiffies[0];
        last[3] = firstJiffies[1];
      }
      progress.scheduleAtFixedRate(
          () -> {
            long ok = okAll.sum();
            long err = errAll.sum();
            long now = System.nanoTime();
            long second = TimeUnit.NANOSECONDS.toSeconds(now - startNanos + 500_000_000L);
            long[] jiffies = MachineInfo.cpuJiffies();
            long selfCpu = cpuNanos(ProcessHandle.current().info());
            String cpu = "";
            if (jiffies != null && jiffies[1] > last[3] && selfCpu >= 0 && last[4] >= 0) {
              cpu =
                  String.format(
                      Locale.ROOT,
                      "  cpu %3.0f %% (driver %.2f cores)",
                      100.0 * (jiffies[0] - last[2]) / (jiffies[1] - last[3]),
                      (selfCpu - last[4]) / (PROGRESS_SECONDS * 1e9));
              last[2] = jiffies[0];
              last[3] = jiffies[1];
            }
            last[4] = selfCpu;
            out.printf(
                Locale.ROOT,
                "  [%4ds] %-8s %7.0f req/s  errors %d%s%n",
                second,
                second <= o.warmupSeconds ? "warm-up" : "measure",
                (ok + err - last[0] - last[1]) / (double) PROGRESS_SECONDS,
                err - last[1],
                cpu);
            last[0] = ok;
            last[1] = err;
          },
          startNanos - System.nanoTime() + TimeUnit.SECONDS.toNanos(PROGRESS_SECONDS),
          TimeUnit.SECONDS.toNanos(PROGRESS_SECONDS),
          TimeUnit.NANOSECONDS);

      List<Thread> threads = new ArrayList<>();
      for (Worker w : workers) {
        Thread t = new Thread(w, "bench-worker-" + w.index);
        threads.add(t);
        t.start();
      }
      // machine and driver CPU are sampled over the measured part only
      sleepUntil(measureStartNanos);
      long[] cpuBefore = MachineInfo.cpuJiffies();
      long selfCpuBefore = cpuNanos(ProcessHandle.current().info());
      for (Thread t : threads) {
        try {
          t.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      long[] cpuAfter = MachineInfo.cpuJiffies();
      long selfCpuAfter = cpuNanos(ProcessHandle.current().info());
      progress.shutdownNow();

      Result r = new Result();
      long lastEnd = measureStartNanos;
      for (Worker w : workers) {
        r.latency.add(w.latency);
        if (w.serviceTime != null) {
          r.serviceTime.add(w.serviceTime);
        }
        r.ok += w.ok;
        w.errors.forEach((k, v) -> r.errors.merge(k, v, Long::sum));
        w.errorSamples.forEach(r.errorSamples::putIfAbsent);
        lastEnd = Math.max(lastEnd, w.lastEndNanos);
        w.client.shutdownNow();
      }
      r.elapsedNanos = lastEnd - measureStartNanos;
      if (cpuBefore != null && cpuAfter != null && cpuAfter[1] > cpuBefore[1]) {
        r.machineBusy = (cpuAfter[0] - cpuBefore[0]) / (double) (cpuAfter[1] - cpuBefore[1]);
      }
      if (selfCpuBefore >= 0 && selfCpuAfter >= 0 && r.elapsedNanos > 0) {
        r.driverCores = (selfCpuAfter - selfCpuBefore) / (double) r.elapsedNanos;
      }
      return r;
    }

    private static long cpuNanos(ProcessHandle.Info info) {
      return info.totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }
  }

  /**
   * One worker: its own HttpClient (so its own connection), its own histogram and counters, no
   * sharing.
   */
  private static final class Worker implements Runnable {
    final Run run;
    final int index;
    final HttpClient client = newClient();
    final TicketBodies bodies;
    final LatencyHistogram latency = new LatencyHistogram();
    final LatencyHistogram serviceTime;
    final Map<String, Long> errors = new TreeMap<>();
    final Map<String, String> errorSamples = new LinkedHashMap<>();
    long ok;
    long lastEndNanos;

    Worker(Run run, int index) {
      this.run = run;
      this.index = index;
      this.bodies = new TicketBodies(0x12345L * 31 + index);
      this.serviceTime = run.o.rate > 0 ? new LatencyHistogram() : null;
    }

    @Override
    public void run() {
      Options o = run.o;
      long interval = o.rate > 0 ? (long) (1e9 * o.connections / o.rate) : 0;
      long nextSend = run.startNanos + (o.rate > 0 ? (long) (1e9 * index / o.rate) : 0);
      sleepUntil(run.startNanos);
      long seq = 0;
      while (true) {
        long intended;
        if (interval > 0) {
          intended = nextSend;
          long now = System.nanoTime();
          if (intended < run.measureStartNanos && now - intended > interval) {
            // behind schedule during warm-up (typically while the JITs compile): drop the missed
            // slots instead
            // of carrying a backlog into the measured window, where it would read as server latency
            intended = now;
          }
          nextSend = intended + interval;
          if (intended >= run.measureEndNanos) {
            break;
          }
          sleepUntil(intended);
        } else {
          intended = System.nanoTime();
          if (intended >= run.measureEndNanos) {
            break;
          }
        }
        boolean measured = intended >= run.measureStartNanos;
        if (measured && o.requests > 0 && run.remaining.getAndDecrement() <= 0) {
          break;
        }
        String body = bodies.next(((long) index << 32) | seq++);
        HttpRequest req = ticketRequest(o, run.token, body);
        long sent = System.nanoTime();
        String error;
        String sample = null;
        try {
          HttpResponse<byte[]> resp = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
          if (resp.statusCode() == 201) {
            error = null;
          } else {
            error = "HTTP " + resp.statusCode();
            sample = snippet(new String(resp.body(), StandardCharsets.UTF_8));
          }
        } catch (HttpConnectTimeoutException e) {
          error = "connect timeout";
          sample = describe(e);
        } catch (HttpTimeoutException e) {
          error = "timeout (" + o.timeout.toSeconds() + " s)";
          sample = describe(e);
        } catch (IOException e) {
          error = e.getClass().getSimpleName();
          sample = describe(e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        long end = System.nanoTime();
        if (error == null) {
          run.okAll.increment();
        } else {
          run.errAll.increment();
        }
        if (!measured) {
          continue;
        }
        lastEndNanos = end;
        if (error == null) {
          ok++;
          latency.recordNanos(end - intended);
          if (serviceTime != null) {
            serviceTime.recordNanos(end - sent);
          }
        } else {
          errors.merge(error, 1L, Long::sum);
          errorSamples.putIfAbsent(error, sample);
        }
      }
    }
  }

  static final class Result {
    final LatencyHistogram latency = new LatencyHistogram();
    final LatencyHistogram serviceTime = new LatencyHistogram();
    final Map<String, Long> errors = new TreeMap<>();
    final Map<String, String> errorSamples = new LinkedHashMap<>();
    long ok;
    long elapsedNanos;
    double machineBusy = -1;
    double driverCores = -1;

    long errorCount() {
      return errors.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  // --- report
  // ----------------------------------------------------------------------------------------------

  private static void report(Options o, Result r) {
    double seconds = r.elapsedNanos / 1e9;
    double throughput = seconds > 0 ? r.ok / seconds : 0;
    long errors = r.errorCount();
    out.println("Results (measured part only; warm-up excluded)");
    out.printf(Locale.ROOT, "  completed    %d tickets created (HTTP 201)%n", r.ok);
    out.printf(
        Locale.ROOT, "  errors       %d%s%n", errors, errors == 0 ? "" : "  " + errorBreakdown(r));
    r.errorSamples.forEach((k, v) -> out.printf("    first %s: %s%n", k, v));
    out.printf(Locale.ROOT, "  elapsed      %.2f s%n", seconds);
    out.printf(Locale.ROOT, "  throughput   %.0f tickets/s%n", throughput);
    out.println(
        "  latency ms   "
            + percentiles(r.latency)
            + (o.rate > 0 ? "  (from the scheduled send time)" : ""));
    if (o.rate > 0) {
      out.println("  service ms   " + percentiles(r.serviceTime) + "  (from the actual send time)");
    }
    out.printf(
        Locale.ROOT,
        "               n=%d, min %.2f ms; every request recorded in a log-bucketed histogram "
            + "(≤ 0.8 %% bucket error)%n",
        r.latency.count(),
        r.latency.minMicros() / 1000.0);
    if (r.machineBusy >= 0) {
      out.printf(
          Locale.ROOT,
          "  machine CPU  %.0f %% busy across %d cores; this driver used %s cores of that "
              + "(server and PostgreSQL share the same cores)%n",
          r.machineBusy * 100,
          Runtime.getRuntime().availableProcessors(),
          r.driverCores >= 0 ? String.format(Locale.ROOT, "%.2f", r.driverCores) : "?");
    }
    double p99 = r.latency.percentileMicros(99) / 1000.0;
    boolean pass =
        throughput >= TARGET_PER_SECOND && p99 < TARGET_P99_MS && errors == 0 && r.ok > 0;
    out.printf(
        Locale.ROOT,
        "Target (DESIGN §7: >= %.0f tickets/s, p99 < %.0f ms, no errors): %s  %.0f tickets/s, "
            + "p99 %.2f ms, %d errors%s%n",
        TARGET_PER_SECOND,
        TARGET_P99_MS,
        pass ? "PASS" : "MISS",
        throughput,
        p99,
        errors,
        o.rate > 0 && o.rate < TARGET_PER_SECOND
            ? " (offered load capped by --rate " + fmt(o.rate) + ")"
            : "");
  }

  private static String percentiles(LatencyHistogram h) {
    return String.format(
        Locale.ROOT,
        "p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f",
        h.percentileMicros(50) / 1000.0,
        h.percentileMicros(90) / 1000.0,
        h.percentileMicros(99) / 1000.0,
        h.percentileMicros(99.9) / 1000.0,
        h.maxMicros() / 1000.0);
  }

  private static String errorBreakdown(Result r) {
    StringBuilder sb = new StringBuilder("(");
    r.errors.forEach(
        (k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(k).append(" x").append(v));
    return sb.append(')').toString();
  }

  // --- small helpers
  // ---------------------------------------------------------------------------------------

  static void sleepUntil(long deadlineNanos) {
    long left;
    while ((left = deadlineNanos - System.nanoTime()) > 0) {
      LockSupport.parkNanos(left);
      if (Thread.currentThread().isInterrupted()) {
        return;
      }
    }
  }

  static String snippet(String body) {
    String s = body == null ? "" : body.replaceAll("\\s+", " ").strip();
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }

  /**
   * The JDK client wraps a refused connection as ConnectException(null) <- ClosedChannelException;
   * say it plainly.
   */
  static String connectFailure(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof UnresolvedAddressException || root instanceof UnknownHostException) {
      return "unknown host";
    }
    if (root instanceof ClosedChannelException || root.getMessage() == null) {
      return "connection refused";
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  static String describe(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null && sb.length() < 200; t = t.getCause()) {
      if (!sb.isEmpty()) {
        sb.append(" <- ");
      }
      sb.append(t.getClass().getSimpleName());
      if (t.getMessage() != null) {
        sb.append(": ").append(t.getMessage());
      }
    }
    return sb.toString();
  }

  static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  private static String jsonEscape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /**
   * The server cannot be reached or refuses us before any load is offered: one line, exit code 2.
   */
  static final class Unreachable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreachable(String message) {
      super(message, null, false, false);
    }
  }

  // --- options
  // ---------------------------------------------------------------------------------------------

  static final class Options {
    static final String USAGE =
        """
        usage: ./hotline bench-tickets [options]
          --url URL           server base URL (default http://localhost:8080)
          --user NAME         login user (default agent1)
          --password PW       login password (default hotline)
          --connections N     concurrent workers, each with its own HTTP/1.1 connection (default 32)
          --duration S        measured seconds (default 30); or
          --requests N        measured requests in total instead of a duration
          --warmup S          seconds of load before measuring, not counted (default 5)
          --rate R            target requests/s over all workers (default: closed loop, as fast as answered)
          --timeout S         per-request timeout in seconds (default 10)
        Prints the machine, the parameters, throughput, errors by status and latency p50/p90/p99/p99.9/max,
        and a PASS/MISS line against DESIGN §7 (>= 2000 tickets/s, p99 < 25 ms). Exit 2 if the server cannot
        be reached or the login fails; a missed target still exits 0.
        """;

    String url = "http://localhost:8080";
    String user = "agent1";
    String password = "hotline";
    int connections = 32;
    long durationSeconds = 30;
    long requests;
    long warmupSeconds = 5;
    double rate;
    Duration timeout = Duration.ofSeconds(10);
    URI ticketsUri;

    /** The options, or null when help was asked for. */
    static Options parse(String[] args) {
      Options o = new Options();
      boolean durationGiven = false;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.equals("-h") || a.equals("--help")) {
          return null;
        }
        String value;
        int eq = a.indexOf('=');
        String name = eq > 0 ? a.substring(0, eq) : a;
        if (eq > 0) {
          value = a.substring(eq + 1);
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          throw new IllegalArgumentException(name + " needs a value");
        }
        switch (name) {
          case "--url" ->
              o.url = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
          case "--user" -> o.user = value;
          case "--password" -> o.password = value;
          case "--connections" -> {
            long n = positive(name, value);
            if (n > 10_000) {
              throw new IllegalArgumentException(name + " must be <= 10000, not " + value);
            }
            o.connections = (int) n;
          }
          case "--duration" -> {
            o.durationSeconds = positive(name, value);
            durationGiven = true;
          }
          case "--requests" -> o.requests = positive(name, value);
          case "--warmup" -> o.warmupSeconds = nonNegative(name, value);
          case "--rate" -> o.rate = positiveDouble(name, value);
          case "--timeout" -> o.timeout = Duration.ofSeconds(positive(name, value));
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      }
      if (durationGiven && o.requests > 0) {
        throw new IllegalArgumentException("give --duration or --requests, not both");
      }
      try {
        URI base = URI.create(o.url);
        if (base.getScheme() == null
            || !base.getScheme().startsWith("http")
            || base.getHost() == null) {
          throw new IllegalArgumentException("--url must look like http://host:port, not " + o.url);
        }
        o.ticketsUri = o.uri("/api/v1/tickets");
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            e.getMessage().startsWith("--url")
                ? e.getMessage()
                : "--url is not a valid URL: " + o.url);
      }
      return o;
    }

    URI uri(String path) {
      return URI.create(url + path);
    }

    List<String> describe() {
      return List.of(
          "url          " + url,
          "user         " + user,
          "connections  " + connections + " (one HttpClient per worker, HTTP/1.1 keep-alive)",
          "warm-up      " + warmupSeconds + " s (not counted)",
          requests > 0
              ? "requests     " + requests + " (measured)"
              : "duration     " + durationSeconds + " s (measured)",
          "rate         "
              + (rate > 0
                  ? fmt(rate) + " req/s offered on a fixed schedule (open loop)"
                  : "unthrottled (closed loop: each worker sends again as soon as it is answered)"),
          "timeout      " + timeout.toSeconds() + " s per request");
    }

    private static long positive(String name, String v) {
      long x = parseLong(name, v);
      if (x <= 0) {
        throw new IllegalArgumentException(name + " must be > 0, not " + v);
      }
      return x;
    }

    private static long nonNegative(String name, String v) {
      long x = parseLong(name, v);
      if (x < 0) {
        throw new IllegalArgumentException(name + " must be >= 0, not " + v);
      }
      return x;
    }

    private static long parseLong(String name, String v) {
      try {
        return Long.parseLong(v.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " needs a whole number, not " + v);
      }
    }

    private static double positiveDouble(String name, String v) {
      try {
        double x = Double.parseDouble(v.strip());
        if (!(x > 0) || Double.isInfinite(x)) {
          throw new IllegalArgumentException(name + " must be > 0, not " + v);
        }
        return x;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " needs a number, not " + v);
      }
    }
  }
}
