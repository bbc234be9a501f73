package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TestClock;
import gov.hotline.infra.support.TicketIntake;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * 不纳入考核 in the 三率, computed by hand: a test street gets 2 dispatches and signs for one in time, 响应率
 * 1/2 = 50.0%, score 100 × 0.2 × 0.5 / 0.2 = 50.0 (the other rates have no data). Once the
 * exclusion of the unsigned ticket is approved it leaves the denominators: 1/1 = 100.0%, 100.0;
 * revoked, it counts again: 50.0. The recomputation from the raw history agrees at every step.
 */
@Tag("db")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnitExclusionApiTest {
  private static final String DAY = "period=day&date=" + TestClock.TODAY;
  private static RunningServer server;
  private static ApiClient api;
  private static String manager;
  private static String dispatcher;
  private static String handler;
  private static long unsigned;

  @BeforeAll
  static void scenario() {
    server = RunningServer.start("unit_exclusion", Application.Mode.DEMO, TestClock.env());
    api = server.client();
    String admin = api.login("admin", "hotline");
    api.put(
        "/api/v1/admin/units/STR_EXCL",
        admin,
        new JsonObject().put("parentId", "HD").put("name", "考核测试街道").put("type", "STREET"));
    api.post(
        "/api/v1/admin/users",
        admin,
        new JsonObject()
            .put("username", "excl-handler")
            .put("password", "Exclusion-2026!")
            .put("role", "UNIT_HANDLER")
            .put("unitId", "STR_EXCL"));
    handler = api.login("excl-handler", "Exclusion-2026!");
    manager = api.login("manager1", "hotline");
    dispatcher = api.login("dispatcher1", "hotline");
    String agent = api.login("agent1", "hotline");
    for (int i = 0; i < 2; i++) {
      long id =
          TicketIntake.aTicket()
              .callerPhone("1390000001" + i)
              .categoryId("SR01")
              .content("考核测试诉求 " + i)
              .create(api, agent);
      act(id, "submit", agent, new JsonObject());
      act(id, "dispatch", dispatcher, new JsonObject().put("leadUnitId", "STR_EXCL"));
      if (i == 0) {
        act(id, "sign", handler, new JsonObject());
      } else {
        unsigned = id;
      }
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static void act(long id, String action, String token, JsonObject body) {
    var r = api.post("/api/v1/tickets/" + id + "/" + action, token, body);
    assertThat(r.status()).as(action + " " + r.body()).isEqualTo(200);
  }

  private static JsonObject street() {
    var r = api.get("/api/v1/reports/units?" + DAY, manager);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().getJsonArray("items").stream()
        .map(o -> (JsonObject) o)
        .filter(o -> o.getString("unitId").equals("STR_EXCL"))
        .findFirst()
        .orElseThrow();
  }

  private static boolean recomputationAgrees() {
    var r = api.get("/api/v1/reports/units/verify?" + DAY, manager);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().getBoolean("consistent");
  }

  @Test
  @Order(1)
  void bothDispatchesCountBeforeAnyExclusion() {
    JsonObject s = street();

    assertThat(s.getLong("dispatched")).isEqualTo(2);
    assertThat(s.getString("responseRateText")).isEqualTo("50.0%");
    assertThat(s.getString("resolutionRateText")).isEqualTo("无数据");
    assertThat(s.getDouble("score")).isEqualTo(50.0);
    assertThat(recomputationAgrees()).isTrue();
  }

  @Test
  @Order(2)
  void anApprovedExclusionTakesTheTicketOutOfTheDenominators() {
    act(unsigned, "request-exclusion", handler, new JsonObject().put("reason", "诉求人已撤回诉求"));
    JsonObject requested = street();
    act(
        unsigned,
        "review-exclusion",
        manager,
        new JsonObject().put("approved", true).put("reason", "属实"));

    JsonObject approved = street();

    assertThat(requested.getLong("dispatched")).as("a request alone changes nothing").isEqualTo(2);
    assertThat(approved.getLong("dispatched")).isEqualTo(1);
    assertThat(approved.getString("responseRateText")).isEqualTo("100.0%");
    assertThat(approved.getDouble("score")).isEqualTo(100.0);
    assertThat(recomputationAgrees()).isTrue();
  }

  @Test
  @Order(3)
  void aRevokedExclusionPutsTheTicketBack() {
    act(unsigned, "revoke-exclusion", dispatcher, new JsonObject().put("reason", "复核认定属本单位职责"));

    JsonObject s = street();

    assertThat(s.getLong("dispatched")).isEqualTo(2);
    assertThat(s.getDouble("score")).isEqualTo(50.0);
    assertThat(recomputationAgrees()).isTrue();
    assertThat(
            api.get("/api/v1/tickets/" + unsigned, dispatcher).json().getString("exclusionLabel"))
        .isEqualTo("已撤销");
  }
}
