package gov.hotline.telephony.simulator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * What the simulated Asterisk knows right now, learnt from every block it sent (or skipped during
 * an outage): live channels, callers waiting in queues and queue members. It answers {@code
 * QueueStatus} and {@code CoreShowChannels} the way Asterisk does, so that a client resynchronising
 * after a reconnect sees the state as it really is.
 */
final class SimModel {
  private final Map<String, Map<String, String>> channels = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> waiting = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> members = new LinkedHashMap<>();
  private final Map<String, Long> channelStart = new LinkedHashMap<>();
  private final Map<String, Long> joinedAt = new LinkedHashMap<>();
  private final Set<String> operated = new HashSet<>();

  synchronized void apply(String block, long nowMillis) {
    Map<String, String> h = SimBlock.headers(block);
    String event = h.get("Event");
    if (event == null) {
      return;
    }
    String uid = h.get("Uniqueid");
    switch (event) {
      case "Newchannel" -> {
        channels.put(uid, new LinkedHashMap<>(h));
        channelStart.put(uid, nowMillis);
      }
      case "Newstate", "Newexten", "NewConnectedLine", "NewCallerid" -> {
        Map<String, String> ch = channels.get(uid);
        if (ch != null) {
          h.forEach(
              (k, v) -> {
                if (!k.equals("Event") && !k.equals("Privilege")) {
                  ch.put(k, v);
                }
              });
        }
      }
      case "BridgeEnter" -> update(uid, "BridgeId", h.get("BridgeUniqueid"));
      case "BridgeLeave" -> update(uid, "BridgeId", "");
      case "Hangup" -> {
        channels.remove(uid);
        channelStart.remove(uid);
      }
      case "QueueCallerJoin" -> {
        waiting.put(uid, new LinkedHashMap<>(h));
        joinedAt.put(uid, nowMillis);
      }
      case "QueueCallerLeave", "QueueCallerAbandon" -> {
        waiting.remove(uid);
        joinedAt.remove(uid);
      }
      case "QueueMemberStatus",
          "QueueMemberAdded",
          "QueueMemberPause",
          "QueueMemberPenalty",
          "QueueMemberRinginuse" -> {
        Map<String, String> m =
            members.computeIfAbsent(
                h.get("Queue") + "|" + h.get("Interface"), k -> new LinkedHashMap<>());
        h.forEach(
            (k, v) -> {
              if (!k.equals("Event") && !k.equals("Privilege")) {
                m.put(k, v);
              }
            });
      }
      case "QueueMemberRemoved" -> members.remove(h.get("Queue") + "|" + h.get("Interface"));
      default -> {}
    }
  }

  /**
   * A member's status event as Asterisk would send it now: Asterisk reports the member's current
   * pause in every {@code QueueMemberStatus}, so a pause made through {@code QueuePause} (or a
   * break) stays in the events of the calls that start and end at the seat meanwhile; the generated
   * traffic, planned ahead, does not know of it.
   */
  synchronized String withMemberPause(String block) {
    if (!block.startsWith("Event: QueueMemberStatus\r\n")) {
      return block;
    }
    Map<String, String> h = SimBlock.headers(block);
    Map<String, String> m = members.get(h.get("Queue") + "|" + h.get("Interface"));
    if (m == null || m.get("Paused") == null) {
      return block;
    }
    return block
        .replaceFirst("(?m)^Paused: [^\r\n]*", "Paused: " + m.get("Paused"))
        .replaceFirst(
            "(?m)^PausedReason: [^\r\n]*",
            Matcher.quoteReplacement("PausedReason: " + m.getOrDefault("PausedReason", "")));
  }

  /** A member whose pause is now set through {@code QueuePause}: a person sits at that seat. */
  synchronized void operate(String queue, String iface) {
    operated.add(queue + "|" + iface);
  }

  /**
   * Whether a planned break in the generated traffic falls on a seat a person operates: that seat
   * takes its breaks from the person, so the plan's pause and return are not sent.
   */
  synchronized boolean operatedBreak(String block) {
    if (!block.startsWith("Event: QueueMemberPause\r\n")) {
      return false;
    }
    Map<String, String> h = SimBlock.headers(block);
    return operated.contains(h.get("Queue") + "|" + h.get("Interface"));
  }

