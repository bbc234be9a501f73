package gov.hotline.infra.telephony;

import gov.hotline.infra.config.TelephonyConfig;
import gov.hotline.telephony.adapter.ami.AmiCommands;
import gov.hotline.telephony.adapter.ami.AmiConnector;
import gov.hotline.telephony.port.PbxCommands;
import gov.hotline.telephony.adapter.queuelog.FileQueueLog;
import gov.hotline.telephony.domain.AmiFrame;
import gov.hotline.telephony.service.ReconcileReport;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import gov.hotline.telephony.api.AmiServerConfig;
import gov.hotline.telephony.domain.CallFolder;
import gov.hotline.telephony.domain.Dialplan;
import gov.hotline.telephony.domain.FoldPolicy;
import gov.hotline.telephony.port.IngestionMetrics;
import gov.hotline.telephony.port.TelephonyStore;
import gov.hotline.telephony.service.IngestResult;
import gov.hotline.telephony.service.IngestionPump;
import gov.hotline.telephony.service.IngestionQueue;
import gov.hotline.telephony.service.IngestionService;
import gov.hotline.telephony.simulator.AmiSimulator;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running telephony side: one ingestion chain per configured Asterisk server, and in the demo (no Asterisk
 * configured) the AMI simulator with its call generator, reached through the very same client path.
 */
