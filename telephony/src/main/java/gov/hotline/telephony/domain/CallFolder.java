package gov.hotline.telephony.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds the AMI events of one Asterisk server into calls (通话), keyed by {@code Linkedid}; events that carry only a
 * {@code Uniqueid} (Cdr) find their call through the legs seen so far. Not thread-safe: one ingestion thread per
 * server owns it. Calls it has not seen are {@link #preload preloaded} by the caller from storage before a batch,
 * so the fold continues across restarts and replays. Changed calls are collected until {@link #drain()}.
 */
public final class CallFolder {
  private static final int MAX_CACHED = 20_000;
  /** Applications a supervision Originate runs (监听, 耳语, 强插 are options of these). */
  private static final Set<String> SPY_APPLICATIONS = Set.of("chanspy", "extenspy");
  /** The application of the channel an Originate dials, before it runs the target (Asterisk's dial API). */
  private static final String ORIGINATE_DIAL = "AppDial2";

  private final String serverId;
  private final FoldPolicy policy;
  private final LinkedHashMap<String, CallState> calls = new LinkedHashMap<>(1024, 0.75f, true);
  private final Map<String, String> linkOf = new LinkedHashMap<>();
  private final Map<String, Call> written = new LinkedHashMap<>();
  private final Set<String> dirty = new HashSet<>();
  private final Resync resync;

  public CallFolder(String serverId, FoldPolicy policy) {
    this.serverId = serverId;
    this.policy = policy;
    this.resync = new Resync(this);
  }

  /** A call before and after a batch ({@code before} is null for a new call). */
  public record Change(Call before, Call after) {
  }

  public FoldPolicy policy() {
    return policy;
  }

  /** The call ids a batch refers to that the folder does not hold yet (for loading them from storage first). */
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
      case "Newchannel" -> newChannel(m, t);
      case "Hangup" -> hangup(m, t);
      case "VarSet" -> varSet(m, t);
      case "Newexten" -> newExten(m, t);
      case "QueueCallerJoin" -> on(m, t, s -> {
        s.queue = s.queue != null ? s.queue : m.get("Queue");
        s.queueUniqueid = s.queueUniqueid != null ? s.queueUniqueid : m.get("Uniqueid");
        s.enteredQueueAt = s.enteredQueueAt != null ? s.enteredQueueAt : t;
      });
      case "QueueCallerAbandon" -> on(m, t, s -> {
        s.abandoned = true;
        s.waitSeconds = s.waitSeconds != null ? s.waitSeconds : integer(m.get("HoldTime"));
      });
      case "AgentCalled" -> on(m, t, s -> s.attempt(m.get("DestChannel"), m.get("Interface"), m.get("MemberName"), t));
      case "AgentRingNoAnswer" -> on(m, t, s -> s.attemptEnded(m.get("DestChannel"), RingAttempt.NO_ANSWER,
          longValue(m.get("RingTime"))));
      case "AgentConnect" -> on(m, t, s -> agentConnect(s, m, t));
      case "AgentComplete" -> on(m, t, s -> agentComplete(s, m, t));
      case "AgentDump" -> on(m, t, s -> s.completeReason = s.completeReason != null ? s.completeReason : "dump");
      case "MusicOnHoldStart" -> on(m, t, s -> {
        if (s.isPrimary(m.get("Uniqueid"))) {
          s.holdStarted(t);
        }
      });
      case "MusicOnHoldStop" -> on(m, t, s -> s.holdStopped(t));
      case "UserEvent" -> on(m, t, s -> userEvent(s, m));
      case "MixMonitorStart" -> on(m, t, s -> s.recordingStarted = true);
      case "DialEnd" -> on(m, t, s -> dialEnd(s, m, t));
      case "OriginateResponse" -> originateResponse(m, t);
      case "Cdr" -> cdr(m);
      case "CoreShowChannel" -> resync.channel(m);
      case "CoreShowChannelsComplete" -> resync.complete(m, rm.receivedAt());
      default -> {
      }
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
   * Forgets everything not stored yet (after a failed write): the next batch reloads from storage. Resynchronisation
   * lists still arriving are kept: they hold what Asterisk listed (no derived state), their earlier messages were
   * committed with an earlier batch, and applying a message of them again changes nothing.
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
    Map<String, String> out = new java.util.HashMap<>();
    for (CallState s : calls.values()) {
      s.attempts.values().forEach(a -> {
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

  /** The call a channel belongs to, as far as the fold knows; else the channel's own id (a call's first channel). */
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

  void link(String uniqueid, String linkedid) {
    if (uniqueid != null) {
      linkOf.put(uniqueid, linkedid);
    }
  }

  private void on(AmiMessage m, Instant t, java.util.function.Consumer<CallState> f) {
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
      if (s.callerNumber == null && s.direction == Direction.INBOUND && s.isPrimary(m.get("Uniqueid"))) {
        // the Newchannel may have been missed (a reconnect gap): every event of the caller's channel names the caller
        s.callerNumber = m.get("CallerIDNum");
        s.callerName = s.callerName != null ? s.callerName : m.get("CallerIDName");
      }
    }
    f.accept(s);
  }

  private void newChannel(AmiMessage m, Instant t) {
    on(m, t, s -> {
      String uid = m.get("Uniqueid");
      s.leg(uid, m.get("Channel"), t);
      if (s.isPrimary(uid)) {
        s.callerNumber = s.callerNumber != null ? s.callerNumber : m.get("CallerIDNum");
        s.callerName = s.callerName != null ? s.callerName : m.get("CallerIDName");
        s.did = s.did != null ? s.did : dialledNumber(m.get("Exten"));
      }
    });
  }

  private void hangup(AmiMessage m, Instant t) {
    on(m, t, s -> {
      String uid = m.get("Uniqueid");
      Integer cause = integer(m.get("Cause"));
      s.legEnded(uid, m.get("Channel"), t, cause);
      if (s.isPrimary(uid)) {
        s.cancelRinging();
        s.end(t, cause, m.get("Cause-txt"));
        if (s.direction == Direction.OUTBOUND && s.talkSeconds == null && s.answeredAt != null) {
          // a callback's talk is the citizen's leg, from their answer on; the agent leg (and the CDR's billable
          // seconds) began earlier, when the agent picked up
          s.talkSeconds = CallState.seconds(s.answeredAt, s.citizenLegEnd(t));
        }
      }
    });
  }

  private void varSet(AmiMessage m, Instant t) {
    String variable = m.get("Variable");
    if (variable == null) {
      return;
    }
    switch (variable) {
      case "MIXMONITOR_FILENAME" -> on(m, t, s -> s.recordingFile = s.recordingFile != null ? s.recordingFile
          : baseName(m.get("Value")));
      case Dialplan.TICKET_VARIABLE -> on(m, t, s -> s.ticketRef = s.ticketRef != null ? s.ticketRef : emptyToNull(m.get("Value")));
      case Dialplan.CALL_ID_VARIABLE -> on(m, t, s -> s.hotlineCallId = s.hotlineCallId != null ? s.hotlineCallId
          : emptyToNull(m.get("Value")));
      default -> {
      }
    }
  }

  private void newExten(AmiMessage m, Instant t) {
    if (ORIGINATE_DIAL.equals(m.get("Application"))) {
      on(m, t, s -> {
        if (s.isPrimary(m.get("Uniqueid")) && s.direction == Direction.INBOUND && s.queue == null) {
          platform(s, Direction.PLATFORM, m.get("Channel"));
        }
      });
    }
    String context = m.get("Context");
    if (context != null && policy.callbackContexts().contains(context)) {
      on(m, t, s -> {
        if (s.isPrimary(m.get("Uniqueid"))) {
          outbound(s, m.get("Exten"), m.get("Channel"));
        }
      });
    }
  }

  private static void outbound(CallState s, String citizen, String agentChannel) {
    if (s.direction != Direction.OUTBOUND) {
      s.direction = Direction.OUTBOUND;
      s.callerNumber = null;
      s.callerName = null;
    }
    if (s.callerNumber == null && citizen != null && !citizen.isEmpty() && !"s".equals(citizen)) {
      s.callerNumber = citizen;
    }
    if (s.agentInterface == null && agentChannel != null) {
      s.agentInterface = Leg.device(agentChannel);
    }
  }

  private static void agentConnect(CallState s, AmiMessage m, Instant t) {
    s.answered(t);
    s.agentInterface = s.agentInterface != null ? s.agentInterface : m.get("Interface");
    s.agentName = s.agentName != null ? s.agentName : m.get("MemberName");
    s.waitSeconds = s.waitSeconds != null ? s.waitSeconds : integer(m.get("HoldTime"));
    Integer ring = integer(m.get("RingTime"));
    s.attemptEnded(m.get("DestChannel"), RingAttempt.ANSWERED, ring == null ? null : ring * 1000L);
    s.cancelRinging();
  }

  private static void agentComplete(CallState s, AmiMessage m, Instant t) {
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

  private static void userEvent(CallState s, AmiMessage m) {
    String kind = m.get("UserEvent");
    if (kind == null) {
      return;
    }
    switch (kind) {
      case Dialplan.CALL_EVENT -> {
        s.hotlineCallId = s.hotlineCallId != null ? s.hotlineCallId : emptyToNull(m.get("CallId"));
        s.recordingFile = s.recordingFile != null ? s.recordingFile : emptyToNull(m.get("Recording"));
      }
      case Dialplan.CALLBACK_EVENT -> {
        outbound(s, m.get("Citizen"), m.get("Channel"));
        s.hotlineCallId = s.hotlineCallId != null ? s.hotlineCallId : emptyToNull(m.get("CallId"));
        s.ticketRef = s.ticketRef != null ? s.ticketRef : emptyToNull(m.get("Ticket"));
        s.recordingFile = s.recordingFile != null ? s.recordingFile : emptyToNull(m.get("Recording"));
      }
      case Dialplan.AFTER_HOURS_EVENT -> s.afterHours = true;
      default -> {
      }
    }
  }

  private static void dialEnd(CallState s, AmiMessage m, Instant t) {
    if (s.direction == Direction.OUTBOUND && "ANSWER".equals(m.get("DialStatus"))
        && s.isPrimary(m.get("Uniqueid")) && !s.isPrimary(m.get("DestUniqueid"))) {
      s.answered(t);
    }
  }

  /**
   * The answer to an Originate. One of a dialplan target names {@code Context}/{@code Exten}; one of an application
   * (ChanSpy for a team lead's listen, whisper or barge) names {@code Application}/{@code Data} and never a context,
   * success or failure. A failure has no Uniqueid ({@code <unknown>}) and the bare device as {@code Channel}: the
   * attempt's own channel, still open, is found by that device.
   */
  private void originateResponse(AmiMessage m, Instant t) {
    String uid = m.get("Uniqueid");
    boolean known = uid != null && !uid.isEmpty() && !uid.startsWith("<");
    boolean success = "Success".equals(m.get("Response"));
    String application = emptyToNull(m.get("Application"));
    if (application != null) {
      CallState s = known ? stateFor(linkOf.getOrDefault(uid, uid), true) : openOriginateOf(m.get("Channel"));
      if (s != null) {
        applicationOriginated(s, application, m.get("Channel"));
        if (known) {
          s.leg(uid, m.get("Channel"), t);
        }
        if (success && s.endedAt == null) {
          s.answered(t);
        }
      }
      return;
    }
    if (!known || !success) {
      return;
    }
    CallState s = stateFor(linkOf.getOrDefault(uid, uid), true);
    String context = m.get("Context");
    if (context != null && policy.callbackContexts().contains(context)) {
      outbound(s, m.get("Exten"), m.get("Channel"));
    }
    s.leg(uid, m.get("Channel"), t);
  }

  /** The open call whose first channel is on this device and was dialled by an Originate (a failed attempt). */
  private CallState openOriginateOf(String channel) {
    String device = Leg.device(channel);
    if (device == null) {
      return null;
    }
    CallState found = null;
    for (CallState s : calls.values()) {
      Leg first = s.legs.get(s.id);
      if (s.endedAt == null && s.queue == null && s.direction != Direction.OUTBOUND && first != null
          && device.equals(Leg.device(first.channel()))) {
        found = s;
      }
    }
    if (found != null) {
      dirty.add(found.id);
    }
    return found;
  }

  private static void applicationOriginated(CallState s, String application, String channel) {
    Direction d = SPY_APPLICATIONS.contains(application.toLowerCase(java.util.Locale.ROOT)) ? Direction.SUPERVISION
        : Direction.PLATFORM;
    if (s.direction == Direction.INBOUND || s.direction == Direction.PLATFORM) {
      platform(s, d, channel);
    }
  }

  /** A channel the platform originated to one of its own phones: no citizen on it, and not an offered call. */
  private static void platform(CallState s, Direction d, String channel) {
    s.direction = d;
    s.callerNumber = null;
    s.callerName = null;
    s.did = null;
    if (s.agentInterface == null && channel != null) {
      s.agentInterface = Leg.device(channel);
    }
  }

  private void cdr(AmiMessage m) {
    String uid = m.get("UniqueID");
    if (uid == null) {
      return;
    }
    CallState s = stateFor(linkOf.getOrDefault(uid, uid), false);
    if (s == null) {
      return;
    }
    s.billableSeconds = s.billableSeconds != null ? s.billableSeconds : integer(m.get("BillableSeconds"));
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

  static Integer integer(String v) {
    if (v == null || v.isEmpty()) {
      return null;
    }
    try {
      return Integer.valueOf(v.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static Long longValue(String v) {
    Integer i = integer(v);
    return i == null ? null : i.longValue();
  }

  /** The number a channel dialled; {@code s} (the dialplan's start extension of an originated channel) is none. */
  static String dialledNumber(String exten) {
    return exten == null || exten.isEmpty() || "s".equals(exten) ? null : exten;
  }

  static String emptyToNull(String v) {
    return v == null || v.isEmpty() ? null : v;
  }

  static String baseName(String path) {
    if (path == null || path.isEmpty()) {
      return null;
    }
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }
}
