package gov.hotline.telephony.domain;

import static gov.hotline.telephony.domain.AmiValues.integer;
import static gov.hotline.telephony.domain.AmiValues.longValue;

import java.time.Instant;

/**
 * The queue's part of a call (app_queue's events): the caller joins or hangs up waiting, agents are
 * rung, one answers and completes, the caller is put on hold. A value already folded wins over a
 * later one: the first event that says it is the one that happened (replays and resynchronisation
 * repeat events).
 */
final class QueueFold {
  private QueueFold() {}

  static void callerJoined(CallState s, AmiMessage m, Instant t) {
    s.queue = s.queue != null ? s.queue : m.get("Queue");
    s.queueUniqueid = s.queueUniqueid != null ? s.queueUniqueid : m.get("Uniqueid");
    s.enteredQueueAt = s.enteredQueueAt != null ? s.enteredQueueAt : t;
  }

  static void callerAbandoned(CallState s, AmiMessage m) {
    s.abandoned = true;
    s.waitSeconds = s.waitSeconds != null ? s.waitSeconds : integer(m.get("HoldTime"));
  }

  static void agentCalled(CallState s, AmiMessage m, Instant t) {
    s.attempt(m.get("DestChannel"), m.get("Interface"), m.get("MemberName"), t);
  }

  static void agentRingNoAnswer(CallState s, AmiMessage m) {
    s.attemptEnded(m.get("DestChannel"), RingAttempt.NO_ANSWER, longValue(m.get("RingTime")));
  }

  static void agentConnect(CallState s, AmiMessage m, Instant t) {
    s.answered(t);
    s.agentInterface = s.agentInterface != null ? s.agentInterface : m.get("Interface");
    s.agentName = s.agentName != null ? s.agentName : m.get("MemberName");
    s.waitSeconds = s.waitSeconds != null ? s.waitSeconds : integer(m.get("HoldTime"));
    Integer ring = integer(m.get("RingTime"));
    s.attemptEnded(m.get("DestChannel"), RingAttempt.ANSWERED, ring == null ? null : ring * 1000L);
    s.cancelRinging();
  }

  static void agentComplete(CallState s, AmiMessage m, Instant t) {
    Integer talk = integer(m.get("TalkTime"));
    s.talkSeconds = s.talkSeconds != null ? s.talkSeconds : talk;
    s.waitSeconds = s.waitSeconds != null ? s.waitSeconds : integer(m.get("HoldTime"));
    s.agentInterface = s.agentInterface != null ? s.agentInterface : m.get("Interface");
    s.agentName = s.agentName != null ? s.agentName : m.get("MemberName");
    s.completeReason = s.completeReason != null ? s.completeReason : m.get("Reason");
    if (s.answeredAt == null) {
      // the connect was missed (a reconnect gap): the talk time says when it began
      s.answered(talk == null ? t : t.minusSeconds(talk));
      s.attemptEnded(m.get("DestChannel"), RingAttempt.ANSWERED, null);
    }
  }

  static void agentDumped(CallState s) {
    s.completeReason = s.completeReason != null ? s.completeReason : "dump";
  }

  static void holdStarted(CallState s, AmiMessage m, Instant t) {
    if (s.isPrimary(m.get("Uniqueid"))) {
      s.holdStarted(t);
    }
  }
}
