package gov.hotline.telephony.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The daily recording reconciliation (录音核对): calls that needed a recording that day (answered calls
 * and callbacks) against verified recordings, with every call whose recording is missing or
 * unusable.
 */
public record RecordingDay(
    LocalDate day, int callsNeedingRecording, int verified, List<Problem> problems) {
  /** A call without a usable recording. */
  public record Problem(
      String callId, String callerNumber, String agentInterface, String file, String status) {}
}
