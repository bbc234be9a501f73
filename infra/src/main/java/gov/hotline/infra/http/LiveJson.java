package gov.hotline.infra.http;

import gov.hotline.core.user.Actor;
import gov.hotline.infra.telephony.AgentNames;
import gov.hotline.reporting.domain.TrafficKpis;
import gov.hotline.telephony.domain.AgentState;
import gov.hotline.telephony.domain.LiveBoardSnapshot;
import gov.hotline.telephony.domain.LiveQueue;
import gov.hotline.telephony.domain.LiveSettings;
import gov.hotline.telephony.domain.ScreenPop;
import gov.hotline.telephony.service.BoardSettingsService;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Live queues and screen pops as JSON (numbers masked as for calls, interfaces with the seated
 * agent's name).
 */
public final class LiveJson {
  private final AgentNames names;
  private final BoardSettingsService settings;
  private volatile Supplier<Map<String, TrafficKpis>> today = Map::of;

  public LiveJson(AgentNames names, BoardSettingsService settings) {
    this.names = names;
    this.settings = settings;
  }

  /** Where today's KPIs per queue come from (reporting's rollups; wired once reporting runs). */
  public void todayFrom(Supplier<Map<String, TrafficKpis>> source) {
    this.today = source;
  }

  JsonObject board(LiveBoardSnapshot s, Actor actor) {
    JsonArray queues = new JsonArray();
    LiveSettings live = settings.thresholds();
    Map<String, TrafficKpis> kpis = today.get();
    for (LiveQueue q : s.queues()) {
      JsonArray waiting = new JsonArray();
      q.waiting()
          .forEach(
              w ->
                  waiting.add(
                      new JsonObject()
                          .put("callId", w.callId())
                          .put("callerNumber", CallJson.phone(w.callerNumber(), actor))
                          .put("position", w.position())
                          .put("waitSeconds", w.waitSeconds())));
      JsonArray members = new JsonArray();
      q.members().forEach(m -> members.add(member(m, q.at(), live, actor)));
      JsonObject byState = new JsonObject();
      q.byState().forEach((k, v) -> byState.put(k.name(), v));
      queues.add(
          new JsonObject()
              .put("server", q.server())
              .put("name", q.name())
              .put("waitingCount", waiting.size())
              .put("longestWaitSeconds", q.longestWaitSeconds())
              .put("waiting", waiting)
              .put("members", members)
              .put("byState", byState)
              .put("at", q.at().toString())
              .put("today", today(kpis.get(q.name()))));
    }
    return new JsonObject()
        .put("version", s.version())
        .put("queues", queues)
        .put(
            "settings",
            new JsonObject()
                .put("longCallSeconds", live.longCallSeconds())
                .put("longPauseSeconds", live.longPauseSeconds()));
  }

  /** Today's figures of a queue, each rate as a fraction and as text ("83.7%" or "—"). */
  private static JsonObject today(TrafficKpis k) {
    if (k == null) {
      return new JsonObject()
          .put("offered", 0)
          .put("answered", 0)
          .put("abandoned", 0)
          .put("abandonRate", null)
          .put("abandonRateText", "—")
          .put("answerRate", null)
          .put("answerRateText", "—")
          .put("serviceLevel15", null)
          .put("serviceLevel15Text", "—");
    }
    return new JsonObject()
        .put("offered", k.offered())
        .put("answered", k.answered())
        .put("abandoned", k.abandoned())
        .put("abandonRate", k.abandonRate().value())
        .put("abandonRateText", k.abandonRate().percent())
        .put("answerRate", k.answerRate().value())
        .put("answerRateText", k.answerRate().percent())
        .put("serviceLevel15", k.serviceLevel(15).value())
        .put("serviceLevel15Text", k.serviceLevel(15).percent());
  }

  /**
   * A member: {@code since} when it is in its state, {@code callStartedAt} while talking, the pause
   * reason's label, and the long-call / long-pause warnings of the settings.
   */
  private JsonObject member(LiveQueue.Member m, Instant at, LiveSettings live, Actor actor) {
    Instant since = at.minusSeconds(m.stateSeconds());
    boolean talking = m.state() == AgentState.TALKING;
    boolean paused = m.state() == AgentState.PAUSED;
    return new JsonObject()
        .put("interface", m.iface())
        .put("name", m.name())
        .put("agentName", names.ofInterface(m.iface()))
        .put("state", m.state().name())
        .put("stateLabel", m.state().label())
        .put("pausedReason", m.pausedReason())
        .put("pauseReasonLabel", paused ? settings.label(m.pausedReason()) : null)
        .put("stateSeconds", m.stateSeconds())
        .put("since", since.toString())
        .put("callStartedAt", talking ? since.toString() : null)
        .put("longCall", talking && m.stateSeconds() >= live.longCallSeconds())
        .put("longPause", paused && m.stateSeconds() >= live.longPauseSeconds())
        .put("callId", m.callId())
        .put("callerNumber", CallJson.phone(m.callerNumber(), actor));
  }

  JsonObject pop(ScreenPop p, Actor actor) {
    JsonArray calls = new JsonArray();
    p.previousCalls()
        .forEach(
            c ->
                calls.add(
                    new JsonObject()
                        .put("callId", c.callId())
                        .put("startedAt", CallJson.time(c.startedAt()))
                        .put("outcome", c.outcome())
                        .put("outcomeLabel", c.outcomeLabel())
                        .put("agentInterface", c.agentInterface())
                        .put("agentName", names.ofInterface(c.agentInterface()))));
    return new JsonObject()
        .put("agentInterface", p.agentInterface())
        .put("agentName", names.ofInterface(p.agentInterface()))
        .put("callId", p.callId())
        .put("callerNumber", CallJson.phone(p.callerNumber(), actor))
        .put("queue", p.queue())
        .put("at", CallJson.time(p.at()))
        .put("repeatCaller", p.repeatCaller())
        .put("confidential", p.confidential())
        .put("openTickets", CallJson.tickets(p.openTickets()))
        .put("previousTickets", CallJson.tickets(p.previousTickets()))
        .put("previousCalls", calls);
  }
}
