package gov.hotline.reporting.domain;

import java.time.LocalDate;

/**
 * Counters of the calls that entered one queue in one hour of one day. Rollups store slices;
 * reports merge them. Agents are kept apart, per day ({@link AgentDay}), so that a month is read
 * from a few thousand rows, not one per agent and hour.
 */
public record TrafficSlice(LocalDate day, int hour, String queue, TrafficCounters counters) {}
