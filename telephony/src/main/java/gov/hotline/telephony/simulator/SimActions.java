package gov.hotline.telephony.simulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers actions the way Asterisk does; actions with side effects (pause, add/remove member,
 * originate, mix monitor) also broadcast the events Asterisk would send, so the client sees the
 * same flow as with a real PBX.
 */
final class SimActions {
  private final AmiSimulator sim;

  SimActions(AmiSimulator sim) {
    this.sim = sim;
  }

  List<String> answer(String action, Map<String, String> a, String actionId) {
    long now = System.currentTimeMillis();
    return switch (action) {
      case "ping" ->
          List.of(
              SimBlock.response("Success", actionId)
                  .h("Ping", "Pong")
                  .h("Timestamp", String.format("%d.%06d", now / 1000, now % 1000 * 1000))
                  .end());
      case "coresettings" ->
          List.of(
              SimBlock.response("Success", actionId)
                  .h("AMIversion", "13.0.0")
                  .h("AsteriskVersion", sim.options().asteriskVersion())
                  .h("SystemName", "")
                  .h("CoreMaxCalls", 0)
                  .h("CoreMaxLoadAvg", "0.000000")
                  .h("CoreRunUser", "asterisk")
                  .h("CoreRunGroup", "asterisk")
                  .h("CoreMaxFilehandles", 0)
                  .h("CoreRealTimeEnabled", "No")
                  .h("CoreCDRenabled", "Yes")
                  .h("CoreHTTPenabled", "No")
                  .end());
      case "command" ->
          List.of(
              SimBlock.response("Success", actionId)
                  .h("Message", "Command output follows")
                  .h(
                      "Output",
                      "Asterisk " + sim.options().asteriskVersion() + " built by simulator")
                  .end());
      case "events" -> List.of(SimBlock.response("Success", actionId).h("Events", "On").end());
      case "queuestatus" -> sim.model().queueStatus(actionId, a.get("queue"), now);
      case "coreshowchannels" -> sim.model().coreShowChannels(actionId, now);
      case "queuesummary" -> queueSummary(actionId);
      case "queuepause" -> pause(a, actionId);
      case "queueadd" -> add(a, actionId);
      case "queueremove" -> remove(a, actionId);
      case "originate" -> {
        sim.pbx().originate(a, actionId, sim);
        yield List.of(
            SimBlock.response("Success", actionId)
                .h("Message", "Originate successfully queued")
                .end());
      }
      case "mixmonitor" -> mixMonitor(a, actionId);
      case "setvar",
          "getvar",
          "redirect",
          "hangup",
          "blindtransfer",
          "atxfer",
          "userevent",
          "status" ->
          List.of(SimBlock.response("Success", actionId).end());
      default ->
          List.of(
              SimBlock.response("Error", actionId).h("Message", "Invalid/unknown command").end());
    };
  }

  private List<String> mixMonitor(Map<String, String> a, String actionId) {
    Map<String, String> ch = sim.model().channelByName(a.get("channel"));
    if (ch == null) {
      return List.of(SimBlock.response("Error", actionId).h("Message", "No such channel").end());
    }
    String file = a.getOrDefault("file", "recording.wav");
    sim.broadcast(
        SimBlock.event("VarSet")
            .h("Privilege", "dialplan,all")
            .all(ch)
            .h("Variable", "MIXMONITOR_FILENAME")
            .h("Value", file.startsWith("/") ? file : "/var/spool/asterisk/monitor/" + file)
            .end());
    sim.broadcast(SimBlock.event("MixMonitorStart").h("Privilege", "call,all").all(ch).end());
    return List.of(SimBlock.response("Success", actionId).h("Message", "Started MixMonitor").end());
  }

