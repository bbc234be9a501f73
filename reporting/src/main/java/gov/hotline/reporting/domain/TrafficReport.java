package gov.hotline.reporting.domain;

import java.util.List;

/**
 * A traffic report (话务报表) for one period: totals, breakdowns by hour of day, by day (weeks and
 * months), by queue and by agent, and the contract panel.
 */
public record TrafficReport(
    Period period,
    ReportSettings settings,
    TrafficKpis totals,
    List<Row> byHour,
    List<Row> byDay,
    List<Row> byQueue,
    List<Row> byAgent,
    List<ContractCheck> contract) {

  /**
   * One row of a breakdown: its label (e.g. "09:00", "2026-11-21", a queue, an agent) and its KPIs.
   */
  public record Row(String label, TrafficKpis kpis) {}
}
