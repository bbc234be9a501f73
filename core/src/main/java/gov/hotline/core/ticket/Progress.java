package gov.hotline.core.ticket;

import java.time.Instant;

/** What has happened so far: milestones of the lifecycle and their results. {@code reply} is the unit's 反馈 or the
 * agent's answer when closing directly. */
public record Progress(Instant firstDispatchedAt, Instant dispatchedAt, Instant signedAt, Instant repliedAt,
                       String reply, Instant callbackAt, Boolean resolved, Satisfaction satisfaction,
                       Instant closedAt) {
  public static final Progress NONE = new Progress(null, null, null, null, null, null, null, null, null);

  public Progress dispatched(Instant at) {
    return new Progress(firstDispatchedAt == null ? at : firstDispatchedAt, at, null, null, null, null, null, null,
        null);
  }

  public Progress signed(Instant at) {
    return new Progress(firstDispatchedAt, dispatchedAt, at, repliedAt, reply, callbackAt, resolved, satisfaction,
        closedAt);
  }

  public Progress replied(Instant at, String text) {
    return new Progress(firstDispatchedAt, dispatchedAt, signedAt, at, text, callbackAt, resolved, satisfaction,
        closedAt);
  }

  public Progress calledBack(Instant at, boolean isResolved, Satisfaction s) {
    return new Progress(firstDispatchedAt, dispatchedAt, signedAt, repliedAt, reply, at, isResolved, s, closedAt);
  }

  public Progress closed(Instant at) {
    return new Progress(firstDispatchedAt, dispatchedAt, signedAt, repliedAt, reply, callbackAt, resolved,
        satisfaction, at);
  }

  /** A reopened ticket (重办) starts a new round of handling; the first dispatch time stays for the record. */
  public Progress reopened() {
    return new Progress(firstDispatchedAt, null, null, null, null, null, null, null, null);
  }
}