  private List<String> queueSummary(String actionId) {
    List<Map<String, String>> members = sim.model().members();
    long loggedIn = members.size();
    long available =
        members.stream()
            .filter(m -> "0".equals(m.get("Paused")) && "1".equals(m.get("Status")))
            .count();
    return List.of(
        SimBlock.response("Success", actionId)
            .h("EventList", "start")
            .h("Message", "Queue summary will follow")
            .end(),
        SimBlock.event("QueueSummary")
            .h("Queue", "hotline")
            .h("LoggedIn", loggedIn)
            .h("Available", available)
            .h("Callers", 0)
            .h("HoldTime", 0)
            .h("TalkTime", 0)
            .h("LongestHoldTime", 0)
            .h("ActionID", actionId)
            .end(),
        SimBlock.event("QueueSummaryComplete")
            .h("ActionID", actionId)
            .h("EventList", "Complete")
            .h("ListItems", 1)
            .end());
  }

  private List<String> pause(Map<String, String> a, String actionId) {
    String queue = a.getOrDefault("queue", "hotline");
    String iface = a.get("interface");
    boolean paused = "true".equalsIgnoreCase(a.get("paused")) || "1".equals(a.get("paused"));
    boolean found =
        sim.atomically(
            () -> {
              Map<String, String> m = sim.model().member(queue, iface);
              if (m == null) {
                return false;
              }
              sim.model().operate(queue, iface);
              m.put("Paused", paused ? "1" : "0");
              m.put("PausedReason", paused ? a.getOrDefault("reason", "") : "");
              if (paused) {
                m.put("LastPause", Long.toString(Instant.now().getEpochSecond()));
              }
              sim.broadcast(member("QueueMemberPause", m));
              return true;
            });
    if (!found) {
      return List.of(
          SimBlock.response("Error", actionId).h("Message", "Interface not found").end());
    }
    return List.of(
        SimBlock.response("Success", actionId)
            .h(
                "Message",
                paused ? "Interface paused successfully" : "Interface unpaused successfully")
            .end());
  }

  private List<String> add(Map<String, String> a, String actionId) {
    String queue = a.getOrDefault("queue", "hotline");
    String iface = a.get("interface");
    if (sim.model().member(queue, iface) != null) {
      return List.of(
          SimBlock.response("Error", actionId)
              .h("Message", "Unable to add interface: Already there")
              .end());
    }
    Map<String, String> m = new LinkedHashMap<>();
    m.put("Queue", queue);
    m.put("MemberName", a.getOrDefault("membername", iface));
    m.put("Interface", iface);
    m.put("StateInterface", a.getOrDefault("stateinterface", iface));
    m.put("Membership", "dynamic");
    m.put("Penalty", a.getOrDefault("penalty", "0"));
    m.put("CallsTaken", "0");
    m.put("LastCall", "0");
    m.put("LastPause", "0");
    m.put("LoginTime", Long.toString(Instant.now().getEpochSecond()));
    m.put("InCall", "0");
    m.put("Status", "1");
    m.put("Paused", "true".equalsIgnoreCase(a.get("paused")) ? "1" : "0");
    m.put("PausedReason", "");
    m.put("Ringinuse", "0");
    m.put("Wrapuptime", "0");
    sim.broadcast(member("QueueMemberAdded", m));
    return List.of(
        SimBlock.response("Success", actionId).h("Message", "Added interface to queue").end());
  }

  private List<String> remove(Map<String, String> a, String actionId) {
    String queue = a.getOrDefault("queue", "hotline");
    Map<String, String> m = sim.model().member(queue, a.get("interface"));
    if (m == null) {
      return List.of(
          SimBlock.response("Error", actionId)
              .h("Message", "Unable to remove interface: Not there")
              .end());
    }
    sim.broadcast(member("QueueMemberRemoved", m));
    return List.of(
        SimBlock.response("Success", actionId).h("Message", "Removed interface from queue").end());
  }

  private static String member(String event, Map<String, String> m) {
    SimBlock b = SimBlock.event(event).h("Privilege", "agent,all");
    for (String k :
        List.of(
            "Queue",
            "MemberName",
            "Interface",
            "StateInterface",
            "Membership",
            "Penalty",
            "CallsTaken",
            "LastCall",
            "LastPause",
            "LoginTime",
            "InCall",
            "Status",
            "Paused",
            "PausedReason",
            "Ringinuse",
            "Wrapuptime")) {
      b.h(k, m.getOrDefault(k, ""));
    }
    return b.end();
  }
}
