package gov.hotline.telephony.domain;

import java.time.Instant;

/**
 * A search over calls (通话记录查询): a start-time window, queue, agent interface, outcome, caller
 * number; 1-based page of {@code size} (at most 200).
 */
public record CallQuery(
    Instant from,
    Instant to,
    String queue,
    String agentInterface,
    CallOutcome outcome,
    String callerNumber,
    int page,
    int size) {
  public CallQuery {
    page = Math.max(1, page);
    size = Math.min(200, Math.max(1, size));
  }

  public static CallQuery all() {
    return new CallQuery(null, null, null, null, null, null, 1, 50);
  }

  public int offset() {
    return (page - 1) * size;
  }
}
