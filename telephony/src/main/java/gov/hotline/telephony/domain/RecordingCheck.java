package gov.hotline.telephony.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Decides a recording's status: a file shorter than {@code minSeconds} is EMPTY, one whose RMS is
 * below {@code silenceDbfs} is SILENT (digital silence from a dead line is not a recording of a
 * conversation); a file not there yet is PENDING for {@code grace} after the call ended, MISSING
 * afterwards when the call needed one.
 */
public record RecordingCheck(double minSeconds, double silenceDbfs, Duration grace) {
  public static RecordingCheck defaults() {
    return new RecordingCheck(0.5, -50, Duration.ofSeconds(5));
  }

  /** Whether a call needs a recording: every answered citizen call and every callback (回访). */
  public static boolean expected(Call c) {
    if (c.direction() == Direction.SUPERVISION
        || c.direction() == Direction.PLATFORM
        || c.direction() == Direction.INTERNAL) {
      // a team lead's spy leg, another platform originate or a call between the hotline's own
      // phones is no citizen's call: no recording of its own
      return c.recordingStarted();
    }
    return c.answered()
        || c.direction() == Direction.CALLBACK && c.times().answeredAt() != null
        || c.recordingStarted();
  }

  public RecordingStatus of(WavInfo w) {
    if (w.durationSeconds() < minSeconds) {
      return RecordingStatus.EMPTY;
    }
    return w.rmsDbfs() < silenceDbfs ? RecordingStatus.SILENT : RecordingStatus.VERIFIED;
  }

  /**
   * No file (yet): PENDING while the call is young or running, then MISSING when one was needed,
   * else NONE.
   */
  public RecordingStatus absent(Call c, Instant now) {
    boolean young = !c.ended() || c.times().endedAt().plus(grace).isAfter(now);
    if (expected(c)) {
      return young ? RecordingStatus.PENDING : RecordingStatus.MISSING;
    }
    return young && c.recordingFile() != null ? RecordingStatus.PENDING : RecordingStatus.NONE;
  }
}
