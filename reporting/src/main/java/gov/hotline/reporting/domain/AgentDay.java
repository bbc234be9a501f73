package gov.hotline.reporting.domain;

import java.time.LocalDate;

/**
 * Counters of the calls one agent answered on one day (by when they entered the queue), for the 分座席
 * breakdown.
 */
public record AgentDay(LocalDate day, String agent, TrafficCounters counters) {}