  private void update(String uid, String key, String value) {
    Map<String, String> ch = channels.get(uid);
    if (ch != null && value != null) {
      ch.put(key, value);
    }
  }

  /**
   * The QueueStatus answer: Response, QueueParams, a QueueMember per member, a QueueEntry per
   * waiting caller.
   */
  synchronized List<String> queueStatus(String actionId, String queueFilter, long nowMillis) {
    List<String> out = new ArrayList<>();
    out.add(
        SimBlock.response("Success", actionId)
            .h("EventList", "start")
            .h("Message", "Queue status will follow")
            .end());
    List<String> queues = new ArrayList<>();
    members.values().forEach(m -> addQueue(queues, m.get("Queue")));
    waiting.values().forEach(w -> addQueue(queues, w.get("Queue")));
    if (queues.isEmpty()) {
      queues.add("hotline");
    }
    for (String q : queues) {
      if (queueFilter != null && !queueFilter.isEmpty() && !queueFilter.equals(q)) {
        continue;
      }
      long calls = waiting.values().stream().filter(w -> q.equals(w.get("Queue"))).count();
      out.add(
          SimBlock.event("QueueParams")
              .h("Queue", q)
              .h("Max", 0)
              .h("Strategy", "rrmemory")
              .h("Calls", calls)
              .h("Holdtime", 0)
              .h("TalkTime", 0)
              .h("Completed", 0)
              .h("Abandoned", 0)
              .h("ServiceLevel", 0)
              .h("ServicelevelPerf", "0.0")
              .h("ServicelevelPerf2", "0.0")
              .h("Weight", 0)
              .h("ActionID", actionId)
              .end());
      for (Map<String, String> m : members.values()) {
        if (q.equals(m.get("Queue"))) {
          out.add(
              SimBlock.event("QueueMember")
                  .h("Queue", q)
                  .h("Name", m.get("MemberName"))
                  .h("Location", m.get("Interface"))
                  .h("StateInterface", m.getOrDefault("StateInterface", m.get("Interface")))
                  .h("Membership", m.getOrDefault("Membership", "static"))
                  .h("Penalty", m.getOrDefault("Penalty", "0"))
                  .h("CallsTaken", m.getOrDefault("CallsTaken", "0"))
                  .h("LastCall", m.getOrDefault("LastCall", "0"))
                  .h("LastPause", m.getOrDefault("LastPause", "0"))
                  .h("LoginTime", m.getOrDefault("LoginTime", "0"))
                  .h("InCall", m.getOrDefault("InCall", "0"))
                  .h("Status", m.getOrDefault("Status", "1"))
                  .h("Paused", m.getOrDefault("Paused", "0"))
                  .h("PausedReason", m.getOrDefault("PausedReason", ""))
                  .h("Wrapuptime", m.getOrDefault("Wrapuptime", "0"))
                  .h("ActionID", actionId)
                  .end());
        }
      }
      int position = 1;
      for (Map.Entry<String, Map<String, String>> e : waiting.entrySet()) {
        Map<String, String> w = e.getValue();
        if (q.equals(w.get("Queue"))) {
          long wait = (nowMillis - joinedAt.getOrDefault(e.getKey(), nowMillis)) / 1000;
          out.add(
              SimBlock.event("QueueEntry")
                  .h("Queue", q)
                  .h("Position", position++)
                  .h("Channel", w.get("Channel"))
                  .h("Uniqueid", e.getKey())
                  .h("CallerIDNum", w.get("CallerIDNum"))
                  .h("CallerIDName", w.get("CallerIDName"))
                  .h("ConnectedLineNum", w.get("ConnectedLineNum"))
                  .h("ConnectedLineName", w.get("ConnectedLineName"))
                  .h("Wait", wait)
                  .h("Priority", 0)
                  .h("ActionID", actionId)
                  .end());
        }
      }
    }
    out.add(
        SimBlock.event("QueueStatusComplete")
            .h("ActionID", actionId)
            .h("EventList", "Complete")
            .h("ListItems", out.size() - 1)
            .end());
    return out;
  }

