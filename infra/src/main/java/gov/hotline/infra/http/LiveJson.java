package gov.hotline.infra.http;

import gov.hotline.core.user.Actor;
import gov.hotline.infra.telephony.AgentNames;
import gov.hotline.telephony.api.LiveBoardSnapshot;
import gov.hotline.telephony.api.LiveQueue;
import gov.hotline.telephony.api.ScreenPop;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Live queues and screen pops as JSON (numbers masked as for calls, interfaces with the seated agent's name). */
public final class LiveJson {
  private final AgentNames names;

  public LiveJson(AgentNames names) {
    this.names = names;
  }

  JsonObject board(LiveBoardSnapshot s, Actor actor) {
    JsonArray queues = new JsonArray();
    for (LiveQueue q : s.queues()) {
      JsonArray waiting = new JsonArray();
      q.waiting().forEach(w -> waiting.add(new JsonObject().put("callId", w.callId())
          .put("callerNumber", CallJson.phone(w.callerNumber(), actor)).put("position", w.position())
          .put("waitSeconds", w.waitSeconds())));
      JsonArray members = new JsonArray();
      q.members().forEach(m -> members.add(member(m, actor)));
      JsonObject byState = new JsonObject();
      q.byState().forEach((k, v) -> byState.put(k.name(), v));
      queues.add(new JsonObject().put("server", q.server()).put("name", q.name()).put("waitingCount", waiting.size())
          .put("longestWaitSeconds", q.longestWaitSeconds()).put("waiting", waiting).put("members", members)
          .put("byState", byState).put("at", q.at().toString()));
    }
    return new JsonObject().put("version", s.version()).put("queues", queues);
  }

  private JsonObject member(LiveQueue.Member m, Actor actor) {
    return new JsonObject().put("interface", m.iface()).put("name", m.name())
        .put("agentName", names.ofInterface(m.iface()))
        .put("state", m.state().name()).put("stateLabel", m.state().label()).put("pausedReason", m.pausedReason())
        .put("stateSeconds", m.stateSeconds()).put("callId", m.callId())
        .put("callerNumber", CallJson.phone(m.callerNumber(), actor));
  }

  JsonObject pop(ScreenPop p, Actor actor) {
    JsonArray calls = new JsonArray();
    p.previousCalls().forEach(c -> calls.add(new JsonObject().put("callId", c.callId())
        .put("startedAt", CallJson.time(c.startedAt())).put("outcome", c.outcome())
        .put("outcomeLabel", c.outcomeLabel()).put("agentInterface", c.agentInterface())
        .put("agentName", names.ofInterface(c.agentInterface()))));
    return new JsonObject().put("agentInterface", p.agentInterface())
        .put("agentName", names.ofInterface(p.agentInterface())).put("callId", p.callId())
        .put("callerNumber", CallJson.phone(p.callerNumber(), actor)).put("queue", p.queue())
        .put("at", CallJson.time(p.at())).put("repeatCaller", p.repeatCaller()).put("confidential", p.confidential())
        .put("openTickets", CallJson.tickets(p.openTickets()))
        .put("previousTickets", CallJson.tickets(p.previousTickets())).put("previousCalls", calls);
  }
}
