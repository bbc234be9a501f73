package gov.hotline.telephony.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mutable form of a {@link Call} while events are folded into it. Every fact is written "first
 * one wins" (a time, an agent, a duration from Asterisk) or keyed (a leg by Uniqueid, a ring
 * attempt by agent channel), so that the same event applied twice changes nothing; the only running
 * total (hold time) stops once the call has ended.
 */
final class CallState {
  final String id;
  final String serverId;
  Direction direction = Direction.INBOUND;
  String callerNumber;
  String callerName;
  String did;
  String hotlineCallId;
  String ticketRef;
  String queue;
  String queueUniqueid;
  Instant startedAt;
  Instant enteredQueueAt;
  Instant answeredAt;
  Instant endedAt;
  Instant lastEventAt;
  Instant holdSince;
  Integer waitSeconds;
  Integer talkSeconds;
  Integer holdSeconds;
  Integer wrapUpSeconds;
  Integer billableSeconds;
  String agentInterface;
  String agentName;
  Integer hangupCause;
  String hangupCauseText;
  String completeReason;
  boolean endMissed;
  String recordingFile;
  boolean recordingStarted;
  boolean afterHours;
  boolean abandoned;
  final List<String> repairs = new ArrayList<>();
  final Map<String, Leg> legs = new LinkedHashMap<>();
  final Map<String, RingAttempt> attempts = new LinkedHashMap<>();

  CallState(String id, String serverId) {
    this.id = id;
    this.serverId = serverId;
  }

  static CallState from(Call c) {
    CallState s = new CallState(c.id(), c.serverId());
    s.direction = c.direction();
    s.callerNumber = c.party().number();
    s.callerName = c.party().name();
    s.did = c.party().did();
    s.hotlineCallId = c.party().hotlineCallId();
    s.ticketRef = c.party().ticketRef();
    s.queue = c.queue();
    s.queueUniqueid = c.queueUniqueid();
    s.startedAt = c.times().startedAt();
    s.enteredQueueAt = c.times().enteredQueueAt();
    s.answeredAt = c.times().answeredAt();
    s.endedAt = c.times().endedAt();
    s.lastEventAt = c.times().lastEventAt();
    s.holdSince = c.times().holdSince();
    s.waitSeconds = c.seconds().waitSeconds();
    s.talkSeconds = c.seconds().talkSeconds();
    s.holdSeconds = c.seconds().holdSeconds();
    s.wrapUpSeconds = c.seconds().wrapUpSeconds();
    s.billableSeconds = c.seconds().billableSeconds();
    s.agentInterface = c.agentInterface();
    s.agentName = c.agentName();
    s.hangupCause = c.end().hangupCause();
    s.hangupCauseText = c.end().hangupCauseText();
    s.completeReason = c.end().completeReason();
    s.endMissed = c.end().endMissed();
    s.recordingFile = c.recordingFile();
    s.recordingStarted = c.recordingStarted();
    s.afterHours = c.afterHours();
    s.abandoned = c.abandoned();
    s.repairs.addAll(c.repairs());
    c.legs().forEach(l -> s.legs.put(l.uniqueid(), l));
    c.attempts().forEach(a -> s.attempts.put(a.agentChannel(), a));
    return s;
  }

  Call toCall(FoldPolicy policy) {
    return new Call(
        id,
        serverId,
        direction,
        outcome(policy),
        new Call.Party(callerNumber, callerName, did, hotlineCallId, ticketRef),
        queue,
        queueUniqueid,
        new Call.Times(startedAt, enteredQueueAt, answeredAt, endedAt, lastEventAt, holdSince),
        new Call.Seconds(waitSeconds, talkSeconds, holdSeconds, wrapUpSeconds, billableSeconds),
        agentInterface,
        agentName,
        new Call.End(hangupCause, hangupCauseText, completeReason, endMissed),
        recordingFile,
        recordingStarted,
        afterHours,
        abandoned,
        repairs,
        List.copyOf(legs.values()),
        List.copyOf(attempts.values()));
  }

