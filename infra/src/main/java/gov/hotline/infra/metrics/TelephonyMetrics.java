package gov.hotline.infra.metrics;

import gov.hotline.telephony.domain.IngestResult;
import gov.hotline.telephony.domain.RecordingStatus;
import gov.hotline.telephony.port.IngestionMetrics;
import gov.hotline.telephony.port.RecordingMetrics;
import gov.hotline.telephony.verticle.AmiLink;
import gov.hotline.telephony.verticle.PbxSlot;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * AMI ingestion in Prometheus: messages stored and how many were malformed, partial, of unknown
 * events, oversize; batch store time; each message's socket-to-commit latency (with p50/p99);
 * failed batches; recordings checked.
 */
public final class TelephonyMetrics implements IngestionMetrics, RecordingMetrics {
  private final MeterRegistry registry;
  private final Map<String, PerServer> servers = new ConcurrentHashMap<>();

  public TelephonyMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void checked(RecordingStatus status, long n) {
    Counter.builder("hotline_recordings_checked")
        .description("recordings checked after the call ended")
        .tag("status", status.name())
        .register(registry)
        .increment(n);
  }

  /**
   * The state of each configured AMI server on this instance: whether this instance ingests it,
   * logged in, reconnects, queue depth and drops, queue_log repairs, lag (zero while another
   * instance ingests it).
   */
  public static void registerSlots(MeterRegistry registry, List<PbxSlot> slots) {
    slots.forEach(slot -> registerSlot(registry, slot));
  }

  private static double of(PbxSlot slot, ToDoubleFunction<AmiLink> value) {
    return slot.link().map(value::applyAsDouble).orElse(0.0);
  }

  private static void registerSlot(MeterRegistry registry, PbxSlot slot) {
    String server = slot.serverId();
    Gauge.builder("hotline_ami_ingesting", slot, s -> s.link().isPresent() ? 1 : 0)
        .description("1 while this instance holds the server's ingestion lease and ingests it")
        .tag("server", server)
        .register(registry);
    Gauge.builder(
            "hotline_ami_connected",
            slot,
            s -> of(s, l -> l.connector().status().connected() ? 1 : 0))
        .description("1 while the AMI link is logged in")
        .tag("server", server)
        .register(registry);
    FunctionCounter.builder(
            "hotline_ami_reconnects", slot, s -> of(s, l -> l.connector().status().reconnects()))
        .description("AMI reconnects since this instance began ingesting the server")
        .tag("server", server)
        .register(registry);
    Gauge.builder("hotline_ami_queue_depth", slot, s -> of(s, l -> l.queue().depth()))
        .description("AMI messages waiting for ingestion")
        .tag("server", server)
        .register(registry);
    Gauge.builder("hotline_ami_queue_capacity", slot, s -> of(s, l -> l.queue().capacity()))
        .description("size of the ingestion queue")
        .tag("server", server)
        .register(registry);
    FunctionCounter.builder(
            "hotline_ami_messages_dropped", slot, s -> of(s, l -> l.queue().dropped()))
        .description("AMI messages dropped because ingestion was behind (repaired from queue_log)")
        .tag("server", server)
        .register(registry);
    FunctionCounter.builder("hotline_ami_reconcile_runs", slot, s -> s.reconcileRuns().sum())
        .description("reconciliations from queue_log")
        .tag("server", server)
        .register(registry);
    FunctionCounter.builder("hotline_ami_reconcile_fixes", slot, s -> s.reconcileFixes().sum())
        .description("calls added or repaired from queue_log")
        .tag("server", server)
        .register(registry);
    Gauge.builder("hotline_ami_lag_seconds", slot, s -> of(s, l -> l.pump().lagNanos() / 1e9))
        .description("socket → commit delay of the last stored message")
        .tag("server", server)
        .register(registry);
    Gauge.builder(
            "hotline_ami_oldest_pending_seconds",
            slot,
            s -> of(s, l -> l.pump().health().oldestPending().toMillis() / 1e3))
        .description("age of the oldest AMI frame not yet stored and folded (0 when none waits)")
        .tag("server", server)
        .register(registry);
  }

  private record PerServer(
      Counter stored,
      Counter malformed,
      Counter partial,
      Counter unknown,
      Counter oversize,
      Counter truncated,
      Counter failed,
      Counter foldErrors,
      Timer batch,
      Timer latency) {}

  private PerServer of(String server) {
    return servers.computeIfAbsent(
        server,
        s ->
            new PerServer(
                counter("hotline_ami_messages_stored", "AMI messages stored raw", s),
                counter(
                    "hotline_ami_messages_malformed",
                    "AMI messages with lines that are not headers, or no Event/Response",
                    s),
                counter(
                    "hotline_ami_messages_partial", "AMI messages cut in half by a disconnect", s),
                counter(
                    "hotline_ami_events_unknown",
                    "AMI events of a name the platform does not know",
                    s),
                counter(
                    "hotline_ami_messages_oversize",
                    "AMI messages with a header value above 8 KiB",
                    s),
                counter("hotline_ami_messages_truncated", "AMI messages cut at the 1 MiB limit", s),
                counter(
                    "hotline_ami_batches_failed",
                    "AMI batches whose storing failed and was retried",
                    s),
                counter(
                    "hotline_ami_fold_errors",
                    "AMI messages kept raw but not folded into calls (flagged with the error)",
                    s),
                Timer.builder("hotline_ami_batch_store")
                    .description("time to store one batch of AMI messages")
                    .tag("server", s)
                    .register(registry),
                Timer.builder("hotline_ami_event_persisted")
                    .description("AMI message received on the socket → committed")
                    .tag("server", s)
                    .publishPercentiles(0.5, 0.99)
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(1))
                    .maximumExpectedValue(Duration.ofSeconds(30))
                    .register(registry)));
  }

  private Counter counter(String name, String help, String server) {
    return Counter.builder(name).description(help).tag("server", server).register(registry);
  }

  @Override
  public void stored(String serverId, IngestResult.Counts c, long storeNanos) {
    PerServer p = of(serverId);
    p.stored.increment(c.messages());
    p.malformed.increment(c.malformed());
    p.partial.increment(c.partial());
    p.unknown.increment(c.unknown());
    p.oversize.increment(c.oversize());
    p.truncated.increment(c.truncated());
    p.batch.record(storeNanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void latency(String serverId, long nanos) {
    of(serverId).latency.record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void failed(String serverId) {
    of(serverId).failed.increment();
  }

  @Override
  public void foldError(String serverId) {
    of(serverId).foldErrors.increment();
  }
}
