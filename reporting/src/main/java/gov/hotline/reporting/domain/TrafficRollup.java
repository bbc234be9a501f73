package gov.hotline.reporting.domain;

import java.util.List;

/**
 * The stored shape of call traffic for a period: hourly slices per queue (every offered and
 * after-hours call, once) and daily counters per answering agent (every answered call, once more).
 * Reports take totals, hours, days and queues from the slices and only the agent breakdown from the
 * agent days.
 */
public record TrafficRollup(List<TrafficSlice> hours, List<AgentDay> agents) {
  public static final TrafficRollup EMPTY = new TrafficRollup(List.of(), List.of());

  public TrafficRollup {
    hours = List.copyOf(hours);
    agents = List.copyOf(agents);
  }
}
