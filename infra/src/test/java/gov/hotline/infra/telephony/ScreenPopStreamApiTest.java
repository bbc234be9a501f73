package gov.hotline.infra.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.AmiRig;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.SseStream;
import gov.hotline.infra.support.TicketIntake;
import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.simulator.Replay;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The screen pop (来电弹屏) over the live stream against the simulated Asterisk and real PostgreSQL:
 * what it says about the caller (open tickets first, 保密, repeat caller, earlier calls, the agent's
 * name), and that a pop sent while the browser was disconnected arrives once when it reconnects
 * with {@code Last-Event-ID}.
 */
@Tag("db")
@Tag("ami")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreenPopStreamApiTest {
  private static final String CALLER = "13800138000";
  private static AmiRig rig;
  private static ApiClient api;
  private static String agent;
  private static String lead;
  private static long openTicket;
  private static long closedTicket;

  @BeforeAll
  static void start() {
    rig = AmiRig.start("screen_pop_stream", Map.of());
    api = rig.api();
    agent = api.login("agent1", "hotline");
    lead = rig.leadToken();
    assertThat(
            api.post("/api/v1/agent/login", agent, new JsonObject().put("interface", "PJSIP/6001"))
                .status())
        .isEqualTo(200);
    assertThat(
            api.post("/api/v1/agent/login", lead, new JsonObject().put("interface", "PJSIP/6002"))
                .status())
        .isEqualTo(200);
    closedTicket = ticket("咨询公积金提取", false);
    assertThat(
            api.post(
                    "/api/v1/tickets/" + closedTicket + "/direct-close",
                    agent,
                    new JsonObject().put("answer", "已告知提取条件"))
                .status())
        .isEqualTo(200);
    openTicket = ticket("小区楼道堆放杂物无人清理", true);
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  private static long ticket(String content, boolean confidential) {
    return TicketIntake.aTicket()
        .callerPhone(CALLER)
        .appealType("HELP")
        .categoryId("SR01")
        .content(content)
        .confidential(confidential)
        .create(api, agent);
  }

  private static SseStream stream(String token, String... headers) {
    SseStream s = SseStream.open(rig.server().port(), "/api/v1/live/stream", token, headers);
    AmiRig.await(
        "the stream delivers the board",
        Duration.ofSeconds(10),
        () -> !s.events("queues").isEmpty());
    return s;
  }

  private static List<Long> ids(JsonArray tickets) {
    return tickets.stream().map(t -> ((JsonObject) t).getLong("id")).toList();
  }

  @Test
  @Order(1)
  void thePopNamesTheAgentAndListsTheCallersOpenTicketsFirstFlaggingConfidentialAndRepeat() {
    try (SseStream s = stream(agent)) {
      rig.sim().play(Replay.of(Fixtures.transcript("answered"))).join();
      AmiRig.await("a screen pop", Duration.ofSeconds(15), () -> !s.events("screen-pop").isEmpty());

      SseStream.Event e = s.events("screen-pop").getFirst();
      JsonObject pop = e.json();
      assertThat(e.id()).isGreaterThan(s.events("queues").getFirst().id());
      assertThat(pop.getString("callId")).isEqualTo("1795290592.0");
      assertThat(pop.getString("callerNumber")).isEqualTo(CALLER);
      assertThat(pop.getString("queue")).isEqualTo("hotline");
      assertThat(pop.getString("agentInterface")).isEqualTo("PJSIP/6001");
      assertThat(pop.getString("agentName")).isEqualTo("座席员王芳");
      assertThat(ids(pop.getJsonArray("openTickets"))).containsExactly(openTicket);
      assertThat(ids(pop.getJsonArray("previousTickets")))
          .containsExactly(openTicket, closedTicket);
      assertThat(pop.getJsonArray("previousTickets").getJsonObject(1).getString("statusLabel"))
          .isEqualTo("直接办结");
      assertThat(pop.getBoolean("confidential")).isTrue();
      assertThat(pop.getBoolean("repeatCaller")).isTrue();
    }
  }

  @Test
  @Order(2)
  void aLaterCallOfTheSameCallerListsTheEarlierCall() {
    try (SseStream s = stream(lead)) {
      rig.sim().play(Replay.of(Fixtures.transcript("answered_agent_hangup"))).join();
      AmiRig.await(
          "the pop on PJSIP/6002", Duration.ofSeconds(15), () -> !s.events("screen-pop").isEmpty());

      JsonObject pop = s.events("screen-pop").getFirst().json();
      assertThat(pop.getString("callId")).isEqualTo("1795290615.2");
      assertThat(pop.getString("agentName")).isEqualTo("班长李强");
      assertThat(
              pop.getJsonArray("previousCalls").stream()
                  .map(c -> ((JsonObject) c).getString("callId")))
          .containsExactly("1795290592.0");
      assertThat(pop.getJsonArray("previousCalls").getJsonObject(0).getString("agentName"))
          .isEqualTo("座席员王芳");
    }
  }

  @Test
  @Order(3)
  void aPopSentWhileDisconnectedArrivesOnceAfterReconnectingWithLastEventId() {
    long lastSeen;
    try (SseStream before = stream(agent)) {
      lastSeen = before.events().getLast().id();
    }
    rig.sim().play(Replay.of(Fixtures.transcript("recordings"))).join();
    LiveFeed feed = rig.server().app().context(Telephony.class).liveFeed();
    AmiRig.await(
        "the pop is published",
        Duration.ofSeconds(15),
        () ->
            feed.resume(lastSeen).missed().stream()
                .anyMatch(p -> p.pop() != null && p.pop().callId().equals("1795291491.399")));

    long popId;
    try (SseStream after = stream(agent, "Last-Event-ID", Long.toString(lastSeen))) {
      List<SseStream.Event> pops = after.events("screen-pop");
      assertThat(pops).hasSize(1);
      assertThat(pops.getFirst().json().getString("callId")).isEqualTo("1795291491.399");
      assertThat(pops.getFirst().id()).isGreaterThan(lastSeen);
      assertThat(after.events().indexOf(pops.getFirst()))
          .isLessThan(after.events().indexOf(after.events("queues").getFirst()));
      popId = pops.getFirst().id();
    }
    try (SseStream again = stream(agent, "Last-Event-ID", Long.toString(popId))) {
      assertThat(again.events("screen-pop")).isEmpty();
      assertThat(again.events("queues").getFirst().id()).isGreaterThanOrEqualTo(popId);
    }
  }

  @Test
  @Order(4)
  void theQueryParameterResumesLikeTheHeader() {
    try (SseStream s = stream(agent)) {
      assertThat(s.events("screen-pop")).isEmpty();
    }
    try (SseStream s =
        SseStream.open(rig.server().port(), "/api/v1/live/stream?lastEventId=0", agent)) {
      AmiRig.await(
          "the stream delivers the board",
          Duration.ofSeconds(10),
          () -> !s.events("queues").isEmpty());
      assertThat(s.events("screen-pop").stream().map(e -> e.json().getString("callId")))
          .containsExactly("1795290592.0", "1795291491.399");
    }
  }

  @Test
  @Order(5)
  void callsAndTheOperationLogShowTheAgentsNameAndChineseLabelsBesideTheRawText() {
    JsonObject call = rig.awaitEndedCall("1795290592.0");
    var ops =
        api.get("/api/v1/agent/operations?username=agent1", lead).json().getJsonArray("items");
    var seats = api.get("/api/v1/agents/seats", lead).json().getJsonArray("items");

    assertThat(call.getString("agentInterface")).isEqualTo("PJSIP/6001");
    assertThat(call.getString("agentName")).isEqualTo("座席员王芳");
    assertThat(call.getString("hangupCauseText")).isEqualTo("Normal Clearing");
    assertThat(call.getString("hangupCauseLabel")).isEqualTo("正常挂机");
    assertThat(
            ops.stream()
                .map(JsonObject.class::cast)
                .filter(o -> "LOGIN".equals(o.getString("action"))))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.getString("agentName")).isEqualTo("座席员王芳");
              assertThat(o.getString("actionLabel")).isEqualTo("签入");
              assertThat(o.getString("message")).isEqualTo("签入队列成功");
              assertThat(o.getString("rawMessage")).isEqualTo("Added interface to queue");
            });
    assertThat(seats.stream().map(JsonObject.class::cast))
        .anySatisfy(s -> assertThat(s.getString("agentName")).isEqualTo("座席员王芳"));
  }
}
