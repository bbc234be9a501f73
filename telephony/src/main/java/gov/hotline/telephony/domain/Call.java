package gov.hotline.telephony.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One call (通话) as folded from its AMI events, keyed by Asterisk's {@code Linkedid}. It holds
 * everything the fold needs to continue, so that it can be stored and loaded again; folding the
 * same events twice gives the same call.
 *
 * @param id the Linkedid
 * @param serverId the Asterisk server the events came from
 * @param party the citizen: caller number (or the number called back), name, dialled number
 * @param queue the queue the call entered, if any
 * @param queueUniqueid the channel that waited in the queue (queue_log's call id)
 * @param agentInterface the answering agent's interface, e.g. {@code PJSIP/6001}
 * @param recordingFile the file name as Asterisk named it (MixMonitor), if one was started or
 *     announced
 * @param repairs how gaps were repaired: {@code resync} (closed after a reconnect), {@code
 *     queue_log}
 */
public record Call(
    String id,
    String serverId,
    Direction direction,
    CallOutcome outcome,
    Party party,
    String queue,
    String queueUniqueid,
    Times times,
    Seconds seconds,
    String agentInterface,
    String agentName,
    End end,
    String recordingFile,
    boolean recordingStarted,
    boolean afterHours,
    boolean abandoned,
    List<String> repairs,
    List<Leg> legs,
    List<RingAttempt> attempts) {
  public Call {
    Objects.requireNonNull(id);
    Objects.requireNonNull(serverId);
    Objects.requireNonNull(direction);
    Objects.requireNonNull(outcome);
    Objects.requireNonNull(party);
    Objects.requireNonNull(times);
    Objects.requireNonNull(seconds);
    Objects.requireNonNull(end);
    repairs = List.copyOf(repairs);
    legs = List.copyOf(legs);
    attempts = List.copyOf(attempts);
  }

  /**
   * The citizen side: number, name, the number they dialled, the dialplan's call id, a callback's
   * ticket.
   */
  public record Party(
      String number, String name, String did, String hotlineCallId, String ticketRef) {}

  /**
   * When things happened; {@code holdSince} is set while the caller is on hold after the answer.
   */
  public record Times(
      Instant startedAt,
      Instant enteredQueueAt,
      Instant answeredAt,
      Instant endedAt,
      Instant lastEventAt,
      Instant holdSince) {}

  /**
   * Durations in whole seconds; Asterisk's own figures (HoldTime, TalkTime, BillableSeconds) where
   * it sends them.
   */
  public record Seconds(
      Integer waitSeconds,
      Integer talkSeconds,
      Integer holdSeconds,
      Integer wrapUpSeconds,
      Integer billableSeconds) {}

  /**
   * How the call ended: Asterisk's hangup cause, who ended the talk ({@code caller}, {@code agent},
   * {@code transfer}), and whether the end was missed (the call was closed by a resynchronisation
   * or reconciliation).
   */
  public record End(
      Integer hangupCause, String hangupCauseText, String completeReason, boolean endMissed) {}

  public boolean ended() {
    return times.endedAt() != null;
  }

  public boolean answered() {
    return times.answeredAt() != null
        || seconds.talkSeconds() != null && direction == Direction.INBOUND;
  }
}
