package gov.hotline.telephony.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Queues and their members right now (实时监控), kept from the committed AMI messages of every server:
 * callers waiting, members' device status, pauses with reasons, calls ringing and talking, wrap-up
 * after a call. A resynchronisation (QueueStatus after a login) replaces the waiting lists and
 * member states with Asterisk's own view. Thread-safe: ingestion threads apply, the push edge and
 * HTTP read snapshots.
 */
public final class LiveBoard {
  private final Clock clock;
  private final Duration wrapUp;
  private final Map<String, QueueState> queues = new TreeMap<>();
  private long version;

  public LiveBoard(Clock clock, Duration wrapUp) {
    this.clock = clock;
    this.wrapUp = wrapUp;
  }

  private static final class QueueState {
    final String server;
    final String name;
    final Map<String, Waiter> waiting = new LinkedHashMap<>();
    final Map<String, MemberState> members = new TreeMap<>();

    QueueState(String server, String name) {
      this.server = server;
      this.name = name;
    }
  }

  private record Waiter(String uniqueid, String callId, String caller, Instant since) {}

  private static final class MemberState {
    String name;
    int status = 1;
    boolean paused;
    String reason;
    boolean removed;
    boolean ringing;
    String callId;
    String caller;
    Instant wrapUntil;
    AgentState last;
    Instant since;
  }

  /** Applies one committed message. */
  public synchronized void apply(ReceivedMessage rm) {
    AmiMessage m = rm.message();
    if (m.kind() == AmiMessage.Kind.RESPONSE) {
      String id = m.actionId();
      if (id != null
          && id.contains("resync-queues")
          && "start".equalsIgnoreCase(m.get("EventList", ""))) {
        queues.values().stream()
            .filter(q -> q.server.equals(rm.serverId()))
            .forEach(q -> q.waiting.clear());
        version++;
      }
      return;
    }
    if (m.kind() != AmiMessage.Kind.EVENT || m.get("Queue") == null && !m.isEvent("Hangup")) {
      return;
    }
    Instant t = rm.eventTime();
    String uid = m.get("Uniqueid");
    switch (m.name()) {
      case "QueueMemberStatus", "QueueMemberAdded", "QueueMemberPause", "QueueMember" ->
          member(rm, m, t);
      case "QueueMemberRemoved" ->
          memberOf(rm, m).ifPresentOrElse(ms -> ms.removed = true, () -> {});
      case "QueueParams" -> queue(rm.serverId(), m.get("Queue"));
      case "QueueEntry" ->
          queue(rm.serverId(), m.get("Queue"))
              .waiting
              .put(
                  uid,
                  new Waiter(
                      uid,
                      m.get("Linkedid", uid),
                      m.get("CallerIDNum"),
                      t.minusSeconds(longValue(m.get("Wait")))));
      case "QueueCallerJoin" ->
          queue(rm.serverId(), m.get("Queue"))
              .waiting
              .putIfAbsent(uid, new Waiter(uid, m.get("Linkedid", uid), m.get("CallerIDNum"), t));
      case "QueueCallerLeave", "QueueCallerAbandon" ->
          queue(rm.serverId(), m.get("Queue")).waiting.remove(uid);
      case "AgentCalled" ->
          memberOf(rm, m)
              .ifPresent(
                  ms -> {
                    ms.ringing = true;
                    ms.callId = m.get("Linkedid");
                    ms.caller = m.get("CallerIDNum");
                  });
      case "AgentRingNoAnswer" -> memberOf(rm, m).ifPresent(ms -> ms.ringing = false);
      case "AgentConnect" -> connect(rm, m);
      case "AgentComplete" ->
          memberOf(rm, m)
              .ifPresent(
                  ms -> {
                    // the talk is over; the device status update (not in use) follows a moment
                    // later
                    ms.callId = null;
                    ms.caller = null;
                    ms.status = 1;
                    ms.wrapUntil = t.plus(wrapUp);
                  });
      case "Hangup" -> queues.values().forEach(q -> q.waiting.remove(uid));
      default -> {
        return;
      }
    }
    refreshSince(t);
    version++;
  }

