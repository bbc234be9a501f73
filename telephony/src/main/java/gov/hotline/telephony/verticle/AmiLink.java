package gov.hotline.telephony.verticle;

import gov.hotline.telephony.adapter.ami.AmiConnector;
import gov.hotline.telephony.port.PbxCommands;
import gov.hotline.telephony.port.QueueLogSource;
import gov.hotline.telephony.service.IngestionPump;
import gov.hotline.telephony.service.IngestionQueue;
import gov.hotline.telephony.service.ReconcileReport;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;

/**
 * One Asterisk server's ingestion chain: reader → bounded queue → ingestion thread, and its
 * queue_log. Its parts are public for the metrics infra registers.
 */
public record AmiLink(
    AmiConnector connector,
    IngestionQueue queue,
    IngestionPump pump,
    QueueLogSource queueLog,
    PbxCommands commands,
    LongAdder reconcileRuns,
    LongAdder reconcileFixes)
    implements AutoCloseable {

  /** How far back an automatic reconciliation looks from the newest queue_log line. */
  static final Duration LOOKBACK = Duration.ofHours(2);

  public String serverId() {
    return connector.serverId();
  }

  /**
   * Repairs calls from queue_log lines in {@code [from, to)}, on the ingestion thread; empty
   * without a queue_log.
   */
  Optional<CompletableFuture<ReconcileReport>> reconcile(Instant from, Instant to) {
    if (queueLog == null) {
      return Optional.empty();
    }
    return Optional.of(
        pump.submit(service -> service.reconcile(queueLog.read(from, to), from, to)));
  }

  /** Repairs the recent past: the last two hours of queue_log, by Asterisk's clock. */
  Optional<CompletableFuture<ReconcileReport>> reconcileRecent() {
    if (queueLog == null) {
      return Optional.empty();
    }
    Optional<Instant> newest = queueLog.newest();
    if (newest.isEmpty()) {
      Instant now = Instant.now();
      return Optional.of(
          CompletableFuture.completedFuture(
              new ReconcileReport(serverId(), now, now, 0, 0, List.of())));
    }
    return reconcile(newest.get().minus(LOOKBACK), newest.get().plusSeconds(1));
  }

  void reconciled(ReconcileReport report) {
    reconcileRuns.increment();
    reconcileFixes.add(report.fixes().size());
  }

  /**
   * The link and its ingestion: DOWN while not logged in; DEGRADED when the oldest frame not yet
   * stored and folded is older than {@code lagLimit}, when storing is failing, or when messages
   * could not be folded in the last minutes; else UP. {@code problem} says why in Chinese.
   */
  JsonObject health(Duration lagLimit) {
    var s = connector.status();
    IngestionPump.Health h = pump.health();
    String problem = null;
    if (!s.connected()) {
      problem = "AMI 连接已断开，正在重连";
    } else if (h.failing()) {
      problem = "事件入库失败，正在重试（数据库不可达）";
    } else if (h.oldestPending().compareTo(lagLimit) > 0) {
      problem = "事件入库滞后 " + h.oldestPending().toSeconds() + " 秒（阈值 " + lagLimit.toSeconds() + " 秒）";
    } else if (h.recentFoldErrors() > 0) {
      problem =
          "最近 "
              + IngestionPump.FOLD_ERROR_WINDOW.toMinutes()
              + " 分钟有 "
              + h.recentFoldErrors()
              + " 条事件无法归并为通话（原文已保存并标记）";
    }
    String status = !s.connected() ? "DOWN" : problem != null ? "DEGRADED" : "UP";
    return new JsonObject()
        .put("server", s.serverId())
        .put("status", status)
        .put("problem", problem)
        .put("state", s.state().name())
        .put("since", s.since().toString())
        .put("reconnects", s.reconnects())
        .put("lastError", s.lastError())
        .put("queueDepth", queue.depth())
        .put("dropped", queue.dropped())
        .put("lagMs", pump.lagNanos() / 1_000_000)
        .put("oldestPendingMs", h.oldestPending().toMillis())
        .put("lagLimitMs", lagLimit.toMillis())
        .put("storing", h.failing() ? "RETRYING" : "OK")
        .put("foldErrors", h.recentFoldErrors())
        .put("foldErrorWindowMinutes", IngestionPump.FOLD_ERROR_WINDOW.toMinutes())
        .put("lastFoldError", h.lastFoldError())
        .put("queueLog", queueLog == null ? null : queueLog.toString());
  }

  @Override
  public void close() {
    connector.close();
    pump.close();
  }
}