  private static void addQueue(List<String> queues, String q) {
    if (q != null && !queues.contains(q)) {
      queues.add(q);
    }
  }

  /**
   * The CoreShowChannels answer: Response, a CoreShowChannel per live channel, the Complete event.
   */
  synchronized List<String> coreShowChannels(String actionId, long nowMillis) {
    List<String> out = new ArrayList<>();
    out.add(
        SimBlock.response("Success", actionId)
            .h("EventList", "start")
            .h("Message", "Channels will follow")
            .end());
    for (Map.Entry<String, Map<String, String>> e : channels.entrySet()) {
      Map<String, String> c = e.getValue();
      long secs = (nowMillis - channelStart.getOrDefault(e.getKey(), nowMillis)) / 1000;
      out.add(
          SimBlock.event("CoreShowChannel")
              .h("ActionID", actionId)
              .h("Channel", c.get("Channel"))
              .h("ChannelState", c.get("ChannelState"))
              .h("ChannelStateDesc", c.get("ChannelStateDesc"))
              .h("CallerIDNum", c.get("CallerIDNum"))
              .h("CallerIDName", c.get("CallerIDName"))
              .h("ConnectedLineNum", c.get("ConnectedLineNum"))
              .h("ConnectedLineName", c.get("ConnectedLineName"))
              .h("Language", "en")
              .h("AccountCode", "")
              .h("Context", c.get("Context"))
              .h("Exten", c.get("Exten"))
              .h("Priority", c.get("Priority"))
              .h("Uniqueid", e.getKey())
              .h("Linkedid", c.get("Linkedid"))
              .h("Application", c.getOrDefault("Application", ""))
              .h("ApplicationData", c.getOrDefault("AppData", ""))
              .h(
                  "Duration",
                  String.format("%02d:%02d:%02d", secs / 3600, secs / 60 % 60, secs % 60))
              .h("BridgeId", c.getOrDefault("BridgeId", ""))
              .end());
    }
    out.add(
        SimBlock.event("CoreShowChannelsComplete")
            .h("ActionID", actionId)
            .h("EventList", "Complete")
            .h("ListItems", out.size() - 1)
            .end());
    return out;
  }

  synchronized int liveChannels() {
    return channels.size();
  }

  /** A live channel's snapshot headers (as events carry them), by channel name; null when gone. */
  synchronized Map<String, String> channelByName(String name) {
    for (Map.Entry<String, Map<String, String>> e : channels.entrySet()) {
      if (e.getValue().get("Channel") != null && e.getValue().get("Channel").equals(name)) {
        Map<String, String> snap = new LinkedHashMap<>();
        for (String k :
            List.of(
                "Channel",
                "ChannelState",
                "ChannelStateDesc",
                "CallerIDNum",
                "CallerIDName",
                "ConnectedLineNum",
                "ConnectedLineName",
                "Language",
                "AccountCode",
                "Context",
                "Exten",
                "Priority",
                "Uniqueid",
                "Linkedid")) {
          snap.put(k, k.equals("Uniqueid") ? e.getKey() : e.getValue().getOrDefault(k, ""));
        }
        return snap;
      }
    }
    return null;
  }

  /** Live channel names by uniqueid (for Hangup/Redirect actions). */
  synchronized Map<String, String> channelNames() {
    Map<String, String> out = new LinkedHashMap<>();
    channels.forEach((uid, h) -> out.put(uid, h.get("Channel")));
    return out;
  }

  synchronized Map<String, String> member(String queue, String iface) {
    Map<String, String> m = members.get(queue + "|" + iface);
    return m == null ? null : new LinkedHashMap<>(m);
  }

  synchronized List<Map<String, String>> members() {
    return members.values().stream()
        .map(m -> (Map<String, String>) new LinkedHashMap<>(m))
        .toList();
  }
}
