package gov.hotline.telephony.port;

import gov.hotline.telephony.domain.SurveyResult;

/**
 * Told of a call's survey answer (满意度测评) once it is stored as the call's first: the platform stores
 * it as the rating (好差评) of the tickets taken on that call. Runs on the survey session's own
 * thread, after the answer's transaction; a failure here never loses the answer.
 */
@FunctionalInterface
public interface SurveyListener {
  SurveyListener NONE = (callId, result) -> {};

  void answered(String callId, SurveyResult result);
}
