package gov.hotline.infra.http;

import gov.hotline.core.user.Actor;
import gov.hotline.telephony.api.LiveBoardSnapshot;
import gov.hotline.telephony.api.LiveQueue;
import gov.hotline.telephony.api.ScreenPop;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Live queues and screen pops as JSON (numbers masked as for calls). */
final class LiveJson {
  private LiveJson() {
  }

  static JsonObject board(LiveBoardSnapshot s, Actor actor) {
    JsonArray queues = new JsonArray();
    for (LiveQueue q : s.queues()) {
      JsonArray waiting = new JsonArray();
      q.waiting().forEach(w -> waiting.add(new JsonObject().put("callId", w.callId())
          .put("callerNumber", CallJson.phone(w.callerNumber(), actor)).put("position", w.position())
          .put("waitSeconds", w.waitSeconds())));
      JsonArray members = new JsonArray();
      q.members().forEach(m -> members.add(new JsonObject().put("interface", m.iface()).put("name", m.name())
          .put("state", m.state().name()).put("stateLabel", m.state().label()).put("pausedReason", m.pausedReason())
          .put("stateSeconds", m.stateSeconds()).put("callId", m.callId())
          .put("callerNumber", CallJson.phone(m.callerNumber(), actor))));
      JsonObject byState = new JsonObject();
      q.byState().forEach((k, v) -> byState.put(k.name(), v));
      queues.add(new JsonObject().put("server", q.server()).put("name", q.name()).put("waitingCount", waiting.size())
          .put("longestWaitSeconds", q.longestWaitSeconds()).put("waiting", waiting).put("members", members)
          .put("byState", byState).put("at", q.at().toString()));
    }
    return new JsonObject().put("version", s.version()).put("queues", queues);
  }

  static JsonObject pop(ScreenPop p) {
    JsonArray calls = new JsonArray();
    p.previousCalls().forEach(c -> calls.add(new JsonObject().put("callId", c.callId())
        .put("startedAt", CallJson.time(c.startedAt())).put("outcome", c.outcome())
        .put("agentInterface", c.agentInterface())));
    return new JsonObject().put("agentInterface", p.agentInterface()).put("callId", p.callId())
        .put("callerNumber", p.callerNumber()).put("queue", p.queue()).put("at", CallJson.time(p.at()))
        .put("previousTickets", CallJson.tickets(p.previousTickets())).put("previousCalls", calls);
  }
}
