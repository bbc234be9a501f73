package gov.hotline.core.ticket;

import java.time.Instant;

/**
 * Deadlines set when a clock starts: sign-for (签收) per dispatch, handling (办理) from the first
 * dispatch — the citizen's clock, not reset by a return — moved only by an approved extension,
 * callback (回访) from the reply, and the supervision (督办) deadline if supervised.
 */
public record Deadlines(
    Instant signDueAt, Instant handleDueAt, Instant callbackDueAt, Instant supervisionDueAt) {
  public static final Deadlines NONE = new Deadlines(null, null, null, null);

  public Deadlines withSignDueAt(Instant v) {
    return new Deadlines(v, handleDueAt, callbackDueAt, supervisionDueAt);
  }

  public Deadlines withHandleDueAt(Instant v) {
    return new Deadlines(signDueAt, v, callbackDueAt, supervisionDueAt);
  }

  public Deadlines withCallbackDueAt(Instant v) {
    return new Deadlines(signDueAt, handleDueAt, v, supervisionDueAt);
  }

  public Deadlines withSupervisionDueAt(Instant v) {
    return new Deadlines(signDueAt, handleDueAt, callbackDueAt, v);
  }
}
