package gov.hotline.telephony.port;

import gov.hotline.telephony.domain.CallSurvey;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored survey answers (满意度测评), one per call. */
public interface CallSurveys {
  /** Stores the answer unless the call already has one; true when this one was stored. */
  boolean addIfAbsent(CallSurvey survey);

  Optional<CallSurvey> byCallId(String callId);

  /** The answers of these calls (calls without one are simply absent). */
  List<CallSurvey> byCallIds(Collection<String> callIds);
}
