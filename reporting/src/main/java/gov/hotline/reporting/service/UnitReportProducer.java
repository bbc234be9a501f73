package gov.hotline.reporting.service;

import gov.hotline.core.port.ReferenceData;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.ReportDocument;

/** 承办单位三率排名 for the archive. */
public final class UnitReportProducer implements ReportProducer {
  private final UnitRanking ranking;
  private final ReferenceData reference;

  public UnitReportProducer(UnitRanking ranking, ReferenceData reference) {
    this.ranking = ranking;
    this.reference = reference;
  }

  @Override
  public String code() {
    return "UNITS";
  }

  @Override
  public String label() {
    return "承办单位三率排名";
  }

  @Override
  public ReportDocument produce(Period period) {
    return UnitDocument.of(period, ranking.rank(period, reference.orgTree()), ranking.weights());
  }
}
