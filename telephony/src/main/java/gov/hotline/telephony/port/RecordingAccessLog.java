package gov.hotline.telephony.port;

import java.time.Instant;

/** The audit log of recording playback (录音调听): every request, granted or not. Append-only. */
public interface RecordingAccessLog {
  /**
   * One request: who, when, which call, which byte range, and what came of it (GRANTED, DENIED,
   * NOT_FOUND).
   */
  record Access(
      String callId,
      long userId,
      String username,
      String role,
      Instant at,
      String range,
      String result) {}

  void append(Access access);
}
