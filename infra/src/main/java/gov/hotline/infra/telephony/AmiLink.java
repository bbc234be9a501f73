package gov.hotline.infra.telephony;

import gov.hotline.telephony.adapter.ami.AmiConnector;
import gov.hotline.telephony.port.PbxCommands;
import gov.hotline.telephony.port.QueueLogSource;
import gov.hotline.telephony.service.IngestionPump;
import gov.hotline.telephony.service.IngestionQueue;
import gov.hotline.telephony.service.ReconcileReport;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** One Asterisk server's ingestion chain: reader → bounded queue → ingestion thread, and its queue_log. */
record AmiLink(AmiConnector connector, IngestionQueue queue, IngestionPump pump, QueueLogSource queueLog,
               PbxCommands commands) implements AutoCloseable {

  /** How far back an automatic reconciliation looks from the newest queue_log line. */
  static final Duration LOOKBACK = Duration.ofHours(2);

  String serverId() {
    return connector.serverId();
  }

  /** Repairs calls from queue_log lines in {@code [from, to)}, on the ingestion thread; empty without a queue_log. */
  Optional<CompletableFuture<ReconcileReport>> reconcile(Instant from, Instant to) {
    if (queueLog == null) {
      return Optional.empty();
    }
    return Optional.of(pump.submit(service -> service.reconcile(queueLog.read(from, to), from, to)));
  }

  /** Repairs the recent past: the last two hours of queue_log, by Asterisk's clock. */
  Optional<CompletableFuture<ReconcileReport>> reconcileRecent() {
    if (queueLog == null) {
      return Optional.empty();
    }
    return queueLog.newest().flatMap(newest -> reconcile(newest.minus(LOOKBACK), newest.plusSeconds(1)));
  }

  JsonObject health() {
    var s = connector.status();
    return new JsonObject().put("server", s.serverId()).put("status", s.connected() ? "UP" : "DOWN")
        .put("state", s.state()).put("since", s.since().toString()).put("reconnects", s.reconnects())
        .put("lastError", s.lastError()).put("queueDepth", queue.depth()).put("dropped", queue.dropped())
        .put("lagMs", pump.lagNanos() / 1_000_000).put("queueLog", queueLog == null ? null : queueLog.toString());
  }

  @Override
  public void close() {
    connector.close();
    pump.close();
  }
}