  /** The outcome follows from the facts; it is never set by hand. */
  CallOutcome outcome(FoldPolicy policy) {
    if (endedAt == null) {
      return CallOutcome.IN_PROGRESS;
    }
    switch (direction) {
      case CALLBACK -> {
        return answeredAt != null ? CallOutcome.OUTBOUND : CallOutcome.OUTBOUND_UNANSWERED;
      }
      case SUPERVISION -> {
        return CallOutcome.SUPERVISION;
      }
      case PLATFORM -> {
        return CallOutcome.PLATFORM;
      }
      case INTERNAL -> {
        return CallOutcome.INTERNAL;
      }
      default -> {}
    }
    if (afterHours) {
      return CallOutcome.AFTER_HOURS;
    }
    if (answeredAt != null || agentInterface != null && talkSeconds != null) {
      return CallOutcome.ANSWERED;
    }
    if (queue == null) {
      return CallOutcome.NOT_QUEUED;
    }
    int wait =
        waitSeconds != null
            ? waitSeconds
            : enteredQueueAt == null
                ? 0
                : (int) Duration.between(enteredQueueAt, endedAt).toSeconds();
    return wait < policy.shortAbandonSeconds()
        ? CallOutcome.SHORT_ABANDONED
        : CallOutcome.ABANDONED;
  }

  boolean isPrimary(String uniqueid) {
    return id.equals(uniqueid);
  }

  void touch(Instant t) {
    if (lastEventAt == null || t.isAfter(lastEventAt)) {
      lastEventAt = t;
    }
  }

  void leg(String uniqueid, String channel, Instant t) {
    if (uniqueid != null && !legs.containsKey(uniqueid)) {
      legs.put(uniqueid, new Leg(uniqueid, channel, t, null, null));
    }
    if (startedAt == null || isPrimary(uniqueid)) {
      startedAt = startedAt == null ? t : startedAt;
    }
  }

  void legEnded(String uniqueid, String channel, Instant t, Integer cause) {
    Leg l = legs.get(uniqueid);
    legs.put(
        uniqueid, l == null ? new Leg(uniqueid, channel, null, t, cause) : l.withEnd(t, cause));
  }

  /** The call is over; what it was follows from the facts gathered so far. */
  void end(Instant t, Integer cause, String causeText) {
    if (endedAt == null) {
      endedAt = t;
      if (holdSince != null) {
        holdSeconds = (holdSeconds == null ? 0 : holdSeconds) + seconds(holdSince, t);
        holdSince = null;
      }
    }
    hangupCause = hangupCause != null ? hangupCause : cause;
    hangupCauseText = hangupCauseText != null ? hangupCauseText : causeText;
  }

  /**
   * When the first other leg hung up after the answer (the citizen's, on a callback), else {@code
   * fallback}.
   */
  Instant citizenLegEnd(Instant fallback) {
    Instant end = fallback;
    for (Leg l : legs.values()) {
      if (!isPrimary(l.uniqueid())
          && l.endedAt() != null
          && answeredAt != null
          && !l.endedAt().isBefore(answeredAt)
          && l.endedAt().isBefore(end)) {
        end = l.endedAt();
      }
    }
    return end;
  }

  void answered(Instant t) {
    if (answeredAt == null) {
      answeredAt = t;
    }
  }

  void attempt(String agentChannel, String iface, String member, Instant t) {
    String key = agentChannel != null ? agentChannel : iface + "@" + t;
    attempts.putIfAbsent(key, new RingAttempt(key, iface, member, t, RingAttempt.RINGING, null));
  }

  void attemptEnded(String agentChannel, String how, Long ringMillis) {
    RingAttempt a = agentChannel == null ? null : attempts.get(agentChannel);
    if (a != null) {
      attempts.put(agentChannel, a.ended(how, ringMillis));
    }
  }

  void cancelRinging() {
    attempts.replaceAll((k, a) -> a.ended(RingAttempt.CANCELED, null));
  }

  void holdStarted(Instant t) {
    if (endedAt == null && answeredAt != null && holdSince == null) {
      holdSince = t;
    }
  }

  void holdStopped(Instant t) {
    if (endedAt == null && holdSince != null) {
      holdSeconds = (holdSeconds == null ? 0 : holdSeconds) + seconds(holdSince, t);
      holdSince = null;
    }
  }

  void repaired(String how) {
    if (!repairs.contains(how)) {
      repairs.add(how);
    }
  }

  static int seconds(Instant from, Instant to) {
    return (int) Math.max(0, Duration.between(from, to).toMillis() / 1000);
  }
}
