package gov.hotline.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load driver for the FastAGI satisfaction survey of a running server: N concurrent "Asterisks"
 * each run one survey after another (connect, agi_* environment, answer GET DATA with a key, the
 * rest with 200, until the server closes), as fast as the server serves them. Every session stores
 * one answer (call ids are new), so this measures the AGI protocol, the script and the insert
 * together; a real caller takes seconds per survey, so the figure is the ceiling the platform puts
 * on survey capacity, not a realistic load. Prints sessions/s and the session time p50/p90/p99/max.
 */
public final class SurveyAgiBench {
  private static final PrintStream out = System.out;

  private SurveyAgiBench() {}

  public static void main(String[] args) throws Exception {
    String host = "127.0.0.1";
    int port = 4573;
    int sessions = 20_000;
    int concurrency = 16;
    int warmup = 2_000;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--host" -> host = args[++i];
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--sessions" -> sessions = Integer.parseInt(args[++i]);
        case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        default -> {
          System.err.println(
              "usage: SurveyAgiBench [--host H] [--port P] [--sessions N] [--concurrency C] [--warmup N]");
          System.exit(2);
        }
      }
    }
    out.println("FastAGI survey bench against " + host + ":" + port);
    MachineInfo.describe().forEach(line -> out.println("  " + line));
    String run = Long.toString(System.currentTimeMillis() / 1000);
    runSessions(host, port, warmup, concurrency, "9" + run + ".w");
    AtomicLong failures = new AtomicLong();
    List<LatencyHistogram> histograms = new ArrayList<>();
    long start = System.nanoTime();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < concurrency; w++) {
      LatencyHistogram h = new LatencyHistogram();
      histograms.add(h);
      int worker = w;
      int share = sessions / concurrency;
      String h0 = host;
      int p0 = port;
      workers.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    for (int n = 0; n < share; n++) {
                      long t0 = System.nanoTime();
                      if (!session(
                          h0,
                          p0,
                          "9" + run + "." + worker + "-" + n,
                          Integer.toString(1 + n % 3))) {
                        failures.incrementAndGet();
                      }
                      h.recordNanos(System.nanoTime() - t0);
                    }
                  }));
    }
    for (Thread t : workers) {
      t.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    LatencyHistogram all = new LatencyHistogram();
    histograms.forEach(all::add);
    out.printf(
        "sessions %d in %.1f s with %d concurrent: %.0f sessions/s, failed %d%n",
        all.count(), seconds, concurrency, all.count() / seconds, failures.get());
    out.printf(
        "session time ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n",
        all.percentileMicros(50) / 1000.0,
        all.percentileMicros(90) / 1000.0,
        all.percentileMicros(99) / 1000.0,
        all.maxMicros() / 1000.0);
  }

  private static void runSessions(String host, int port, int count, int concurrency, String prefix)
      throws InterruptedException {
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < concurrency; w++) {
      int worker = w;
      workers.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    for (int n = worker; n < count; n += concurrency) {
                      session(host, port, prefix + n, "1");
                    }
                  }));
    }
    for (Thread t : workers) {
      t.join();
    }
  }

  /** One survey as Asterisk runs it; true when the server asked, took the key and thanked. */
  private static boolean session(String host, int port, String callId, String key) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(host, port), 5000);
      s.setSoTimeout(10_000);
      s.setTcpNoDelay(true);
      OutputStream o = s.getOutputStream();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
      o.write(
          ("agi_network: yes\nagi_network_script: hotline-survey?callid="
                  + callId
                  + "\nagi_request: agi://"
                  + host
                  + ":"
                  + port
                  + "/hotline-survey?callid="
                  + callId
                  + "\nagi_channel: PJSIP/trunk-00000001\n"
                  + "agi_uniqueid: "
                  + callId
                  + "\nagi_callerid: 13800138000\nagi_version: 20.0.0\n\n")
              .getBytes(StandardCharsets.UTF_8));
      o.flush();
      boolean asked = false;
      boolean thanked = false;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String reply = "200 result=1\n";
        if (line.startsWith("GET DATA")) {
          asked = true;
          reply = "200 result=" + key + "\n";
        } else if (line.startsWith("STREAM FILE")) {
          thanked |= line.contains("thanks");
          reply = "200 result=0 endpos=16000\n";
        }
        o.write(reply.getBytes(StandardCharsets.UTF_8));
        o.flush();
      }
      return asked && thanked;
    } catch (IOException e) {
      return false;
    }
  }
}
