package gov.hotline.reporting.service;

import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.user.Actor;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.ReportAccess;
import gov.hotline.reporting.domain.ReportDocument;
import gov.hotline.reporting.domain.TicketReport;
import gov.hotline.reporting.port.TicketStatistics;
import gov.hotline.reporting.port.TrafficStatistics;

/**
 * 工单报表: the ticket report of a period, from the daily ticket rollups and (for 座席被投诉率) the traffic
 * rollups.
 */
public final class TicketReportProducer implements ReportProducer {
  private final TicketStatistics tickets;
  private final TrafficStatistics traffic;
  private final TicketReports reports;
  private final ReferenceData reference;

  public TicketReportProducer(
      TicketStatistics tickets,
      TrafficStatistics traffic,
      TicketReports reports,
      ReferenceData reference) {
    this.tickets = tickets;
    this.traffic = traffic;
    this.reports = reports;
    this.reference = reference;
  }

  @Override
  public String code() {
    return "TICKETS";
  }

  @Override
  public String label() {
    return "工单报表";
  }

  /** The report as {@code actor} may read it (refused for roles that may not). */
  public TicketReport report(Actor actor, Period period) {
    ReportAccess.require(actor, ReportAccess.Use.TICKETS);
    return report(period);
  }

  public TicketReport report(Period period) {
    tickets.catchUp();
    traffic.catchUp();
    return reports.build(
        period, tickets.slices(period), traffic.agentComplaintRate(period), reference.categories());
  }

  @Override
  public ReportDocument produce(Period period) {
    return TicketDocument.of(report(period));
  }
}
