package gov.hotline.infra.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.AmiRig;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.TicketIntake;
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
 * What the agent desk and the wallboard need besides calls: the pause reasons admins edit (示忙原因),
 * the live board's warning thresholds and today's figures per queue, and similar tickets found
 * while the appeal is still typed.
 */
@Tag("db")
@Tag("ami")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgentDeskApiTest {
  private static AmiRig rig;
  private static ApiClient api;
  private static String agent;
  private static String lead;
  private static String admin;

  @BeforeAll
  static void start() {
    rig = AmiRig.start("agent_desk", Map.of("HOTLINE_WRAPUP_SECONDS", "7"));
    api = rig.api();
    agent = api.login("agent1", "hotline");
    lead = rig.leadToken();
    admin = api.login("admin", "hotline");
    assertThat(
            api.post("/api/v1/agent/login", agent, new JsonObject().put("interface", "PJSIP/6001"))
                .status())
        .isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  private static JsonObject member(String iface) {
    for (Object q : api.get("/api/v1/live/queues", lead).json().getJsonArray("queues")) {
      for (Object m : ((JsonObject) q).getJsonArray("members")) {
        if (iface.equals(((JsonObject) m).getString("interface"))) {
          return (JsonObject) m;
        }
      }
    }
    return new JsonObject();
  }

  private static List<String> labels(JsonObject reply) {
    return reply.getJsonArray("items").stream()
        .map(i -> ((JsonObject) i).getString("label"))
        .toList();
  }

  @Test
  @Order(1)
  void everyHotlineRoleReadsTheDefaultPauseReasonsInOrder() {
    var r = api.get("/api/v1/agent/pause-reasons", agent);

    assertThat(r.status()).isEqualTo(200);
    assertThat(labels(r.json())).containsExactly("小休", "就餐", "培训", "会议", "其他", "话后整理");
    assertThat(r.json().getJsonArray("items").getJsonObject(1).getString("code")).isEqualTo("MEAL");
  }

  @Test
  @Order(2)
  void anAgentPausesWithAReasonCodeAndTheBoardShowsItsChineseLabel() {
    var r = api.post("/api/v1/agent/pause", agent, new JsonObject().put("reason", "MEAL"));

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().getString("reasonLabel")).isEqualTo("就餐");
    AmiRig.await(
        "PJSIP/6001 paused",
        Duration.ofSeconds(15),
        () -> "PAUSED".equals(member("PJSIP/6001").getString("state")));
    JsonObject m = member("PJSIP/6001");
    assertThat(m.getString("pauseReasonLabel")).isEqualTo("就餐");
    assertThat(m.getString("agentName")).isEqualTo("座席员王芳");
    assertThat(m.getString("since")).isNotNull();
    assertThat(m.getBoolean("longPause")).isFalse();
  }

  @Test
  @Order(3)
  void anUnknownReasonIsRefusedInChineseNamingTheReasonsThereAre() {
    var mine = api.post("/api/v1/agent/pause", agent, new JsonObject().put("reason", "NAP"));
    var theirs =
        api.post(
            "/api/v1/agents/pause",
            lead,
            new JsonObject().put("interface", "PJSIP/6001").put("reason", "打盹"));

    assertThat(mine.status()).isEqualTo(400);
    assertThat(mine.errorMessage()).contains("示忙原因不存在：NAP").contains("MEAL 就餐");
    assertThat(theirs.status()).isEqualTo(400);
    assertThat(
            api.post(
                    "/api/v1/agents/pause",
                    lead,
                    new JsonObject().put("interface", "PJSIP/6001").put("reason", "TRAINING"))
                .status())
        .isEqualTo(200);
  }

  @Test
  @Order(4)
  void onlyAnAdminReplacesThePauseReasonsAndEveryoneSeesTheNewList() {
    JsonObject list =
        new JsonObject()
            .put(
                "items",
                new JsonArray()
                    .add(new JsonObject().put("code", "BREAK").put("label", "小休"))
                    .add(new JsonObject().put("code", "TOILET").put("label", "如厕")));

    var refused = api.put("/api/v1/admin/pause-reasons", lead, list);
    var saved = api.put("/api/v1/admin/pause-reasons", admin, list);
    var duplicate =
        api.put(
            "/api/v1/admin/pause-reasons",
            admin,
            new JsonObject()
                .put(
                    "items",
                    new JsonArray()
                        .add(new JsonObject().put("code", "A").put("label", "同名"))
                        .add(new JsonObject().put("code", "B").put("label", "同名"))));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(labels(api.get("/api/v1/agent/pause-reasons", agent).json()))
        .containsExactly("小休", "如厕");
    assertThat(
            api.post("/api/v1/agent/pause", agent, new JsonObject().put("reason", "TOILET"))
                .status())
        .isEqualTo(200);
    assertThat(
            api.post("/api/v1/agent/pause", agent, new JsonObject().put("reason", "MEAL")).status())
        .isEqualTo(400);
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(duplicate.errorMessage()).contains("重复");
  }

  @Test
  @Order(5)
  void theLiveSettingsHaveDefaultsAndTheQueuesWrapUpTimeAndAnAdminChangesThemWithinLimits() {
    var defaults = api.get("/api/v1/live/settings", lead).json();

    var refused =
        api.put(
            "/api/v1/admin/live-settings",
            lead,
            new JsonObject().put("longCallSeconds", 300).put("longPauseSeconds", 600));
    var saved =
        api.put(
            "/api/v1/admin/live-settings",
            admin,
            new JsonObject().put("longCallSeconds", 300).put("longPauseSeconds", 600));
    var tooShort =
        api.put(
            "/api/v1/admin/live-settings",
            admin,
            new JsonObject().put("longCallSeconds", 5).put("longPauseSeconds", 600));

    assertThat(defaults)
        .isEqualTo(
            new JsonObject()
                .put("longCallSeconds", 600)
                .put("longPauseSeconds", 900)
                .put("wrapUpSeconds", 7));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.json().getInteger("wrapUpSeconds")).isEqualTo(7);
    assertThat(api.get("/api/v1/live/settings", agent).json().getInteger("longCallSeconds"))
        .isEqualTo(300);
    assertThat(
            api.get("/api/v1/live/queues", lead)
                .json()
                .getJsonObject("settings")
                .getInteger("longPauseSeconds"))
        .isEqualTo(600);
    assertThat(tooShort.status()).isEqualTo(400);
    assertThat(tooShort.errorMessage()).contains("30 到 86400");
  }

  @Test
  @Order(6)
  void everyQueueOnTheBoardCarriesTodaysFiguresWithChineseText() {
    JsonObject q =
        api.get("/api/v1/live/queues", lead).json().getJsonArray("queues").getJsonObject(0);
    JsonObject today = q.getJsonObject("today");

    assertThat(today.fieldNames())
        .contains(
            "offered",
            "answered",
            "abandoned",
            "abandonRate",
            "abandonRateText",
            "answerRate",
            "answerRateText",
            "serviceLevel15",
            "serviceLevel15Text");
    assertThat(today.getLong("offered")).isGreaterThanOrEqualTo(today.getLong("answered"));
    assertThat(today.getString("answerRateText")).matches("—|\\d+\\.\\d%");
  }

  @Test
  @Order(7)
  void similarTicketsAreFoundBeforeSavingWithTheOpenOnesFirst() {
    long closed = ticket("翠湖花园小区电梯频繁困人，物业维修不及时");
    assertThat(
            api.post(
                    "/api/v1/tickets/" + closed + "/direct-close",
                    agent,
                    new JsonObject().put("answer", "已转物业"))
                .status())
        .isEqualTo(200);
    long open = ticket("翠湖花园小区电梯又困人了，物业维修太慢");
    JsonObject query =
        new JsonObject().put("text", "翠湖花园电梯困人物业不修").put("address", "海淀区翠湖花园").put("limit", 5);

    AmiRig.await(
        "both tickets indexed",
        Duration.ofSeconds(15),
        () ->
            ids(api.post("/api/v1/tickets/similar", agent, query).json())
                .containsAll(List.of(open, closed)));
    JsonArray items =
        api.post("/api/v1/tickets/similar", agent, query).json().getJsonArray("items");

    assertThat(items.getJsonObject(0).getBoolean("open")).isTrue();
    assertThat(ids(new JsonObject().put("items", items)).indexOf(open))
        .isLessThan(ids(new JsonObject().put("items", items)).indexOf(closed));
    assertThat(items.getJsonObject(0).fieldNames())
        .contains(
            "id", "no", "categoryId", "createdAt", "score", "snippet", "status", "statusLabel");
    assertThat(
            api.post("/api/v1/tickets/similar", api.login("handler1", "hotline"), query).status())
        .isEqualTo(403);
    assertThat(
            api.post(
                    "/api/v1/dispatch/jurisdiction",
                    agent,
                    new JsonObject().put("address", "海淀区翠湖花园"))
                .status())
        .as("agents resolve the street while typing")
        .isEqualTo(200);
  }

  private static long ticket(String content) {
    return TicketIntake.aTicket()
        .callerPhone("13900007777")
        .appealType("HELP")
        .categoryId("SR01")
        .content(content)
        .address("海淀区翠湖花园")
        .create(api, agent);
  }

  private static List<Long> ids(JsonObject reply) {
    return reply.getJsonArray("items").stream().map(i -> ((JsonObject) i).getLong("id")).toList();
  }
}
