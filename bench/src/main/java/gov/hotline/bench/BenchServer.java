package gov.hotline.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server under test as a process of its own ({@code java -jar hotline.jar demo}, -Xmx1g, ZGC,
 * as {@code ./hotline demo} runs it), configured only through HOTLINE_* variables; read through
 * {@code /health} and {@code /metrics} like any monitoring would.
 */
final class BenchServer implements AutoCloseable {
  private static final Pattern SAMPLE =
      Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})? ([-0-9.eE+]+|NaN)$");

  private final Process process;
  private final String url;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private BenchServer(Process process, String url) {
    this.process = process;
    this.url = url;
  }

  static BenchServer start(
      String java,
      String jar,
      List<String> jvmOptions,
      int port,
      Map<String, String> env,
      Path logFile)
      throws IOException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx1g",
                "-XX:+UseZGC",
                "-Dorg.jooq.no-logo=true",
                "-Dorg.jooq.no-tips=true",
                "-Duser.timezone=Asia/Shanghai",
                "-Dfile.encoding=UTF-8"));
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-jar", jar, "demo"));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().putAll(env);
    pb.environment().put("HOTLINE_HTTP_PORT", Integer.toString(port));
    pb.redirectErrorStream(true).redirectOutput(logFile.toFile());
    return new BenchServer(pb.start(), "http://localhost:" + port);
  }

  long pid() {
    return process.pid();
  }

  boolean alive() {
    return process.isAlive();
  }

  /** Waits until /health says the AMI link is up; false on timeout or when the process died. */
  boolean awaitAmiUp(Duration atMost) throws InterruptedException {
    long deadline = System.nanoTime() + atMost.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        String body = get("/health");
        if (body.matches("(?s).*\"ami\"\\s*:\\s*\\{\"status\"\\s*:\\s*\"UP\".*")) {
          return true;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    return false;
  }

  String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url + path))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return r.body();
  }

  /**
   * The sum of every sample of a Prometheus metric whose labels contain all of {@code labels}; NaN
   * if absent.
   */
  static double metric(String text, String name, String... labels) {
    Matcher m = SAMPLE.matcher(text);
    double sum = 0;
    boolean found = false;
    while (m.find()) {
      if (!m.group(1).equals(name)) {
        continue;
      }
      String l = m.group(2) == null ? "" : m.group(2);
      if (List.of(labels).stream().allMatch(l::contains)) {
        sum += Double.parseDouble(m.group(3));
        found = true;
      }
    }
    return found ? sum : Double.NaN;
  }

  /** Resident memory of the server process (kB, /proc), or -1. */
  long rssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D+", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /** CPU time used by the server process so far (clock ticks, /proc), or -1. */
  long cpuTicks() {
    try {
      String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  static String javaOf(String javaHome) {
    return javaHome + File.separator + "bin" + File.separator + "java";
  }
}
