package gov.hotline.telephony.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Repairs calls from Asterisk's queue_log, the record Asterisk keeps whether or not anyone listened
 * on AMI. Facts only fill what the call does not know yet (a call never loses what the events
 * said); an end that a resynchronisation could only estimate is replaced by the one queue_log
 * records. A call queue_log knows and the platform does not is created. Runs on the server's
 * ingestion thread, through its {@link CallFolder}, so that ingestion and repair never write the
 * same call at once.
 */
public final class QueueLogReconciler {
  /** What was repaired on one call, in words for the report. */
  public record Fix(String callId, boolean created, List<String> repaired) {}

  private final CallFolder folder;
  private final Map<String, String> memberInterfaces;

  /**
   * {@code memberInterfaces}: member name (queue_log's agent field) → interface, e.g. Agent One →
   * PJSIP/6001.
   */
  public QueueLogReconciler(CallFolder folder, Map<String, String> memberInterfaces) {
    this.folder = folder;
    this.memberInterfaces = memberInterfaces;
  }

  /** Applies the lines (in order) to the calls they name; returns what changed. */
  public List<Fix> apply(List<QueueLogEntry> entries) {
    Map<String, List<QueueLogEntry>> byCall = new LinkedHashMap<>();
    for (QueueLogEntry e : entries) {
      if (e.isCallEvent()) {
        byCall.computeIfAbsent(e.callId(), k -> new ArrayList<>()).add(e);
      }
    }
    List<Fix> fixes = new ArrayList<>();
    byCall.forEach(
        (callId, lines) -> {
          String id = folder.callIdOfChannel(callId);
          CallState s = folder.stateFor(id, false);
          boolean created = s == null;
          if (created) {
            s = folder.stateFor(id, true);
            s.queueUniqueid = callId;
            folder.link(callId, id);
          }
          List<String> repaired = new ArrayList<>();
          for (QueueLogEntry e : lines) {
            apply(s, e, repaired);
          }
          if (!repaired.isEmpty()) {
            s.repaired("queue_log");
            fixes.add(new Fix(id, created, List.copyOf(repaired)));
          }
        });
    return fixes;
  }

  private void apply(CallState s, QueueLogEntry e, List<String> repaired) {
    switch (e.event()) {
      case "ENTERQUEUE" -> {
        set(repaired, "queue", s.queue == null, () -> s.queue = e.queue());
        set(repaired, "enteredQueueAt", s.enteredQueueAt == null, () -> s.enteredQueueAt = e.at());
        set(repaired, "startedAt", s.startedAt == null, () -> s.startedAt = e.at());
        String caller = e.data(2);
        set(
            repaired,
            "callerNumber",
            s.callerNumber == null && caller != null && !caller.isBlank(),
            () -> s.callerNumber = caller);
      }
      case "CONNECT" -> {
        set(repaired, "answeredAt", s.answeredAt == null, () -> s.answeredAt = e.at());
        agent(s, e, repaired);
        set(
            repaired,
            "waitSeconds",
            s.waitSeconds == null && e.intData(1) != null,
            () -> s.waitSeconds = e.intData(1));
        s.cancelRinging();
      }
      case "COMPLETECALLER", "COMPLETEAGENT" ->
          complete(
              s,
              e,
              e.intData(1),
              e.intData(2),
              "COMPLETECALLER".equals(e.event()) ? "caller" : "agent",
              repaired);
      case "TRANSFER", "BLINDTRANSFER", "ATTENDEDTRANSFER" ->
          complete(s, e, e.intData(3), e.intData(4), "transfer", repaired);
      case "ABANDON", "EXITWITHTIMEOUT", "EXITEMPTY", "EXITWITHKEY" -> {
        set(
            repaired,
            "abandoned",
            !s.abandoned && "ABANDON".equals(e.event()),
            () -> s.abandoned = true);
        set(
            repaired,
            "waitSeconds",
            s.waitSeconds == null && e.intData(3) != null,
            () -> s.waitSeconds = e.intData(3));
        end(s, e, repaired);
      }
      default -> {}
    }
    set(repaired, "queue", s.queue == null && !e.queue().isBlank(), () -> s.queue = e.queue());
  }

  private void complete(
      CallState s,
      QueueLogEntry e,
      Integer hold,
      Integer talk,
      String reason,
      List<String> repaired) {
    agent(s, e, repaired);
    set(repaired, "waitSeconds", s.waitSeconds == null && hold != null, () -> s.waitSeconds = hold);
    set(repaired, "talkSeconds", s.talkSeconds == null && talk != null, () -> s.talkSeconds = talk);
    set(
        repaired,
        "answeredAt",
        s.answeredAt == null,
        () -> s.answeredAt = talk == null ? e.at() : e.at().minusSeconds(talk));
    set(repaired, "completeReason", s.completeReason == null, () -> s.completeReason = reason);
    end(s, e, repaired);
  }

  private static void end(CallState s, QueueLogEntry e, List<String> repaired) {
    set(
        repaired,
        "endedAt",
        s.endedAt == null || s.endMissed && !e.at().equals(s.endedAt),
        () -> {
          s.cancelRinging();
          s.endedAt = e.at();
          s.holdSince = null;
        });
  }

  private void agent(CallState s, QueueLogEntry e, List<String> repaired) {
    String member = e.agent();
    if (member == null || member.isBlank() || "NONE".equals(member)) {
      return;
    }
    String iface = memberInterfaces.getOrDefault(member, member.contains("/") ? member : null);
    set(
        repaired,
        "agentInterface",
        s.agentInterface == null && iface != null,
        () -> s.agentInterface = iface);
    set(repaired, "agentName", s.agentName == null, () -> s.agentName = member);
  }

  private static void set(List<String> repaired, String what, boolean needed, Runnable change) {
    if (needed) {
      change.run();
      if (!repaired.contains(what)) {
        repaired.add(what);
      }
    }
  }
}
