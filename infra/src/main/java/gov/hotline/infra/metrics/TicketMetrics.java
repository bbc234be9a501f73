package gov.hotline.infra.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Business counters of the ticket context, exported on /metrics. */
public final class TicketMetrics {
  private final MeterRegistry registry;
  private final Counter created;

  public TicketMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.created =
        Counter.builder("hotline_tickets_received")
            .description("tickets received (受理)")
            .register(registry);
  }

  public void created() {
    created.increment();
  }

  public void transitioned(String action) {
    Counter.builder("hotline_ticket_transitions")
        .description("ticket lifecycle actions")
        .tag("action", action)
        .register(registry)
        .increment();
  }
}
