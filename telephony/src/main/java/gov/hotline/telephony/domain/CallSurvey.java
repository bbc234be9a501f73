package gov.hotline.telephony.domain;

import java.time.Instant;
import java.util.Objects;

/** A call's survey answer (满意度测评结果): which key the caller pressed and when. */
public record CallSurvey(String callId, SurveyResult result, String digit, Instant at) {
  public CallSurvey {
    Objects.requireNonNull(callId);
    Objects.requireNonNull(result);
    Objects.requireNonNull(at);
    digit = digit == null ? result.digit() : digit;
  }

  public static CallSurvey answered(String callId, SurveyResult result, Instant at) {
    return new CallSurvey(callId, result, result.digit(), at);
  }
}
