package gov.hotline.reporting.service;

import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.ReportDocument;
import gov.hotline.reporting.domain.TrafficReport;
import gov.hotline.reporting.port.TrafficStatistics;

/** 话务报表: the traffic report of a period, from the hourly rollups (folded first, so it is current). */
public final class TrafficReportProducer implements ReportProducer {
  private final TrafficStatistics statistics;
  private final TrafficReports reports;

  public TrafficReportProducer(TrafficStatistics statistics, TrafficReports reports) {
    this.statistics = statistics;
    this.reports = reports;
  }

  @Override
  public String code() {
    return "TRAFFIC";
  }

  @Override
  public String label() {
    return "话务报表";
  }

  public TrafficReport report(Period period) {
    statistics.catchUp();
    return reports.build(period, statistics.slices(period));
  }

  @Override
  public ReportDocument produce(Period period) {
    return TrafficDocument.of(report(period));
  }
}
