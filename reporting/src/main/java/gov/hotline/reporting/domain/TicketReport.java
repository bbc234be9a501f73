package gov.hotline.reporting.domain;

import java.util.List;

/**
 * A ticket report (工单报表) for one period: totals, volume and quality by channel, appeal type, first-
 * and second-level category and (weeks, months) by day, the complaints about agents with the calls
 * answered, and the service lines of the contract panel.
 */
public record TicketReport(
    Period period,
    TicketKpis totals,
    List<Row> byChannel,
    List<Row> byAppealType,
    List<Row> byCategoryGroup,
    List<Row> byCategory,
    List<Row> byDay,
    long agentComplaints,
    long answeredCalls,
    List<ContractCheck> contract) {

  public TicketReport {
    byChannel = List.copyOf(byChannel);
    byAppealType = List.copyOf(byAppealType);
    byCategoryGroup = List.copyOf(byCategoryGroup);
    byCategory = List.copyOf(byCategory);
    byDay = List.copyOf(byDay);
    contract = List.copyOf(contract);
  }

  /**
   * 座席被投诉率, see {@link AgentComplaintRate}: {@code agentComplaints} are the answered calls with a
   * complaint reviewed as 成立.
   */
  public Ratio agentComplaintRate() {
    return new AgentComplaintRate(agentComplaints, answeredCalls).rate();
  }

  /** One row of a breakdown: its code (e.g. PHONE, SR01), its Chinese label and its KPIs. */
  public record Row(String code, String label, TicketKpis kpis) {}
}
