package gov.hotline.kb.adapter.elastic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Elasticsearch started from an unpacked distribution (Maven Central's
 * integ-test-zip): loopback only, security off, small heap, its own config/data/log directories
 * under a work directory. Elasticsearch refuses to run as root, so as root the node runs as the
 * unprivileged system user {@value #USER} (created when missing). Used by the contract tests and by
 * {@code ./hotline kb-eval}; fails loudly when the node cannot start.
 */
public final class LocalElasticsearch implements AutoCloseable {
  public static final String USER = "esrunner";
  private static final Logger LOG = LoggerFactory.getLogger(LocalElasticsearch.class);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

  private final Process process;
  private final Path pidFile;
  private final Path work;
  private final int port;

  private LocalElasticsearch(Process process, Path pidFile, Path work, int port) {
    this.process = process;
    this.pidFile = pidFile;
    this.work = work;
    this.port = port;
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  /**
   * Starts a node from {@code home} with its state under {@code work} (wiped first) and waits for
   * green. As root, the distribution and the state live in a fresh directory under /tmp owned by
   * {@value #USER}, because the checkout may sit where that user cannot read (a home directory).
   */
  public static LocalElasticsearch start(Path home, Path work) {
    if (!Files.isRegularFile(home.resolve("bin/elasticsearch"))) {
      throw new IllegalStateException(
          "no Elasticsearch distribution at "
              + home
              + " (the build unpacks it into knowledge-base/target/elasticsearch)");
    }
    try {
      if (isRoot()) {
        Path base = Files.createTempDirectory(Path.of("/tmp"), "hotline-es-");
        if (run("cp", "-r", home.toString(), base.resolve("dist").toString()) != 0) {
          throw new IllegalStateException("cannot copy the Elasticsearch distribution to " + base);
        }
        home = base.resolve("dist");
        work = base.resolve("node");
      }
      deleteTree(work);
      Path conf = Files.createDirectories(work.resolve("config"));
      Files.createDirectories(work.resolve("data"));
      Files.createDirectories(work.resolve("logs"));
      try (Stream<Path> files = Files.list(home.resolve("config"))) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          if (!f.getFileName().toString().equals("elasticsearch.keystore")) {
            Files.copy(f, conf.resolve(f.getFileName()));
          }
        }
      }
      Files.createDirectories(conf.resolve("jvm.options.d"));
      int port = freePort();
      Files.writeString(
          conf.resolve("elasticsearch.yml"),
          String.join(
              "\n",
              "cluster.name: hotline-kb-test",
              "node.name: hotline-kb-test",
              "network.host: 127.0.0.1",
              "http.port: " + port,
              "transport.port: " + freePort(),
              "discovery.type: single-node",
              "xpack.security.enabled: false",
              "action.destructive_requires_name: false",
              "cluster.routing.allocation.disk.threshold_enabled: false",
              "path.data: " + work.resolve("data"),
              "path.logs: " + work.resolve("logs"),
              ""));
      Path pid = work.resolve("es.pid");
      List<String> cmd = new ArrayList<>();
      if (isRoot()) {
        ensureUser();
        run("chown", "-R", USER, work.getParent().toString());
        run("chmod", "755", work.getParent().toString());
        cmd.addAll(List.of("runuser", "-u", USER, "--"));
      }
      cmd.addAll(
          List.of(
              "env",
              "ES_JAVA_HOME=" + System.getProperty("java.home"),
              "ES_JAVA_OPTS=-Xms512m -Xmx512m -XX:-HeapDumpOnOutOfMemoryError",
              "ES_PATH_CONF=" + conf,
              "bash",
              home.resolve("bin/elasticsearch").toString(),
              "-p",
              pid.toString()));
      ProcessBuilder pb =
          new ProcessBuilder(cmd)
              .redirectErrorStream(true)
              .redirectOutput(work.resolve("console.log").toFile());
      // a server of its own, like PostgreSQL, keeps the real clock: a shifted one (libfaketime,
      // `hotline test-at`)
      // stalls Elasticsearch's start-up
      pb.environment().keySet().removeIf(k -> k.equals("LD_PRELOAD") || k.startsWith("FAKETIME"));
      Process p = pb.start();
      LocalElasticsearch node = new LocalElasticsearch(p, pid, work, port);
      node.awaitGreen();
      LOG.info("Elasticsearch test node up at {}", node.url());
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start Elasticsearch from " + home, e);
    }
  }

  private void awaitGreen() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive() && !Files.exists(pidFile)) {
        close();
        throw new IllegalStateException("Elasticsearch exited during start-up:\n" + tail());
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(url() + "/_cluster/health?wait_for_status=green&timeout=2s"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("\"green\"")) {
          return;
        }
      } catch (IOException e) {
        pause();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    close();
    throw new IllegalStateException(
        "Elasticsearch did not become green within " + START_TIMEOUT + ":\n" + tail());
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(work.resolve("console.log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no console log)";
    }
  }

  @Override
  public void close() {
    try {
      if (Files.exists(pidFile)) {
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle.of(pid)
            .ifPresent(
                h -> {
                  h.destroy();
                  h.onExit()
                      .orTimeout(30, TimeUnit.SECONDS)
                      .exceptionally(
                          t -> {
                            h.destroyForcibly();
                            return h;
                          })
                      .join();
                });
      }
    } catch (IOException | NumberFormatException e) {
      LOG.warn("could not read the Elasticsearch pid file: {}", e.getMessage());
    }
    process.destroy();
    if (isRoot() && work.getParent().getFileName().toString().startsWith("hotline-es-")) {
      try {
        deleteTree(work.getParent());
      } catch (IOException e) {
        LOG.warn("could not remove {}: {}", work.getParent(), e.getMessage());
      }
    }
  }

  static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static void ensureUser() {
    if (run("id", "-u", USER) != 0
        && run("useradd", "-r", "-M", "-s", "/usr/sbin/nologin", USER) != 0) {
      throw new IllegalStateException(
          "cannot create the system user " + USER + " to run Elasticsearch as non-root");
    }
  }

  private static int run(String... cmd) {
    try {
      Process p =
          new ProcessBuilder(cmd)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return p.waitFor();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
