package gov.hotline.core.ticket;

import java.time.Instant;

/**
 * What has happened so far: milestones of the lifecycle and their results. {@code reply} is the
 * unit's 反馈 or the agent's answer when closing directly. {@code handlingStartedAt} is when the
 * current handling clock started: the first dispatch, or the re-dispatch after a reopening (重办); a
 * return does not restart it. {@code callbackCallId} is the recorded call (回访外呼) the callback
 * result was taken on, when the agent placed it from the platform.
 */
public record Progress(
    Instant firstDispatchedAt,
    Instant dispatchedAt,
    Instant signedAt,
    Instant repliedAt,
    String reply,
    Instant callbackAt,
    Boolean resolved,
    Satisfaction satisfaction,
    Instant closedAt,
    Instant handlingStartedAt,
    String callbackCallId) {
  public static final Progress NONE =
      new Progress(null, null, null, null, null, null, null, null, null, null);

  public Progress(
      Instant firstDispatchedAt,
      Instant dispatchedAt,
      Instant signedAt,
      Instant repliedAt,
      String reply,
      Instant callbackAt,
      Boolean resolved,
      Satisfaction satisfaction,
      Instant closedAt,
      Instant handlingStartedAt) {
    this(
        firstDispatchedAt,
        dispatchedAt,
        signedAt,
        repliedAt,
        reply,
        callbackAt,
        resolved,
        satisfaction,
        closedAt,
        handlingStartedAt,
        null);
  }

  /**
   * Dispatched at {@code at}; {@code newHandlingClock} when this dispatch starts the handling
   * clock.
   */
  public Progress dispatched(Instant at, boolean newHandlingClock) {
    return new Progress(
        firstDispatchedAt == null ? at : firstDispatchedAt,
        at,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        newHandlingClock ? at : handlingStartedAt);
  }

  public Progress signed(Instant at) {
    return new Progress(
        firstDispatchedAt,
        dispatchedAt,
        at,
        repliedAt,
        reply,
        callbackAt,
        resolved,
        satisfaction,
        closedAt,
        handlingStartedAt,
        callbackCallId);
  }

  public Progress replied(Instant at, String text) {
    return new Progress(
        firstDispatchedAt,
        dispatchedAt,
        signedAt,
        at,
        text,
        callbackAt,
        resolved,
        satisfaction,
        closedAt,
        handlingStartedAt,
        callbackCallId);
  }

  public Progress calledBack(Instant at, boolean isResolved, Satisfaction s, String callId) {
    return new Progress(
        firstDispatchedAt,
        dispatchedAt,
        signedAt,
        repliedAt,
        reply,
        at,
        isResolved,
        s,
        closedAt,
        handlingStartedAt,
        callId);
  }

  public Progress closed(Instant at) {
    return new Progress(
        firstDispatchedAt,
        dispatchedAt,
        signedAt,
        repliedAt,
        reply,
        callbackAt,
        resolved,
        satisfaction,
        at,
        handlingStartedAt,
        callbackCallId);
  }

  /**
   * A reopened ticket (重办) starts a new round of handling; the first dispatch time stays for the
   * record.
   */
  public Progress reopened() {
    return new Progress(firstDispatchedAt, null, null, null, null, null, null, null, null, null);
  }
}
