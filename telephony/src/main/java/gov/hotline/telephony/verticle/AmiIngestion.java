package gov.hotline.telephony.verticle;

import gov.hotline.telephony.adapter.ami.AmiCommands;
import gov.hotline.telephony.adapter.ami.AmiConnector;
import gov.hotline.telephony.adapter.queuelog.FileQueueLog;
import gov.hotline.telephony.domain.AmiFrame;
import gov.hotline.telephony.domain.AmiServerConfig;
import gov.hotline.telephony.domain.CallFolder;
import gov.hotline.telephony.domain.FoldPolicy;
import gov.hotline.telephony.domain.IngestResult;
import gov.hotline.telephony.port.IngestionMetrics;
import gov.hotline.telephony.port.PbxCommands;
import gov.hotline.telephony.port.TelephonyTransactions;
import gov.hotline.telephony.service.IngestionPump;
import gov.hotline.telephony.service.IngestionQueue;
import gov.hotline.telephony.service.IngestionService;
import gov.hotline.telephony.service.ReconcileReport;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Telephony's entry point: one ingestion chain per Asterisk server (AMI reader → bounded queue →
 * ingestion thread → storage and fold → the after-commit chain), with the queue_log repairs after
 * every reconnect and on a schedule. Infra starts it with the servers to listen to (in the demo,
 * the AMI simulator's), as it starts the other contexts' verticles.
 */
public final class AmiIngestion implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AmiIngestion.class);

  /**
   * How ingestion runs: calls abandoned within {@code shortAbandonSeconds} are short abandons; each
   * server's queue holds {@code queueCapacity} messages; queue_log repairs run every {@code
   * reconcileEveryMinutes} (0: only after reconnects); a link whose oldest unstored frame is older
   * than {@code lagLimit} is DEGRADED. {@code wrapUpSeconds} is the queue's wrap-up time
   * (queues.conf {@code wrapuptime}), the least wrap-up of an answered call.
   */
  public record Settings(
      int shortAbandonSeconds,
      int queueCapacity,
      int reconcileEveryMinutes,
      Duration lagLimit,
      int wrapUpSeconds) {}

  private final List<AmiLink> links;
  private final ScheduledExecutorService scheduler;
  private final Duration lagLimit;

  private AmiIngestion(List<AmiLink> links, ScheduledExecutorService scheduler, Duration lagLimit) {
    this.links = links;
    this.scheduler = scheduler;
    this.lagLimit = lagLimit;
  }

  /**
   * Starts ingesting every server; {@code afterCommit} gets every committed batch (live board,
   * push, follow-ups).
   */
  public static AmiIngestion start(
      List<AmiServerConfig> servers,
      Settings cfg,
      TelephonyTransactions store,
      IngestionMetrics metrics,
      Consumer<IngestResult> afterCommit) {
    FoldPolicy policy = FoldPolicy.of(cfg.shortAbandonSeconds(), cfg.wrapUpSeconds());
    ScheduledExecutorService scheduler =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("telephony-scheduler").factory());
    List<AmiLink> links = new ArrayList<>();
    for (AmiServerConfig server : servers) {
      IngestionQueue queue = new IngestionQueue(cfg.queueCapacity());
      IngestionService service =
          new IngestionService(server.id(), store, new CallFolder(server.id(), policy));
      AmiLink[] self = new AmiLink[1];
      Consumer<IngestResult> committed =
          afterCommit.andThen(r -> reconnected(r, self[0], scheduler));
      IngestionPump pump = new IngestionPump(queue, service, metrics, committed).start();
      AmiConnector connector = new AmiConnector(server, queue).start();
      AmiLink link =
          new AmiLink(
              connector,
              queue,
              pump,
              server.queueLog() == null ? null : new FileQueueLog(server.queueLog()),
              new AmiCommands(connector),
              new LongAdder(),
              new LongAdder());
      self[0] = link;
      links.add(link);
      LOG.info(
          "ingesting AMI of {} (queue_log: {})",
          server,
          server.queueLog() == null ? "none" : server.queueLog());
    }
    AmiIngestion runtime = new AmiIngestion(List.copyOf(links), scheduler, cfg.lagLimit());
    if (cfg.reconcileEveryMinutes() > 0) {
      scheduler.scheduleWithFixedDelay(
          runtime::reconcileRecent,
          cfg.reconcileEveryMinutes(),
          cfg.reconcileEveryMinutes(),
          TimeUnit.MINUTES);
    }
    return runtime;
  }

  /**
   * After every login (a reconnect, or the platform's own start after downtime) the gap is repaired
   * from queue_log, once the resynchronisation has been folded and Asterisk has written the lines
   * of calls that ended meanwhile.
   */
  private static void reconnected(
      IngestResult r, AmiLink link, ScheduledExecutorService scheduler) {
    if (r.boundaries().stream().anyMatch(f -> f.type() == AmiFrame.Type.CONNECTED)) {
      scheduler.schedule(() -> reconcile(link), 2, TimeUnit.SECONDS);
    }
  }

  private static void reconcile(AmiLink link) {
    link.reconcileRecent()
        .ifPresent(
            f ->
                f.whenComplete(
                    (report, err) -> {
                      if (err != null) {
                        LOG.warn("reconciling {} from queue_log failed", link.serverId(), err);
                      } else {
                        link.reconciled(report);
                        LOG.info("{}", report.summary());
                        report.lines().forEach(l -> LOG.info("  {}", l));
                      }
                    }));
  }

  /**
   * Repairs the recent past of every server from its queue_log (scheduled; also after every
   * reconnect).
   */
  public void reconcileRecent() {
    links.forEach(AmiIngestion::reconcile);
  }

  /** Repairs {@code [from, to)} on every server that has a queue_log; waits for the reports. */
  public List<ReconcileReport> reconcile(Instant from, Instant to) {
    return links.stream()
        .map(l -> l.reconcile(from, to))
        .flatMap(Optional::stream)
        .map(CompletableFuture::join)
        .toList();
  }

  /** The links, one per server (for their metrics). */
  public List<AmiLink> links() {
    return links;
  }

  /**
   * Health of every AMI link and its ingestion: DOWN when a link is not logged in, DEGRADED when
   * one lags beyond the threshold, is failing to store or could not fold messages lately, UP
   * otherwise.
   */
  public JsonObject health() {
    JsonArray servers = new JsonArray();
    links.forEach(l -> servers.add(l.health(lagLimit)));
    List<String> states = servers.stream().map(o -> ((JsonObject) o).getString("status")).toList();
    String status =
        links.isEmpty()
            ? "DISABLED"
            : states.contains("DOWN") ? "DOWN" : states.contains("DEGRADED") ? "DEGRADED" : "UP";
    return new JsonObject().put("status", status).put("servers", servers);
  }

  /**
   * Waits (bounded) until every AMI link is logged in; the demo starts with its simulator
   * connected.
   */
  public void awaitConnected(Duration atMost) {
    long deadline = System.nanoTime() + atMost.toNanos();
    while (System.nanoTime() < deadline
        && !links.stream().allMatch(l -> l.connector().status().connected())) {
      LockSupport.parkNanos(10_000_000);
    }
  }

  /** The actions that can be sent to one server. */
  public Optional<PbxCommands> commands(String serverId) {
    return links.stream()
        .filter(l -> l.serverId().equals(serverId))
        .findFirst()
        .map(AmiLink::commands);
  }

  /** The first (usually only) server's id, for actions not tied to a call. */
  public Optional<String> defaultServer() {
    return links.stream().findFirst().map(AmiLink::serverId);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    links.forEach(AmiLink::close);
  }
}
