package gov.hotline.reporting.domain;

import java.time.LocalDate;

/**
 * Counters of the calls that entered the queue in one hour of one day, for one queue and one answering agent
 * ({@code agent} null for calls nobody answered). Rollups store slices; reports merge them.
 */
public record TrafficSlice(LocalDate day, int hour, String queue, String agent, TrafficCounters counters) {
}
