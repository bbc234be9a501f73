package gov.hotline.telephony.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Folds the AMI events of one Asterisk server into calls (通话), keyed by {@code Linkedid}; events
 * that carry only a {@code Uniqueid} (Cdr) find their call through the legs seen so far. Not
 * thread-safe: one ingestion thread per server owns it. Calls it has not seen are {@link #preload
 * preloaded} by the caller from storage before a batch, so the fold continues across restarts and
 * replays. Changed calls are collected until {@link #drain()}.
 */
public final class CallFolder {
  private static final int MAX_CACHED = 20_000;

  private final String serverId;
  private final FoldPolicy policy;
  private final LinkedHashMap<String, CallState> calls = new LinkedHashMap<>(1024, 0.75f, true);
  private final Map<String, String> linkOf = new LinkedHashMap<>();
  private final Map<String, Call> written = new LinkedHashMap<>();
  private final Set<String> dirty = new HashSet<>();
  private final Resync resync;
  private final OriginateFold originates;
  private final MemberFold members;

  public CallFolder(String serverId, FoldPolicy policy) {
    this.serverId = serverId;
    this.policy = policy;
    this.resync = new Resync(this);
    this.originates = new OriginateFold(this);
    this.members = new MemberFold(this);
  }

  /** A call before and after a batch ({@code before} is null for a new call). */
  public record Change(Call before, Call after) {}

  public FoldPolicy policy() {
    return policy;
  }

  /**
   * The call ids a batch refers to that the folder does not hold yet (for loading them from storage
   * first).
   */
  public Set<String> unknownIds(Collection<ReceivedMessage> batch) {
    Set<String> out = new HashSet<>();
    for (ReceivedMessage rm : batch) {
      AmiMessage m = rm.message();
      if (m.kind() != AmiMessage.Kind.EVENT) {
        continue;
      }
      String link = m.get("Linkedid");
      if (link == null) {
        String uid = m.get("UniqueID");
        link = uid == null ? null : linkOf.getOrDefault(uid, uid);
      }
      if (link != null && !link.isEmpty() && !calls.containsKey(link)) {
        out.add(link);
      }
    }
    return out;
  }

  /** Calls loaded from storage; the fold continues from them. */
  public void preload(Collection<Call> stored) {
    for (Call c : stored) {
      if (!calls.containsKey(c.id())) {
        CallState s = CallState.from(c);
        calls.put(c.id(), s);
        written.put(c.id(), c);
        s.legs.keySet().forEach(uid -> linkOf.put(uid, c.id()));
      }
    }
  }

  /** Applies one message; messages that are not about calls are ignored. */
  public void apply(ReceivedMessage rm) {
    AmiMessage m = rm.message();
    if (m.kind() == AmiMessage.Kind.RESPONSE) {
      resync.response(m);
      return;
    }
    if (m.kind() != AmiMessage.Kind.EVENT) {
      return;
    }
    Instant t = rm.eventTime();
    String name = m.name();
    switch (name) {
      case "Newchannel" -> on(m, t, s -> ChannelFold.newChannel(s, m, t, policy));
      case "Hangup" -> on(m, t, s -> ChannelFold.hangup(s, m, t));
      case "VarSet" -> {
        if (ChannelFold.readsVariable(m)) {
          on(m, t, s -> ChannelFold.variableSet(s, m));
        }
      }
      case "UserEvent" -> on(m, t, s -> ChannelFold.userEvent(s, m));
      case "MixMonitorStart" -> on(m, t, s -> s.recordingStarted = true);
      case "DialEnd" -> on(m, t, s -> ChannelFold.dialEnd(s, m, t));
      case "QueueCallerJoin" -> on(m, t, s -> QueueFold.callerJoined(s, m, t));
      case "QueueCallerAbandon" -> on(m, t, s -> QueueFold.callerAbandoned(s, m));
      case "AgentCalled" -> {
        members.offered(m.get("Interface"));
        on(m, t, s -> QueueFold.agentCalled(s, m, t));
      }
      case "AgentRingNoAnswer" -> on(m, t, s -> QueueFold.agentRingNoAnswer(s, m));
      case "AgentConnect" -> on(m, t, s -> QueueFold.agentConnect(s, m, t));
      case "AgentComplete" -> on(m, t, s -> members.completed(s, m, t));
      case "QueueMemberPause" -> members.paused(m, t);
      case "QueueMemberRemoved" -> members.removed(m, t);
      case "AgentDump" -> on(m, t, QueueFold::agentDumped);
      case "MusicOnHoldStart" -> on(m, t, s -> QueueFold.holdStarted(s, m, t));
      case "MusicOnHoldStop" -> on(m, t, s -> s.holdStopped(t));
      case "Hold" -> on(m, t, s -> s.holdStarted(t));
      case "Unhold" -> on(m, t, s -> s.holdStopped(t));
      case "Newexten" -> originates.newExten(m, t);
      case "OriginateResponse" -> originates.response(m, t);
      case "Cdr" -> cdr(m);
      case "CoreShowChannel" -> resync.channel(m);
      case "CoreShowChannelsComplete" -> resync.complete(m, rm.receivedAt());
      default -> {}
    }
  }

  /** The calls that changed since the last drain, with their previous stored form. */
  public List<Change> drain() {
    List<Change> out = new ArrayList<>(dirty.size());
    for (String id : dirty) {
      CallState s = calls.get(id);
      if (s == null) {
        continue;
      }
      Call now = s.toCall(policy);
      Call before = written.get(id);
      if (!now.equals(before)) {
        out.add(new Change(before, now));
        written.put(id, now);
      }
    }
    dirty.clear();
    evict();
    return out;
  }

  /**
   * Forgets everything not stored yet (after a failed write): the next batch reloads from storage.
   * Resynchronisation lists still arriving are kept: they hold what Asterisk listed (no derived
   * state), their earlier messages were committed with an earlier batch, and applying a message of
   * them again changes nothing.
   */
  public void reset() {
    calls.clear();
    linkOf.clear();
    written.clear();
    dirty.clear();
  }

  /** The call as the fold holds it now, if cached. */
  public Call current(String id) {
    CallState s = calls.get(id);
    return s == null ? null : s.toCall(policy);
  }

  /** Member name → interface, as the ring attempts of cached calls show them. */
  public Map<String, String> memberInterfaces() {
    Map<String, String> out = new HashMap<>();
    for (CallState s : calls.values()) {
      s.attempts
          .values()
          .forEach(
              a -> {
                if (a.memberName() != null && a.agentInterface() != null) {
                  out.put(a.memberName(), a.agentInterface());
                }
              });
      if (s.agentName != null && s.agentInterface != null) {
        out.put(s.agentName, s.agentInterface);
      }
    }
    return out;
  }

  /** Open calls held in memory. */
  List<CallState> openCalls() {
    return calls.values().stream().filter(s -> s.endedAt == null).toList();
  }

  CallState stateFor(String linkedid, boolean create) {
    CallState s = calls.get(linkedid);
    if (s == null && create) {
      s = new CallState(linkedid, serverId);
      calls.put(linkedid, s);
    }
    if (s != null) {
      dirty.add(linkedid);
    }
    return s;
  }

  /**
   * The call a channel belongs to, as far as the fold knows; else the channel's own id (a call's
   * first channel).
   */
  String callIdOfChannel(String uniqueid) {
    String link = linkOf.get(uniqueid);
    if (link != null) {
      return link;
    }
    for (CallState s : calls.values()) {
      if (uniqueid.equals(s.queueUniqueid)) {
        return s.id;
      }
    }
    return uniqueid;
  }

  /** The call a leg belongs to as far as the fold knows, else the leg's own id. */
  String callIdOfLeg(String uniqueid) {
    return linkOf.getOrDefault(uniqueid, uniqueid);
  }

  /** Marks a call as changed in this batch. */
  void changed(String id) {
    dirty.add(id);
  }

  void link(String uniqueid, String linkedid) {
    if (uniqueid != null) {
      linkOf.put(uniqueid, linkedid);
    }
  }

  /**
   * Applies {@code f} to the call an event names by {@code Linkedid} (created when new), after the
   * updates every event of a call makes (its channel linked, activity time, a caller number missed
   * at the start).
   */
  void on(AmiMessage m, Instant t, Consumer<CallState> f) {
    String link = m.get("Linkedid");
    if (link == null || link.isEmpty()) {
      return;
    }
    boolean known = calls.containsKey(link);
    CallState s = stateFor(link, true);
    if (!known && !"Newchannel".equals(m.name())) {
      // first seen in mid-flight: its beginning fell into a gap (or before the platform listened)
      s.repaired("late_start");
    }
    link(m.get("Uniqueid"), link);
    if (s.endedAt == null) {
      s.touch(t);
      s.startedAt = s.startedAt != null ? s.startedAt : t;
      if (s.callerNumber == null
          && s.direction == Direction.INBOUND
          && s.isPrimary(m.get("Uniqueid"))) {
        // the Newchannel may have been missed (a reconnect gap): every event of the caller's
        // channel names the caller
        s.callerNumber = m.get("CallerIDNum");
        s.callerName = s.callerName != null ? s.callerName : m.get("CallerIDName");
      }
    }
    f.accept(s);
  }

  private void cdr(AmiMessage m) {
    String uid = m.get("UniqueID");
    if (uid == null) {
      return;
    }
    CallState s = stateFor(callIdOfLeg(uid), false);
    if (s == null) {
      return;
    }
    s.billableSeconds =
        s.billableSeconds != null ? s.billableSeconds : AmiValues.integer(m.get("BillableSeconds"));
  }

  private void evict() {
    if (calls.size() <= MAX_CACHED) {
      return;
    }
    var it = calls.entrySet().iterator();
    while (calls.size() > MAX_CACHED * 3 / 4 && it.hasNext()) {
      var e = it.next();
      if (e.getValue().endedAt != null) {
        e.getValue().legs.keySet().forEach(linkOf::remove);
        written.remove(e.getKey());
        it.remove();
      }
    }
  }
}
