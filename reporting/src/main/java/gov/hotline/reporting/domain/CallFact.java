package gov.hotline.reporting.domain;

import gov.hotline.core.calendar.ServiceBranch;
import java.time.Instant;

/**
 * What reporting needs of one call, as the telephony context recorded it. {@code enteredQueueAt} is
 * null for a call that never reached the hotline queue (after hours); {@code startedAt} places such
 * calls in time. Durations in milliseconds: wait from entering the queue to answer or abandon
 * (Asterisk's HoldTime), talk, hold, wrap-up (话后整理). {@code setAside} names the class of a call
 * that is no citizen's call (a callback, a spy leg, an internal call …) and is null for a citizen's
 * call: a set-aside call is never offered, answered or after-hours, only counted in its class.
 * {@code survey} is the caller's post-call survey answer, if they gave one. {@code complained}: the
 * call has a complaint about its agent that a review found 成立 (only those count in 座席被投诉率). {@code
 * branch} is the service-hours branch the dialplan was given for the call (null when it was not
 * asked).
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
    Instant startedAt,
    SetAside setAside,
    SurveyAnswer survey,
    boolean complained,
    ServiceBranch branch) {

  /** A call without a reviewed complaint or a service-hours decision. */
  public CallFact(
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
      Instant startedAt,
      SetAside setAside,
      SurveyAnswer survey) {
    this(
        callId,
        queue,
        agent,
        enteredQueueAt,
        answered,
        waitMillis,
        talkMillis,
        holdMillis,
        wrapUpMillis,
        afterHours,
        startedAt,
        setAside,
        survey,
        false,
        null);
  }

  /** A citizen's call. */
  public CallFact(
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
    this(
        callId,
        queue,
        agent,
        enteredQueueAt,
        answered,
        waitMillis,
        talkMillis,
        holdMillis,
        wrapUpMillis,
        afterHours,
        startedAt,
        null,
        null);
  }

  /** A call without a survey answer; {@code setAside} null for a citizen's call. */
  public CallFact(
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
      Instant startedAt,
      SetAside setAside) {
    this(
        callId,
        queue,
        agent,
        enteredQueueAt,
        answered,
        waitMillis,
        talkMillis,
        holdMillis,
        wrapUpMillis,
        afterHours,
        startedAt,
        setAside,
        null);
  }

  public boolean offered() {
    return setAside == null && enteredQueueAt != null;
  }

  /** An after-hours citizen's call (a set-aside call never is one). */
  public boolean countsAfterHours() {
    return setAside == null && afterHours;
  }

  /** When the call counts: when it entered the queue, else when it started. */
  public Instant countedAt() {
    return enteredQueueAt != null ? enteredQueueAt : startedAt;
  }
}