  private void member(ReceivedMessage rm, AmiMessage m, Instant t) {
    String iface = m.get("Interface", m.get("Location"));
    if (iface == null) {
      return;
    }
    MemberState ms =
        queue(rm.serverId(), m.get("Queue")).members.computeIfAbsent(iface, k -> new MemberState());
    ms.name = m.get("MemberName", m.get("Name", ms.name));
    Integer status = AmiValues.integer(m.get("Status"));
    if (status != null) {
      ms.status = status;
      ms.ringing = ms.ringing && (status == 6 || status == 7);
    }
    if (m.get("Paused") != null) {
      ms.paused = "1".equals(m.get("Paused")) || "true".equalsIgnoreCase(m.get("Paused"));
      ms.reason = ms.paused ? m.get("PausedReason", m.get("Reason", "")) : null;
    }
    ms.removed = false;
  }

  private void connect(ReceivedMessage rm, AmiMessage m) {
    String callId = m.get("Linkedid");
    QueueState q = queue(rm.serverId(), m.get("Queue"));
    q.waiting.remove(m.get("Uniqueid"));
    q.members.values().stream()
        .filter(ms -> callId != null && callId.equals(ms.callId))
        .forEach(
            ms -> {
              ms.ringing = false;
              ms.callId = null;
            });
    memberOf(rm, m)
        .ifPresent(
            ms -> {
              ms.ringing = false;
              ms.callId = callId;
              ms.caller = m.get("CallerIDNum");
              ms.status = 2;
              ms.wrapUntil = null;
            });
  }

  private Optional<MemberState> memberOf(ReceivedMessage rm, AmiMessage m) {
    String iface = m.get("Interface");
    if (iface == null) {
      return Optional.empty();
    }
    return Optional.of(
        queue(rm.serverId(), m.get("Queue"))
            .members
            .computeIfAbsent(iface, k -> new MemberState()));
  }

  private QueueState queue(String server, String name) {
    return queues.computeIfAbsent(server + "|" + name, k -> new QueueState(server, name));
  }

  private void refreshSince(Instant t) {
    for (QueueState q : queues.values()) {
      for (MemberState ms : q.members.values()) {
        AgentState now = state(ms, t);
        if (now != ms.last) {
          ms.last = now;
          ms.since = t;
        }
      }
    }
  }

  private static AgentState state(MemberState ms, Instant now) {
    if (ms.removed) {
      return AgentState.LOGGED_OUT;
    }
    if (ms.paused) {
      return AgentState.PAUSED;
    }
    if (ms.status == 4 || ms.status == 5) {
      return AgentState.UNAVAILABLE;
    }
    if (ms.ringing || ms.status == 6 || ms.status == 7) {
      return AgentState.RINGING;
    }
    if (ms.callId != null || ms.status == 2 || ms.status == 3 || ms.status == 8) {
      return AgentState.TALKING;
    }
    if (ms.wrapUntil != null && ms.wrapUntil.isAfter(now)) {
      return AgentState.WRAP_UP;
    }
    return AgentState.READY;
  }

  /** A change counter: equal versions mean equal boards (apart from the waits ticking on). */
  public synchronized long version() {
    return version;
  }

  public synchronized LiveBoardSnapshot snapshot() {
    Instant now = clock.instant();
    List<LiveQueue> out = new ArrayList<>();
    for (QueueState q : queues.values()) {
      List<LiveQueue.Waiting> waiting = new ArrayList<>();
      int pos = 1;
      long longest = 0;
      for (Waiter w : q.waiting.values()) {
        long wait = Math.max(0, Duration.between(w.since(), now).toSeconds());
        longest = Math.max(longest, wait);
        waiting.add(new LiveQueue.Waiting(w.callId(), w.caller(), pos++, wait));
      }
      List<LiveQueue.Member> members = new ArrayList<>();
      Map<AgentState, Integer> byState = new EnumMap<>(AgentState.class);
      q.members.forEach(
          (iface, ms) -> {
            AgentState st = state(ms, now);
            Instant since =
                st == AgentState.READY && ms.wrapUntil != null && ms.last == AgentState.WRAP_UP
                    ? ms.wrapUntil
                    : ms.since;
            members.add(
                new LiveQueue.Member(
                    iface,
                    ms.name,
                    st,
                    st == AgentState.PAUSED ? ms.reason : null,
                    since == null ? 0 : Math.max(0, Duration.between(since, now).toSeconds()),
                    st == AgentState.TALKING || st == AgentState.RINGING ? ms.callId : null,
                    st == AgentState.TALKING || st == AgentState.RINGING ? ms.caller : null));
            byState.merge(st, 1, Integer::sum);
          });
      out.add(new LiveQueue(q.server, q.name, waiting, longest, members, byState, now));
    }
    return new LiveBoardSnapshot(version, out);
  }

  private static long longValue(String v) {
    Integer i = AmiValues.integer(v);
    return i == null ? 0 : i;
  }
}