public final class TelephonyRuntime implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TelephonyRuntime.class);

  private final List<AmiLink> links;
  private final AmiSimulator simulator;
  private final ScheduledExecutorService scheduler;
  private final java.time.Duration lagLimit;

  private TelephonyRuntime(List<AmiLink> links, AmiSimulator simulator, ScheduledExecutorService scheduler,
                           java.time.Duration lagLimit) {
    this.links = links;
    this.simulator = simulator;
    this.scheduler = scheduler;
    this.lagLimit = lagLimit;
  }

  /**
   * Starts ingestion; {@code afterCommit} gets every committed batch (live board, push, follow-up work). In the
   * demo without a configured Asterisk, {@code demoCallers} call the simulator again now and then.
   */
  public static TelephonyRuntime start(TelephonyConfig cfg, boolean demo, TelephonyStore store,
                                       IngestionMetrics metrics, MeterRegistry registry,
                                       Consumer<IngestResult> afterCommit, List<String> demoCallers) {
    AmiSimulator simulator = null;
    List<AmiServerConfig> servers = cfg.servers();
    if (servers.isEmpty() && demo) {
      simulator = DemoSimulator.start(cfg, demoCallers);
      servers = List.of(AmiServerConfig.of("sim", "127.0.0.1", simulator.port(), DemoSimulator.USER,
          DemoSimulator.SECRET));
    }
    FoldPolicy policy = new FoldPolicy(cfg.shortAbandonSeconds(), Set.of(Dialplan.CALLBACK_CONTEXT));
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
        Thread.ofPlatform().daemon().name("telephony-scheduler").factory());
    List<AmiLink> links = new ArrayList<>();
    for (AmiServerConfig server : servers) {
      IngestionQueue queue = new IngestionQueue(cfg.queueCapacity());
      IngestionService service = new IngestionService(server.id(), store, new CallFolder(server.id(), policy));
      AmiLink[] self = new AmiLink[1];
      Consumer<IngestResult> committed = afterCommit.andThen(r -> reconnected(r, self[0], scheduler));
      IngestionPump pump = new IngestionPump(queue, service, metrics, committed).start();
      AmiConnector connector = new AmiConnector(server, queue).start();
      AmiLink link = new AmiLink(connector, queue, pump,
          server.queueLog() == null ? null : new FileQueueLog(server.queueLog()), new AmiCommands(connector),
          new LongAdder(), new LongAdder());
      self[0] = link;
      register(registry, link);
      links.add(link);
      LOG.info("ingesting AMI of {} (queue_log: {})", server, server.queueLog() == null ? "none" : server.queueLog());
    }
    TelephonyRuntime runtime = new TelephonyRuntime(List.copyOf(links), simulator, scheduler,
        cfg.ingestLagLimit());
    if (cfg.reconcileEveryMinutes() > 0) {
      scheduler.scheduleWithFixedDelay(runtime::reconcileRecent, cfg.reconcileEveryMinutes(),
          cfg.reconcileEveryMinutes(), TimeUnit.MINUTES);
    }
    return runtime;
  }

  /**
   * After every login (a reconnect, or the platform's own start after downtime) the gap is repaired from queue_log,
   * once the resynchronisation has been folded and Asterisk has written the lines of calls that ended meanwhile.
   */
  private static void reconnected(IngestResult r, AmiLink link, ScheduledExecutorService scheduler) {
    if (r.boundaries().stream().anyMatch(f -> f.type() == AmiFrame.Type.CONNECTED)) {
      scheduler.schedule(() -> reconcile(link), 2, TimeUnit.SECONDS);
    }
  }

  private static void reconcile(AmiLink link) {
    link.reconcileRecent().ifPresent(f -> f.whenComplete((report, err) -> {
      if (err != null) {
        LOG.warn("reconciling {} from queue_log failed", link.serverId(), err);
      } else {
        link.reconciled(report);
        LOG.info("{}", report.summary());
        report.lines().forEach(l -> LOG.info("  {}", l));
      }
    }));
  }

  /** Repairs the recent past of every server from its queue_log (scheduled; also after every reconnect). */
  public void reconcileRecent() {
    links.forEach(TelephonyRuntime::reconcile);
  }

  /** Repairs {@code [from, to)} on every server that has a queue_log; waits for the reports. */
  public List<ReconcileReport> reconcile(Instant from, Instant to) {
    return links.stream().map(l -> l.reconcile(from, to)).flatMap(Optional::stream)
        .map(CompletableFuture::join).toList();
  }

  private static void register(MeterRegistry registry, AmiLink link) {
    String server = link.connector().serverId();
    Gauge.builder("hotline_ami_connected", link, l -> l.connector().status().connected() ? 1 : 0)
        .description("1 while the AMI link is logged in").tag("server", server).register(registry);
    FunctionCounter.builder("hotline_ami_reconnects", link, l -> l.connector().status().reconnects())
        .description("AMI reconnects since start").tag("server", server).register(registry);
    Gauge.builder("hotline_ami_queue_depth", link, l -> l.queue().depth())
        .description("AMI messages waiting for ingestion").tag("server", server).register(registry);
    Gauge.builder("hotline_ami_queue_capacity", link, l -> l.queue().capacity())
        .description("size of the ingestion queue").tag("server", server).register(registry);
    FunctionCounter.builder("hotline_ami_messages_dropped", link, l -> l.queue().dropped())
        .description("AMI messages dropped because ingestion was behind (repaired from queue_log)")
        .tag("server", server).register(registry);
    FunctionCounter.builder("hotline_ami_reconcile_runs", link, l -> l.reconcileRuns().sum())
        .description("reconciliations from queue_log").tag("server", server).register(registry);
    FunctionCounter.builder("hotline_ami_reconcile_fixes", link, l -> l.reconcileFixes().sum())
        .description("calls added or repaired from queue_log").tag("server", server).register(registry);
    Gauge.builder("hotline_ami_lag_seconds", link, l -> l.pump().lagNanos() / 1e9)
        .description("socket → commit delay of the last stored message").tag("server", server).register(registry);
    Gauge.builder("hotline_ami_oldest_pending_seconds", link, l -> l.pump().health().oldestPending().toMillis() / 1e3)
        .description("age of the oldest AMI frame not yet stored and folded (0 when none waits)")
        .tag("server", server).register(registry);
  }

  /**
   * Health of every AMI link and its ingestion: DOWN when a link is not logged in, DEGRADED when one lags beyond the
   * threshold, is failing to store or could not fold messages lately, UP otherwise.
   */
  public JsonObject health() {
    JsonArray servers = new JsonArray();
    links.forEach(l -> servers.add(l.health(lagLimit)));
    List<String> states = servers.stream().map(o -> ((JsonObject) o).getString("status")).toList();
    String status = links.isEmpty() ? "DISABLED" : states.contains("DOWN") ? "DOWN"
        : states.contains("DEGRADED") ? "DEGRADED" : "UP";
    return new JsonObject().put("status", status).put("servers", servers);
  }

  /** Waits (bounded) until every AMI link is logged in; the demo starts with its simulator connected. */
  public void awaitConnected(java.time.Duration atMost) {
    long deadline = System.nanoTime() + atMost.toNanos();
    while (System.nanoTime() < deadline && !links.stream().allMatch(l -> l.connector().status().connected())) {
      java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
    }
  }

  /** The actions that can be sent to one server. */
  public Optional<PbxCommands> commands(String serverId) {
    return links.stream().filter(l -> l.serverId().equals(serverId)).findFirst().map(AmiLink::commands);
  }

  /** The first (usually only) server's id, for actions not tied to a call. */
  public Optional<String> defaultServer() {
    return links.stream().findFirst().map(AmiLink::serverId);
  }

  /** The demo's simulator, when it runs one. */
  public AmiSimulator simulator() {
    return simulator;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    links.forEach(AmiLink::close);
    if (simulator != null) {
      simulator.close();
    }
  }
}
