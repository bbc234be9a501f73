package gov.hotline.telephony.port;

import gov.hotline.telephony.domain.SurveyOutcome;

/** What the survey reports about itself (implemented with Micrometer in infra). */
public interface SurveyMetrics {
  /** One survey session ended this way. */
  void ended(SurveyOutcome outcome);

  SurveyMetrics NONE = outcome -> {};
}
