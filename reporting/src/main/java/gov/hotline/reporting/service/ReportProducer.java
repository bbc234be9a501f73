package gov.hotline.reporting.service;

import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.ReportDocument;

/** A kind of report that can be produced for any period (e.g. TRAFFIC 话务报表, UNITS 三率排名). */
public interface ReportProducer {
  /** Stable code, e.g. TRAFFIC. */
  String code();

  /** Chinese name, e.g. 话务报表. */
  String label();

  ReportDocument produce(Period period);
}
