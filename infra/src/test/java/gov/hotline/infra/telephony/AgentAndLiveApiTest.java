package gov.hotline.infra.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.AmiRig;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.TicketIntake;
import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.simulator.Replay;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * An agent's working day through the API, against the simulated Asterisk: log in to the queue on a
 * phone, pause for lunch (午休) and come back, get the screen pop of a caller, call a citizen back
 * for a ticket, be listened to by the team lead, log out; the live board and the operation log show
 * all of it.
 */
@Tag("db")
@Tag("ami")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgentAndLiveApiTest {
  private static AmiRig rig;
  private static ApiClient api;
  private static String agent;
  private static String lead;

  @BeforeAll
  static void start() {
    rig = AmiRig.start("agent_live", Map.of());
    api = rig.api();
    agent = api.login("agent1", "hotline");
    lead = rig.leadToken();
    // 午休 is not among the default pause reasons: the admin adds it (pause reasons are a list admins
    // edit)
    var reasons =
        api.put(
            "/api/v1/admin/pause-reasons",
            api.login("admin", "hotline"),
            new JsonObject()
                .put(
                    "items",
                    new JsonArray()
                        .add(new JsonObject().put("code", "BREAK").put("label", "小休"))
                        .add(new JsonObject().put("code", "LUNCH").put("label", "午休"))));
    assertThat(reasons.status()).as(reasons.body()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  private static JsonObject member(String iface) {
    JsonArray queues = api.get("/api/v1/live/queues", lead).json().getJsonArray("queues");
    for (Object q : queues) {
      for (Object m : ((JsonObject) q).getJsonArray("members")) {
        if (iface.equals(((JsonObject) m).getString("interface"))) {
          return (JsonObject) m;
        }
      }
    }
    return new JsonObject();
  }

  private static void awaitState(String iface, String state) {
    AmiRig.await(
        iface + " " + state,
        Duration.ofSeconds(15),
        () -> state.equals(member(iface).getString("state")));
  }

  @Test
  @Order(1)
  void anAgentLogsInToTheQueueOnTheirPhoneAndIsReady() {
    var r = api.post("/api/v1/agent/login", agent, new JsonObject().put("interface", "PJSIP/6001"));

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(rig.sim().actionsReceived()).contains("QueueAdd");
    awaitState("PJSIP/6001", "READY");
  }

  @Test
  @Order(2)
  void aPauseForLunchShowsTheReasonOnTheBoardAndUnpausingMakesTheAgentReadyAgain() {
    assertThat(
            api.post("/api/v1/agent/pause", agent, new JsonObject().put("reason", "午休")).status())
        .isEqualTo(200);
    awaitState("PJSIP/6001", "PAUSED");
    assertThat(member("PJSIP/6001").getString("pausedReason")).isEqualTo("午休");
    assertThat(member("PJSIP/6001").getString("stateLabel")).isEqualTo("小休/示忙");

    assertThat(api.post("/api/v1/agent/unpause", agent, new JsonObject()).status()).isEqualTo(200);
    awaitState("PJSIP/6001", "READY");
  }

  @Test
  @Order(3)
  void whenTheAgentIsConnectedToACallerTheirStreamGetsTheScreenPopWithTheCallersTickets() {
    long ticket =
        TicketIntake.aTicket()
            .callerPhone("13800138000")
            .appealType("CONSULT")
            .categoryId("SR01")
            .content("上次咨询垃圾分类")
            .create(api, agent);
    List<String> lines = new CopyOnWriteArrayList<>();
    var stream = api.stream("/api/v1/live/stream", agent, lines);
    AmiRig.await(
        "the stream delivers the board",
        Duration.ofSeconds(10),
        () -> lines.contains("event: queues"));

    rig.sim().play(Replay.of(Fixtures.transcript("answered"))).join();

    AmiRig.await("a screen pop", Duration.ofSeconds(15), () -> lines.contains("event: screen-pop"));
    stream.cancel(true);
    JsonObject pop =
        new JsonObject(
            lines.get(lines.indexOf("event: screen-pop") + 1).substring("data: ".length()));
    assertThat(pop.getString("callId")).isEqualTo("1795290592.0");
    assertThat(pop.getString("callerNumber")).isEqualTo("13800138000");
    assertThat(pop.getString("agentInterface")).isEqualTo("PJSIP/6001");
    assertThat(pop.getJsonArray("previousTickets").getJsonObject(0).getLong("id"))
        .isEqualTo(ticket);
  }

  @Test
  @Order(4)
  void aScreenPopForAnotherPhoneGoesToWhoeverSitsThereNotToThisAgent() {
    assertThat(
            api.post("/api/v1/agent/login", lead, new JsonObject().put("interface", "PJSIP/6002"))
                .status())
        .isEqualTo(200);
    List<String> mine = new CopyOnWriteArrayList<>();
    List<String> theirs = new CopyOnWriteArrayList<>();
    var myStream = api.stream("/api/v1/live/stream", agent, mine);
    var theirStream = api.stream("/api/v1/live/stream", lead, theirs);
    AmiRig.await(
        "both streams deliver the board",
        Duration.ofSeconds(10),
        () -> mine.contains("event: queues") && theirs.contains("event: queues"));

    rig.sim().play(Replay.of(Fixtures.transcript("answered_agent_hangup"))).join();
    AmiRig.await(
        "the screen pop on PJSIP/6002",
        Duration.ofSeconds(15),
        () -> theirs.contains("event: screen-pop"));
    myStream.cancel(true);
    theirStream.cancel(true);

    assertThat(mine).doesNotContain("event: screen-pop");
    assertThat(theirs.get(theirs.indexOf("event: screen-pop") + 1))
        .contains("\"callId\":\"1795290615.2\"");
  }

  @Test
  @Order(5)
  void aCallbackForATicketRingsTheAgentsPhoneWithTheTicketOnTheCall() {
    long ticket =
        TicketIntake.aTicket()
            .callerPhone("13900139000")
            .appealType("HELP")
            .categoryId("SR01")
            .content("需要回访确认处理结果")
            .create(api, agent);

    var r = api.post("/api/v1/tickets/" + ticket + "/callback-call", agent, new JsonObject());

    assertThat(r.status()).as(r.body()).isEqualTo(202);
    assertThat(r.json().getString("actionId")).startsWith("callback-HD");
    assertThat(rig.sim().actionsReceived()).contains("Originate");
  }

  @Test
  @Order(6)
  void theTeamLeadListensToTheAgentFromTheirOwnPhone() {
    var r =
        api.post(
            "/api/v1/agents/supervise",
            lead,
            new JsonObject()
                .put("mode", "WHISPER")
                .put("agentInterface", "PJSIP/6001")
                .put("leadInterface", "PJSIP/6100"));

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(
            api.post(
                    "/api/v1/agents/supervise",
                    agent,
                    new JsonObject()
                        .put("mode", "BARGE")
                        .put("agentInterface", "PJSIP/6002")
                        .put("leadInterface", "PJSIP/6001"))
                .status())
        .isEqualTo(403);
  }

  @Test
  @Order(7)
  void aPauseWithoutAReasonIsRefusedInChinese() {
    var r = api.post("/api/v1/agent/pause", agent, new JsonObject());

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorMessage()).contains("请填写暂停原因");
  }

  @Test
  @Order(8)
  void theAgentLogsOutAndIsShownLoggedOut() {
    assertThat(api.post("/api/v1/agent/logout", agent, new JsonObject()).status()).isEqualTo(200);

    awaitState("PJSIP/6001", "LOGGED_OUT");
    var again = api.post("/api/v1/agent/logout", agent, new JsonObject());
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.errorMessage()).contains("尚未签入");
  }

  @Test
  @Order(9)
  void theOperationLogHasEveryActionWithWhoAndWhat() {
    var mine = api.get("/api/v1/agent/operations", agent).json().getJsonArray("items");
    var all = api.get("/api/v1/agent/operations", lead).json().getJsonArray("items");

    assertThat(mine.stream().map(o -> ((JsonObject) o).getString("action")))
        .contains("LOGIN", "PAUSE", "UNPAUSE", "CALLBACK", "LOGOUT")
        .doesNotContain("WHISPER");
    assertThat(
            mine.stream()
                .map(JsonObject.class::cast)
                .filter(o -> "PAUSE".equals(o.getString("action"))))
        .anySatisfy(
            o -> {
              assertThat(o.getString("reason")).isEqualTo("午休");
              assertThat(o.getString("interface")).isEqualTo("PJSIP/6001");
              assertThat(o.getBoolean("success")).isTrue();
            });
    assertThat(all.stream().map(JsonObject.class::cast))
        .anySatisfy(
            o -> {
              assertThat(o.getString("action")).isEqualTo("WHISPER");
              assertThat(o.getString("username")).isEqualTo("lead1");
              assertThat(o.getString("target")).isEqualTo("PJSIP/6001");
            });
  }
}
