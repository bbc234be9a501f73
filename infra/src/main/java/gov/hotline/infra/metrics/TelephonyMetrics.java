package gov.hotline.infra.metrics;

import gov.hotline.telephony.port.IngestionMetrics;
import gov.hotline.telephony.service.IngestResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * AMI ingestion in Prometheus: messages stored and how many were malformed, partial, of unknown events, oversize;
 * batch store time; each message's socket-to-commit latency (with p50/p99); failed batches.
 */
public final class TelephonyMetrics implements IngestionMetrics {
  private final MeterRegistry registry;
  private final Map<String, PerServer> servers = new ConcurrentHashMap<>();

  public TelephonyMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  private record PerServer(Counter stored, Counter malformed, Counter partial, Counter unknown, Counter oversize,
                           Counter truncated, Counter failed, Counter foldErrors, Timer batch, Timer latency) {
  }

  private PerServer of(String server) {
    return servers.computeIfAbsent(server, s -> new PerServer(
        counter("hotline_ami_messages_stored", "AMI messages stored raw", s),
        counter("hotline_ami_messages_malformed", "AMI messages with lines that are not headers, or no Event/Response", s),
        counter("hotline_ami_messages_partial", "AMI messages cut in half by a disconnect", s),
        counter("hotline_ami_events_unknown", "AMI events of a name the platform does not know", s),
        counter("hotline_ami_messages_oversize", "AMI messages with a header value above 8 KiB", s),
        counter("hotline_ami_messages_truncated", "AMI messages cut at the 1 MiB limit", s),
        counter("hotline_ami_batches_failed", "AMI batches whose storing failed and was retried", s),
        counter("hotline_ami_fold_errors", "AMI messages kept raw but not folded into calls (flagged with the error)",
            s),
        Timer.builder("hotline_ami_batch_store").description("time to store one batch of AMI messages")
            .tag("server", s).register(registry),
        Timer.builder("hotline_ami_event_persisted").description("AMI message received on the socket → committed")
            .tag("server", s).publishPercentiles(0.5, 0.99).publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30))
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
