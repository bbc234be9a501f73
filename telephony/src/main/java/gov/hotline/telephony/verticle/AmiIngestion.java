package gov.hotline.telephony.verticle;

import gov.hotline.telephony.adapter.ami.AmiCommands;
import gov.hotline.telephony.adapter.ami.AmiConnector;
import gov.hotline.telephony.adapter.queuelog.FileQueueLog;
import gov.hotline.telephony.adapter.spool.FileFrameSpool;
import gov.hotline.telephony.domain.AmiFrame;
import gov.hotline.telephony.domain.AmiServerConfig;
import gov.hotline.telephony.domain.CallFolder;
import gov.hotline.telephony.domain.FoldPolicy;
import gov.hotline.telephony.domain.IngestResult;
import gov.hotline.telephony.port.FrameSpool;
import gov.hotline.telephony.port.IngestLeases;
import gov.hotline.telephony.port.IngestionMetrics;
import gov.hotline.telephony.port.PbxCommands;
import gov.hotline.telephony.port.TelephonyTransactions;
import gov.hotline.telephony.service.FencedTransactions;
import gov.hotline.telephony.service.IngestLeaseKeeper;
import gov.hotline.telephony.service.IngestionPump;
import gov.hotline.telephony.service.IngestionQueue;
import gov.hotline.telephony.service.IngestionService;
import gov.hotline.telephony.service.ReconcileReport;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Telephony's entry point: one ingestion chain per Asterisk server whose ingestion lease this
 * instance holds (AMI reader → bounded queue → ingestion thread → storage and fold → the
 * after-commit chain), with the queue_log repairs after every reconnect, every takeover, and on a
 * schedule. Among several instances on one database exactly one ingests each server ({@link
 * IngestLeaseKeeper}); the others stand by and take over within seconds when it goes. Infra starts
 * it with the servers to listen to (in the demo, the AMI simulator's), as it starts the other
 * contexts' verticles.
 */
public final class AmiIngestion implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AmiIngestion.class);

  /**
   * How ingestion runs: calls abandoned within {@code shortAbandonSeconds} are short abandons; each
   * server's queue holds {@code queueCapacity} messages; queue_log repairs run every {@code
   * reconcileEveryMinutes} (0: only after reconnects); a link whose oldest unstored frame is older
   * than {@code lagLimit} is DEGRADED. {@code wrapUpSeconds} is the queue's wrap-up time
   * (queues.conf {@code wrapuptime}), the least wrap-up of an answered call. {@code lease}: this
   * instance's id and how long its ingestion lease of a server lasts unrenewed. {@code spoolDir}:
   * where the AMI frames that wait for an unreachable database are kept on disk (null: in memory
   * only).
   */
  public record Settings(
      int shortAbandonSeconds,
      int queueCapacity,
      int reconcileEveryMinutes,
      Duration lagLimit,
      int wrapUpSeconds,
      IngestLeaseKeeper.Settings lease,
      Path spoolDir) {}

  private final List<PbxSlot> slots;
  private final ScheduledExecutorService scheduler;
  private final Duration lagLimit;
  private final IngestLeaseKeeper keeper;

  private AmiIngestion(
      List<PbxSlot> slots,
      ScheduledExecutorService scheduler,
      Duration lagLimit,
      IngestLeaseKeeper keeper) {
    this.slots = slots;
    this.scheduler = scheduler;
    this.lagLimit = lagLimit;
    this.keeper = keeper;
  }

  /**
   * Takes part in the election of every server's ingester (see {@link IngestLeaseKeeper}) and
   * ingests the servers whose lease this instance holds; {@code afterCommit} gets every committed
   * batch (live board, push, follow-ups).
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
    PbxSlot.Opener opener =
        (server, token, slot) -> {
          IngestionQueue queue = new IngestionQueue(cfg.queueCapacity());
          IngestionService service =
              new IngestionService(
                  server.id(),
                  new FencedTransactions(store, server.id(), () -> token),
                  new CallFolder(server.id(), policy));
          AmiLink[] self = new AmiLink[1];
          Consumer<IngestResult> committed =
              afterCommit.andThen(r -> reconnected(r, self[0], scheduler));
          FrameSpool spool =
              cfg.spoolDir() == null
                  ? FrameSpool.NONE
                  : FileFrameSpool.open(cfg.spoolDir(), server.id(), token);
          IngestionPump pump =
              new IngestionPump(
                      queue,
                      service,
                      metrics,
                      committed,
                      Clock.systemUTC(),
                      System::nanoTime,
                      spool)
                  .start();
          AmiConnector connector = new AmiConnector(server, queue).start();
          self[0] =
              new AmiLink(
                  connector,
                  queue,
                  pump,
                  server.queueLog() == null ? null : new FileQueueLog(server.queueLog()),
                  new AmiCommands(connector),
                  slot.reconcileRuns(),
                  slot.reconcileFixes());
          LOG.info(
              "ingesting AMI of {} with lease token {} (queue_log: {})",
              server,
              token,
              server.queueLog() == null ? "none" : server.queueLog());
          return self[0];
        };
    List<PbxSlot> slots = servers.stream().map(s -> new PbxSlot(s, opener)).toList();
    Map<String, PbxSlot> byId = slots.stream().collect(Collectors.toMap(PbxSlot::serverId, s -> s));
    IngestLeaseKeeper[] keeper = new IngestLeaseKeeper[1];
    keeper[0] =
        new IngestLeaseKeeper(
            store,
            servers.stream().map(AmiServerConfig::id).toList(),
            cfg.lease(),
            new IngestLeaseKeeper.Ingesters() {
              @Override
              public void start(String serverId, long token) {
                byId.get(serverId).take(token, t -> keeper[0].holds(serverId, t));
              }

              @Override
              public void stop(String serverId, String reason) {
                byId.get(serverId).drop(reason);
              }
            },
            System::nanoTime);
    AmiIngestion runtime = new AmiIngestion(slots, scheduler, cfg.lagLimit(), keeper[0]);
    keeper[0].start();
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
    links().forEach(AmiIngestion::reconcile);
  }

  /** Repairs {@code [from, to)} on every server that has a queue_log; waits for the reports. */
  public List<ReconcileReport> reconcile(Instant from, Instant to) {
    return links().stream()
        .map(l -> l.reconcile(from, to))
        .flatMap(Optional::stream)
        .map(CompletableFuture::join)
        .toList();
  }

  /** The ingestion chains this instance runs now, one per server whose lease it holds. */
  public List<AmiLink> links() {
    return slots.stream().map(PbxSlot::link).flatMap(Optional::stream).toList();
  }

  /** Every configured server, ingested here or not (for their metrics). */
  public List<PbxSlot> slots() {
    return slots;
  }

  /**
   * Health of every configured server on this instance, with who ingests it ({@code ingester}:
   * instance id and since when, from the lease): the links this instance ingests are DOWN when not
   * logged in, DEGRADED when one lags beyond the threshold, is failing to store or could not fold
   * messages lately, UP otherwise; a server another instance ingests is STANDBY here, and DOWN when
   * no instance holds its lease.
   */
  public JsonObject health() {
    JsonArray servers = new JsonArray();
    slots.forEach(s -> servers.add(health(s)));
    List<String> states = servers.stream().map(o -> ((JsonObject) o).getString("status")).toList();
    String status =
        slots.isEmpty()
            ? "DISABLED"
            : states.contains("DOWN") ? "DOWN" : states.contains("DEGRADED") ? "DEGRADED" : "UP";
    return new JsonObject()
        .put("status", status)
        .put("instance", keeper.instanceId())
        .put("servers", servers);
  }

  private JsonObject health(PbxSlot slot) {
    Optional<IngestLeases.Lease> lease = keeper.lease(slot.serverId());
    JsonObject ingester =
        lease
            .filter(IngestLeases.Lease::live)
            .map(
                l ->
                    new JsonObject()
                        .put("instance", l.holder())
                        .put("since", l.acquiredAt().toString())
                        .put("token", l.token()))
            .orElse(null);
    Optional<AmiLink> link = slot.link();
    if (link.isPresent()) {
      JsonObject h = link.get().health(lagLimit);
      if (keeper.unverified(slot.serverId())) {
        h.put("status", "UP".equals(h.getString("status")) ? "DEGRADED" : h.getString("status"))
            .put("problem", "接入租约未能续期（数据库不可达）：保持 AMI 连接，事件暂存，恢复后写入");
      }
      return h.put("role", "INGESTING")
          .put("leaseVerified", !keeper.unverified(slot.serverId()))
          .put("ingestingSince", slot.since() == null ? null : slot.since().toString())
          .put("ingester", ingester);
    }
    boolean someoneElse =
        ingester != null && !keeper.instanceId().equals(ingester.getString("instance"));
    return new JsonObject()
        .put("server", slot.serverId())
        .put("status", someoneElse ? "STANDBY" : "DOWN")
        .put("role", "STANDBY")
        .put("problem", someoneElse ? null : "没有实例持有此 PBX 的接入租约（正在争取接入）")
        .put("lastLoss", slot.lastLoss())
        .put("ingester", ingester);
  }

  /**
   * Waits (bounded) until every AMI link is logged in; the demo starts with its simulator
   * connected.
   */
  public void awaitConnected(Duration atMost) {
    long deadline = System.nanoTime() + atMost.toNanos();
    while (System.nanoTime() < deadline
        && !links().stream().allMatch(l -> l.connector().status().connected())) {
      LockSupport.parkNanos(10_000_000);
    }
  }

  /** The actions that can be sent to one server. */
  public Optional<PbxCommands> commands(String serverId) {
    return links().stream()
        .filter(l -> l.serverId().equals(serverId))
        .findFirst()
        .map(AmiLink::commands);
  }

  /** The first (usually only) server's id, for actions not tied to a call. */
  public Optional<String> defaultServer() {
    return slots.stream().findFirst().map(PbxSlot::serverId);
  }

  /** Stops ingesting and ends this instance's leases, so another instance takes over at once. */
  @Override
  public void close() {
    scheduler.shutdownNow();
    keeper.close();
    slots.forEach(s -> s.drop("实例停止"));
  }
}
