package gov.hotline.infra.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.AmiRig;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.simulator.Replay;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Quality inspection (录音质检) over HTTP on real calls from the simulated Asterisk: the default
 * scorecard, scores computed by hand, a fatal item, a new scorecard version, who sees which scores,
 * one appeal and its decision, and the average per agent.
 */
@Tag("db")
@Tag("ami")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QaApiTest {
  private static final String AGENT_CALL = "1795290592.0"; // answered at PJSIP/6001 (agent1)
  private static final String LEAD_CALL =
      "1795290615.2"; // answered at PJSIP/6002 (lead1 sits there)
  private static final String ALL_DAYS = "from=2000-01-01&to=2100-12-31";
  private static AmiRig rig;
  private static ApiClient api;
  private static String agent;
  private static String lead;
  private static String admin;
  private static long firstScore;

  @BeforeAll
  static void start() {
    rig = AmiRig.start("qa_api", Map.of());
    api = rig.api();
    agent = api.login("agent1", "hotline");
    lead = rig.leadToken();
    admin = api.login("admin", "hotline");
    api.post("/api/v1/agent/login", agent, new JsonObject().put("interface", "PJSIP/6001"));
    api.post("/api/v1/agent/login", lead, new JsonObject().put("interface", "PJSIP/6002"));
    rig.sim().play(Replay.of(Fixtures.transcript("answered"))).join();
    rig.sim().play(Replay.of(Fixtures.transcript("answered_agent_hangup"))).join();
    rig.awaitEndedCall(AGENT_CALL);
    rig.awaitEndedCall(LEAD_CALL);
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  private static JsonArray points(Object... codeAndPoints) {
    JsonArray items = new JsonArray();
    for (int i = 0; i + 1 < codeAndPoints.length; i += 2) {
      items.add(new JsonObject().put("code", codeAndPoints[i]).put("points", codeAndPoints[i + 1]));
    }
    return items;
  }

  private static JsonArray defaultCardPoints() {
    return points(
        "GREETING", 8, "LISTENING", 18, "ACCURACY", 20, "RECORD", 15, "ATTITUDE", 12, "CLOSING", 9);
  }

  private static ApiClient.Reply score(
      String token, String callId, JsonArray items, JsonArray fatal) {
    return api.post(
        "/api/v1/qa/scores",
        token,
        new JsonObject()
            .put("callId", callId)
            .put("items", items)
            .put("fatalFailed", fatal)
            .put("comment", "抽检"));
  }

  @Test
  @Order(1)
  void theDefaultScorecardWeighsOneHundredWithTwoFatalItems() {
    JsonObject card = api.get("/api/v1/qa/scorecard", agent).json();

    assertThat(card.getInteger("version")).isEqualTo(1);
    assertThat(
            card.getJsonArray("items").stream()
                .mapToInt(i -> ((JsonObject) i).getInteger("weight"))
                .sum())
        .isEqualTo(100);
    assertThat(
            card.getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(i -> i.getBoolean("fatal"))
                .map(i -> i.getString("label")))
        .containsExactly("辱骂群众", "推诿群众");
    assertThat(card.getJsonArray("items").getJsonObject(0).getString("label")).isEqualTo("规范问候语");
  }

  @Test
  @Order(2)
  void aTeamLeadScoresACallAndTheTotalIsTheSumOfThePoints() {
    var r = score(lead, AGENT_CALL, defaultCardPoints(), new JsonArray());

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    JsonObject s = r.json();
    firstScore = s.getLong("id");
    assertThat(s.getInteger("total")).isEqualTo(8 + 18 + 20 + 15 + 12 + 9);
    assertThat(s.getString("agent")).isEqualTo("agent1");
    assertThat(s.getString("agentName")).isEqualTo("座席员王芳");
    assertThat(s.getString("scorer")).isEqualTo("lead1");
    assertThat(s.getString("scoredAt")).isNotNull();
    assertThat(s.getInteger("scorecardVersion")).isEqualTo(1);
    assertThat(s.getString("statusLabel")).isEqualTo("已评分");
  }

  @Test
  @Order(3)
  void aFailedFatalItemMakesTheTotalZero() {
    var r = score(lead, AGENT_CALL, defaultCardPoints(), new JsonArray().add("ABUSE"));

    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().getInteger("total")).isZero();
    assertThat(r.json().getJsonArray("fatalFailed")).containsExactly("ABUSE");
  }

  @Test
  @Order(4)
  void scoresOutOfRangeMissingItemsAndScoringByAgentsAreRefused() {
    var tooMany =
        score(
            lead,
            AGENT_CALL,
            points(
                "GREETING",
                11,
                "LISTENING",
                18,
                "ACCURACY",
                20,
                "RECORD",
                15,
                "ATTITUDE",
                12,
                "CLOSING",
                9),
            new JsonArray());
    var missing = score(lead, AGENT_CALL, points("GREETING", 8), new JsonArray());
    var notFatal = score(lead, AGENT_CALL, defaultCardPoints(), new JsonArray().add("GREETING"));
    var byAgent = score(agent, AGENT_CALL, defaultCardPoints(), new JsonArray());

    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.errorMessage()).contains("规范问候语").contains("0 到 10");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(notFatal.status()).isEqualTo(400);
    assertThat(byAgent.status()).isEqualTo(403);
  }

  @Test
  @Order(5)
  void aNewScorecardVersionScoresNewCallsWhileOldScoresKeepTheirVersion() {
    JsonObject card =
        new JsonObject()
            .put("name", "简化质检标准")
            .put(
                "items",
                new JsonArray()
                    .add(
                        new JsonObject()
                            .put("code", "SERVICE")
                            .put("label", "服务规范")
                            .put("weight", 60)
                            .put("fatal", false))
                    .add(
                        new JsonObject()
                            .put("code", "RESULT")
                            .put("label", "问题解决")
                            .put("weight", 40)
                            .put("fatal", false))
                    .add(
                        new JsonObject()
                            .put("code", "ABUSE")
                            .put("label", "辱骂群众")
                            .put("weight", 0)
                            .put("fatal", true)));

    var wrongSum =
        api.put(
            "/api/v1/admin/qa/scorecard",
            admin,
            card.copy()
                .put(
                    "items",
                    new JsonArray()
                        .add(
                            new JsonObject()
                                .put("code", "A")
                                .put("label", "甲")
                                .put("weight", 50))));
    var saved = api.put("/api/v1/admin/qa/scorecard", admin, card);
    var onNewCard = score(lead, LEAD_CALL, points("SERVICE", 45, "RESULT", 30), new JsonArray());
    var ofCall = api.get("/api/v1/calls/" + AGENT_CALL + "/qa", lead).json().getJsonArray("items");

    assertThat(wrongSum.status()).isEqualTo(400);
    assertThat(wrongSum.errorMessage()).contains("合计须为 100");
    assertThat(saved.json().getInteger("version")).isEqualTo(2);
    assertThat(onNewCard.json().getInteger("total")).isEqualTo(45 + 30);
    assertThat(onNewCard.json().getInteger("scorecardVersion")).isEqualTo(2);
    assertThat(onNewCard.json().getString("agent")).isEqualTo("lead1");
    assertThat(ofCall).hasSize(2);
    assertThat(ofCall.stream().map(s -> ((JsonObject) s).getInteger("scorecardVersion")))
        .containsOnly(1);
    assertThat(ofCall.getJsonObject(0).getJsonArray("items").getJsonObject(0).getString("label"))
        .isEqualTo("规范问候语");
  }

  @Test
  @Order(6)
  void anAgentSeesOnlyTheirOwnScoresWhileTheTeamLeadSeesAll() {
    var mine = api.get("/api/v1/qa/scores?agent=lead1", agent).json();
    var all = api.get("/api/v1/qa/scores", lead).json();
    var leadsCall = api.get("/api/v1/calls/" + LEAD_CALL + "/qa", agent).json();

    assertThat(mine.getLong("total")).isEqualTo(2);
    assertThat(mine.getJsonArray("items").stream().map(s -> ((JsonObject) s).getString("agent")))
        .containsOnly("agent1");
    assertThat(all.getLong("total")).isEqualTo(3);
    assertThat(leadsCall.getJsonArray("items")).isEmpty();
  }

  @Test
  @Order(7)
  void theScoredAgentAppealsOnceAndTheTeamLeadDecides() {
    String path = "/api/v1/qa/scores/" + firstScore + "/appeal";
    var notTheirs =
        api.post(path, api.login("manager1", "hotline"), new JsonObject().put("reason", "x"));
    var appealed = api.post(path, agent, new JsonObject().put("reason", "已按规范问候，录音第 3 秒可听到"));
    var again = api.post(path, agent, new JsonObject().put("reason", "再申诉"));
    var byAgent = api.post(path + "/decision", agent, new JsonObject().put("accepted", true));
    var decided =
        api.post(
            path + "/decision",
            lead,
            new JsonObject().put("accepted", true).put("comment", "核实属实").put("newTotal", 84));
    var twice = api.post(path + "/decision", lead, new JsonObject().put("accepted", false));

    assertThat(notTheirs.status()).isEqualTo(403);
    assertThat(appealed.status()).as(appealed.body()).isEqualTo(200);
    assertThat(appealed.json().getString("status")).isEqualTo("APPEALED");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.errorMessage()).contains("只能申诉一次");
    assertThat(byAgent.status()).isEqualTo(403);
    assertThat(decided.json().getInteger("total")).isEqualTo(84);
    assertThat(decided.json().getInteger("computedTotal")).isEqualTo(82);
    assertThat(decided.json().getString("statusLabel")).isEqualTo("申诉成立");
    assertThat(decided.json().getJsonObject("decision").getString("by")).isEqualTo("lead1");
    assertThat(twice.status()).isEqualTo(409);
  }

  @Test
  @Order(8)
  void theSummaryAveragesEachAgentsTotals() {
    var all = api.get("/api/v1/qa/summary?" + ALL_DAYS, lead).json().getJsonArray("items");
    var own = api.get("/api/v1/qa/summary?" + ALL_DAYS, agent).json().getJsonArray("items");
    var none =
        api.get("/api/v1/qa/summary?from=2001-01-01&to=2001-01-31", lead)
            .json()
            .getJsonArray("items");

    assertThat(all).hasSize(2);
    JsonObject agent1 = all.getJsonObject(0);
    assertThat(agent1.getString("agent")).isEqualTo("agent1");
    assertThat(agent1.getLong("count")).isEqualTo(2);
    assertThat(agent1.getDouble("average")).isEqualTo((84 + 0) / 2.0);
    assertThat(all.getJsonObject(1).getDouble("average")).isEqualTo(75.0);
    assertThat(own).hasSize(1);
    assertThat(none).isEmpty();
  }
}
