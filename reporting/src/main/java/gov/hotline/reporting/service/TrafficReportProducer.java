package gov.hotline.reporting.service;

import gov.hotline.core.user.Actor;
import gov.hotline.reporting.domain.CallbackSatisfaction;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.ReportAccess;
import gov.hotline.reporting.domain.ReportDocument;
import gov.hotline.reporting.domain.TicketSlice;
import gov.hotline.reporting.domain.TrafficReport;
import gov.hotline.reporting.port.AgentStatistics;
import gov.hotline.reporting.port.TicketStatistics;
import gov.hotline.reporting.port.TrafficStatistics;
import java.util.List;

/**
 * 话务报表: the traffic report of a period, from the hourly rollups (folded first, so it is current);
 * its contract panel also shows the service lines (座席被投诉率, 满意率) from the ticket rollups, and its
 * satisfaction section the callbacks' 满意率 beside the post-call survey's 服务满意度.
 */
public final class TrafficReportProducer implements ReportProducer {
  private final TrafficStatistics statistics;
  private final TrafficReports reports;
  private final TicketStatistics tickets;
  private final TicketReports ticketReports;
  private final AgentStatistics agents;

  public TrafficReportProducer(
      TrafficStatistics statistics,
      TrafficReports reports,
      TicketStatistics tickets,
      TicketReports ticketReports,
      AgentStatistics agents) {
    this.statistics = statistics;
    this.reports = reports;
    this.tickets = tickets;
    this.ticketReports = ticketReports;
    this.agents = agents;
  }

  @Override
  public String code() {
    return "TRAFFIC";
  }

  @Override
  public String label() {
    return "话务报表";
  }

  /** The report as {@code actor} may read it (refused for roles that may not). */
  public TrafficReport report(Actor actor, Period period) {
    ReportAccess.require(actor, ReportAccess.Use.TRAFFIC);
    return report(period);
  }

  public TrafficReport report(Period period) {
    statistics.catchUp();
    tickets.catchUp();
    List<TicketSlice> ticketSlices = tickets.summed(period);
    return reports
        .build(
            period,
            statistics.slices(period),
            ticketReports.serviceChecks(
                period, ticketSlices, statistics.agentComplaintRate(period)),
            CallbackSatisfaction.of(ticketReports.totals(period, ticketSlices)))
        .withPeople(agents.work(period));
  }

  @Override
  public ReportDocument produce(Period period) {
    return TrafficDocument.of(report(period));
  }
}
