package gov.hotline.infra.metrics;

import gov.hotline.core.calendar.ServiceBranch;
import gov.hotline.telephony.port.ServiceHoursMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;

/**
 * Service-hours decisions in Prometheus, by branch and whether they were recorded: {@code
 * hotline_service_hours_decisions_total{branch="OPEN",stored="true"}} …
 */
public final class ServiceHoursCounters implements ServiceHoursMetrics {
  private final Map<String, Counter> counters = new HashMap<>();

  public ServiceHoursCounters(MeterRegistry registry) {
    for (ServiceBranch b : ServiceBranch.values()) {
      for (boolean stored : new boolean[] {true, false}) {
        counters.put(
            key(b, stored),
            Counter.builder("hotline_service_hours_decisions")
                .description("service-hours decisions (FastAGI) by branch and whether recorded")
                .tag("branch", b.name())
                .tag("stored", Boolean.toString(stored))
                .register(registry));
      }
    }
  }

  @Override
  public void decided(ServiceBranch branch, boolean stored) {
    counters.get(key(branch, stored)).increment();
  }

  private static String key(ServiceBranch b, boolean stored) {
    return b.name() + "/" + stored;
  }
}
