package gov.hotline.telephony.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * After a reconnect the client asks Asterisk which channels exist ({@code CoreShowChannels}). When
 * the list is complete, every open call none of whose channels is still alive ended while nobody
 * listened: it is closed and marked ({@code endMissed}, repair {@code resync}). A live caller
 * channel bridged with a queue agent's channel was answered in the gap; a live channel of an
 * unknown call starts that call. Only lists that answer the platform's own resynchronisation
 * (ActionID containing {@value #ACTION_MARK}) count.
 */
final class Resync {
  /** ActionIDs of the resynchronisation requests contain this text. */
  static final String ACTION_MARK = "resync-";

  private record Live(
      String uniqueid,
      String linkedid,
      String channel,
      String application,
      String applicationData,
      String bridgeId,
      String callerNumber,
      String callerName,
      long durationSeconds) {}

  private final CallFolder folder;

  /**
   * Lists still arriving, by ActionID, each channel once (a message applied again after a failed
   * batch changes nothing); the newest few only, so that a list whose end never came does not stay
   * for good.
   */
  private final Map<String, Map<String, Live>> lists =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, Live>> eldest) {
          return size() > 8;
        }
      };

  Resync(CallFolder folder) {
    this.folder = folder;
  }

  void response(AmiMessage m) {
    String id = m.actionId();
    if (isResync(id) && "start".equalsIgnoreCase(m.get("EventList", ""))) {
      lists.putIfAbsent(id, new LinkedHashMap<>());
    }
  }

  void channel(AmiMessage m) {
    Map<String, Live> list = lists.get(m.actionId());
    if (list == null) {
      return;
    }
    list.put(
        m.get("Channel", "") + "/" + m.get("Uniqueid", ""),
        new Live(
            m.get("Uniqueid"),
            m.get("Linkedid", m.get("Uniqueid")),
            m.get("Channel"),
            m.get("Application", ""),
            m.get("ApplicationData", ""),
            m.get("BridgeId", ""),
            m.get("CallerIDNum"),
            m.get("CallerIDName"),
            duration(m.get("Duration"))));
  }

  /**
   * The list is kept after its end (until newer lists push it out): when the batch holding the end
   * fails and is applied again, the end finds the same list again.
   */
  void complete(AmiMessage m, Instant at) {
    Map<String, Live> listed = lists.get(m.actionId());
    if (listed == null) {
      return;
    }
    List<Live> live = List.copyOf(listed.values());
    Map<String, List<Live>> byCall = new HashMap<>();
    live.forEach(l -> byCall.computeIfAbsent(l.linkedid(), k -> new ArrayList<>()).add(l));
    for (CallState s : folder.openCalls()) {
      if (!byCall.containsKey(s.id)) {
        closeMissed(folder.stateFor(s.id, false), at);
      }
    }
    byCall.forEach((linkedid, legs) -> learn(linkedid, legs, at));
  }

  private static void closeMissed(CallState s, Instant at) {
    s.cancelRinging();
    s.end(at, null, null);
    s.endMissed = true;
    s.repaired("resync");
  }

  private void learn(String linkedid, List<Live> legs, Instant at) {
    boolean known = folder.current(linkedid) != null;
    CallState s = folder.stateFor(linkedid, true);
    if (s.endedAt != null) {
      return;
    }
    if (!known) {
      s.repaired("late_start");
    }
    for (Live l : legs) {
      folder.link(l.uniqueid(), linkedid);
      s.leg(l.uniqueid(), l.channel(), at.minusSeconds(l.durationSeconds()));
    }
    Live caller = legs.stream().filter(l -> l.uniqueid().equals(linkedid)).findFirst().orElse(null);
    if (caller == null) {
      return;
    }
    if (s.callerNumber == null && s.direction == Direction.INBOUND) {
      s.callerNumber = caller.callerNumber();
      s.callerName = caller.callerName();
    }
    if ("Queue".equals(caller.application())
        && s.queue == null
        && !caller.applicationData().isEmpty()) {
      s.queue = caller.applicationData().split(",", 2)[0];
      s.queueUniqueid = caller.uniqueid();
      s.repaired("resync");
    }
    if (!caller.bridgeId().isEmpty() && s.answeredAt == null && s.direction == Direction.INBOUND) {
      legs.stream()
          .filter(
              l ->
                  l != caller
                      && caller.bridgeId().equals(l.bridgeId())
                      && "AppQueue".equals(l.application()))
          .findFirst()
          .ifPresent(
              agent -> {
                s.answered(at);
                s.agentInterface =
                    s.agentInterface != null ? s.agentInterface : Leg.device(agent.channel());
                s.cancelRinging();
                s.repaired("resync");
              });
    }
  }

  private static boolean isResync(String actionId) {
    return actionId != null && actionId.contains(ACTION_MARK);
  }

  private static long duration(String hms) {
    if (hms == null) {
      return 0;
    }
    String[] p = hms.split(":");
    try {
      long s = 0;
      for (String part : p) {
        s = s * 60 + Long.parseLong(part.trim());
      }
      return s;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
