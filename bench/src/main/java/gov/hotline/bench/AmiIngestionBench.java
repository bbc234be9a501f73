package gov.hotline.bench;

import gov.hotline.telephony.simulator.AmiSimulator;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * AMI ingestion with persistence (DESIGN §7: ≥ 20,000 events/s sustained, event→persisted p99 < 100
 * ms, a 50,000-event burst absorbed with zero loss), over the real path: the AMI simulator (TCP,
 * banner, challenge, login) plays the events of the 300-call load capture as new calls → the
 * server, a process of its own, reads them with Asterisk-Java → bounded hand-off queue → raw event
 * log and call fold in PostgreSQL. Prints the machine and the figures; exits 0 even when a target
 * is missed (2 when the server cannot be started).
 */
public final class AmiIngestionBench {
  static final String SERVER_ID = "bench";
  private static final PrintStream out = System.out;

  private AmiIngestionBench() {}

  record Options(
      String db,
      String jar,
      String javaHome,
      Path transcript,
      int port,
      double rate,
      double seconds,
      double warmupRate,
      double warmupSeconds,
      double closedSeconds,
      long window,
      long burst,
      boolean keepDb,
      List<String> serverJvmOptions) {
    static Options parse(String[] args) {
      Map<String, String> a = new HashMap<>();
      for (int i = 0; i < args.length; i++) {
        if (args[i].equals("--keep-db")) {
          a.put("keep-db", "true");
        } else if (args[i].startsWith("--") && i + 1 < args.length) {
          a.put(args[i].substring(2), args[++i]);
        } else {
          throw new IllegalArgumentException(
              "unknown option " + args[i] + " (see bench/README.md)");
        }
      }
      Options o =
          new Options(
              a.getOrDefault("db", "jdbc:postgresql://localhost:5432/hotline_ami_bench"),
              a.getOrDefault("jar", "infra/target/hotline.jar"),
              a.getOrDefault("java-home", System.getProperty("java.home")),
              Path.of(
                  a.getOrDefault(
                      "transcript", "telephony/src/test/resources/fixtures/ami/load.ami")),
              Integer.parseInt(a.getOrDefault("port", "8385")),
              Double.parseDouble(a.getOrDefault("rate", "20000")),
              Double.parseDouble(a.getOrDefault("duration", "30")),
              Double.parseDouble(a.getOrDefault("warmup-rate", "10000")),
              Double.parseDouble(a.getOrDefault("warmup", "20")),
              Double.parseDouble(a.getOrDefault("closed-loop", "30")),
              Long.parseLong(a.getOrDefault("window", "20000")),
              Long.parseLong(a.getOrDefault("burst", "50000")),
              a.containsKey("keep-db"),
              a.containsKey("server-jvm")
                  ? List.of(a.get("server-jvm").trim().split("\\s+"))
                  : List.of());
      a.keySet()
          .removeAll(
              Set.of(
                  "db",
                  "jar",
                  "java-home",
                  "transcript",
                  "port",
                  "rate",
                  "duration",
                  "warmup-rate",
                  "warmup",
                  "closed-loop",
                  "window",
                  "burst",
                  "keep-db",
                  "server-jvm"));
      if (!a.isEmpty()) {
        throw new IllegalArgumentException(
            "unknown options " + a.keySet() + " (see bench/README.md)");
      }
      return o;
    }
  }

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    out.println(
        "12345 hotline: AMI ingestion with persistence (simulator → Asterisk-Java → queue → PostgreSQL)");
    out.println("Machine");
    MachineInfo.describe().forEach(line -> out.println("  " + line));
    AmiLoadTemplate template = AmiLoadTemplate.read(o.transcript());
    out.printf(
        Locale.ROOT,
        "Load: %s, %,d events per loop (%.0f bytes each on average, with Timestamp), %,d calls"
            + " per loop; each loop replays them as new calls%n",
        o.transcript().getFileName(),
        template.size(),
        template.averageBytes(),
        template.callsIn(template.size()));
    out.printf(
        Locale.ROOT,
        "Plan: warm-up %.0f s at %,.0f/s; sustained %.0f s at %,.0f/s; closed loop %.0f s "
            + "(at most %,d events in flight); burst of %,d events%n",
        o.warmupSeconds(),
        o.warmupRate(),
        o.seconds(),
        o.rate(),
        o.closedSeconds(),
        o.window(),
        o.burst());
    if (!o.keepDb()) {
      dropDatabase(o.db());
    }
    SendLog log = new SendLog();
    try (AmiSimulator sim = AmiSimulator.start(AmiSimulator.Options.defaults());
        BenchServer server = startServer(o, sim)) {
      if (server == null) {
        System.exit(2);
      }
      try (PersistedWatcher watcher = new PersistedWatcher(log, o.db(), "postgres", SERVER_ID);
          ServerSampler sampler = new ServerSampler(server)) {
        new AmiBenchRun(o, sim, template, log, watcher, sampler, server, out).run();
      }
    }
    System.exit(0);
  }

  private static BenchServer startServer(Options o, AmiSimulator sim) throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("HOTLINE_DB_URL", o.db());
    env.put("HOTLINE_AMI_HOST", "127.0.0.1");
    env.put("HOTLINE_AMI_PORT", Integer.toString(sim.port()));
    env.put("HOTLINE_AMI_USER", AmiSimulator.Options.defaults().username());
    env.put("HOTLINE_AMI_SECRET", AmiSimulator.Options.defaults().secret());
    env.put("HOTLINE_AMI_SERVER_ID", SERVER_ID);
    env.put("HOTLINE_DATA_DIR", ".hotline/bench-ami-data");
    Path logFile = Path.of(System.getProperty("java.io.tmpdir"), "hotline-ami-bench-server.log");
    BenchServer server =
        BenchServer.start(
            BenchServer.javaOf(o.javaHome()),
            o.jar(),
            o.serverJvmOptions(),
            o.port(),
            env,
            logFile);
    if (!server.awaitAmiUp(Duration.ofMinutes(3))) {
      System.err.println("the server did not come up with its AMI link connected; see " + logFile);
      server.close();
      return null;
    }
    out.printf(
        "Server: pid %d, %s demo -Xmx1g ZGC, database %s, log %s%n",
        server.pid(), o.jar(), o.db(), logFile);
    return server;
  }

  /** A fresh database for every run, so runs compare (the server creates and migrates it). */
  private static void dropDatabase(String url) throws SQLException {
    String name = url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];
    String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
    try (Connection c = DriverManager.getConnection(admin, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS \"" + name.replace("\"", "") + "\" WITH (FORCE)");
    }
  }

  static long number(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
