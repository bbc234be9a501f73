package gov.hotline.reporting.domain;

import java.time.Instant;

/**
 * What reporting needs of one call, as the telephony context recorded it. {@code enteredQueueAt} is
 * null for a call that never reached the hotline queue (after hours, outbound callbacks); {@code
 * startedAt} places such calls in time. Durations in milliseconds: wait from entering the queue to
 * answer or abandon (Asterisk's HoldTime), talk, hold, wrap-up (话后整理).
 */
public record CallFact(
    String callId,
    String queue,
    String agent,
    Instant enteredQueueAt,
    boolean answered,
    long waitMillis,
    long talkMillis,
    long holdMillis,
    long wrapUpMillis,
    boolean afterHours,
    Instant startedAt) {

  public boolean offered() {
    return enteredQueueAt != null;
  }

  /** When the call counts: when it entered the queue, else when it started. */
  public Instant countedAt() {
    return enteredQueueAt != null ? enteredQueueAt : startedAt;
  }
}
