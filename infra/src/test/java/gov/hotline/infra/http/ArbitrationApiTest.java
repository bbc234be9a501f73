package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TicketIntake;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A return rejected twice reaches the team lead's and manager's arbitration queue over HTTP, and is
 * decided there.
 */
@Tag("db")
class ArbitrationApiTest {
  private static RunningServer server;
  private static ApiClient api;
  private static String agent;
  private static String lead;
  private static String dispatcher;
  private static String handler;
  private static String manager;

  @BeforeAll
  static void start() {
    server = RunningServer.demo("arbitration_api");
    api = server.client();
    agent = api.login("agent1", "hotline");
    lead = api.login("lead1", "hotline");
    dispatcher = api.login("dispatcher1", "hotline");
    handler = api.login("handler1", "hotline");
    manager = api.login("manager1", "hotline");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonObject act(long id, String action, String token, JsonObject body) {
    var r = api.post("/api/v1/tickets/" + id + "/" + action, token, body);
    assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
    return r.json();
  }

  private static JsonObject returnAndReject(long id) {
    act(
        id,
        "return",
        handler,
        new JsonObject().put("reasonCode", "NOT_JURISDICTION").put("reason", "不属本街道"));
    return act(id, "reject-return", dispatcher, new JsonObject().put("reason", "经核实属清河街道辖区"));
  }

  /** A complaint dispatched to 清河街道 and signed for, then returned and rejected twice. */
  private static long inArbitration() {
    long id =
        TicketIntake.aTicket()
            .callerName("李四")
            .callerPhone("13912345678")
            .address("海淀区清河街道安宁里小区")
            .urgency("NORMAL")
            .content("来电人反映楼道堆物")
            .create(api, agent);
    act(id, "submit", agent, new JsonObject());
    act(id, "dispatch", dispatcher, new JsonObject().put("leadUnitId", "STR_QH"));
    act(id, "sign", handler, new JsonObject());
    JsonObject once = returnAndReject(id);
    assertThat(once.getString("status")).isEqualTo("SIGNED");
    assertThat(once.getInteger("returnRejections")).isEqualTo(1);
    return id;
  }

  @Test
  void aReturnRejectedTwiceIsListedForArbitrationWithTheLeadsActions() {
    long id = inArbitration();

    JsonObject twice = returnAndReject(id);

    assertThat(twice.getString("status")).isEqualTo("ARBITRATION");
    assertThat(twice.getString("statusLabel")).isEqualTo("退单仲裁中");
    JsonArray queue =
        api.get("/api/v1/tickets?status=ARBITRATION&size=200", lead).json().getJsonArray("items");
    JsonObject listed =
        queue.stream()
            .map(o -> (JsonObject) o)
            .filter(o -> o.getLong("id") == id)
            .findFirst()
            .orElseThrow();
    assertThat(listed.getJsonArray("actions").stream().map(o -> ((JsonObject) o).getString("code")))
        .contains("arbitrate");
    JsonObject asDispatcher = api.get("/api/v1/tickets/" + id, dispatcher).json();
    assertThat(
            asDispatcher.getJsonArray("actions").stream()
                .map(o -> ((JsonObject) o).getString("code")))
        .doesNotContain("arbitrate", "reject-return", "approve-return");
  }

  @Test
  void theTeamLeadOrdersTheUnitToHandleIt() {
    long id = inArbitration();
    returnAndReject(id);

    JsonObject decided =
        act(
            id,
            "arbitrate",
            lead,
            new JsonObject().put("approved", false).put("reason", "属本街道职责，请按期办理"));

    assertThat(decided.getString("status")).isEqualTo("SIGNED");
    assertThat(decided.getString("leadUnitId")).isEqualTo("STR_QH");
    JsonArray history =
        api.get("/api/v1/tickets/" + id + "/history", handler).json().getJsonArray("items");
    JsonObject last = history.getJsonObject(history.size() - 1);
    assertThat(last.getString("action")).isEqualTo("arbitrate");
    assertThat(last.getString("reason")).isEqualTo("属本街道职责，请按期办理");
    assertThat(last.getJsonObject("details").getString("decision")).isEqualTo("ORDER_HANDLING");
  }

  @Test
  void theManagerApprovesTheReturnAndTheTicketWaitsForDispatch() {
    long id = inArbitration();
    returnAndReject(id);

    JsonObject decided =
        act(
            id,
            "arbitrate",
            manager,
            new JsonObject().put("approved", true).put("reason", "确属中关村街道辖区，改派"));

    assertThat(decided.getString("status")).isEqualTo("PENDING_DISPATCH");
    assertThat(decided.getString("leadUnitId")).isNull();
  }

  @Test
  void theDispatcherMayNotArbitrateAndAReasonIsRequired() {
    long id = inArbitration();
    returnAndReject(id);

    var byDispatcher =
        api.post(
            "/api/v1/tickets/" + id + "/arbitrate",
            dispatcher,
            new JsonObject().put("approved", true).put("reason", "同意"));
    var noReason =
        api.post(
            "/api/v1/tickets/" + id + "/arbitrate", lead, new JsonObject().put("approved", true));

    assertThat(byDispatcher.status()).isEqualTo(403);
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.errorMessage()).contains("仲裁意见");
    assertThat(api.get("/api/v1/tickets/" + id, lead).json().getString("status"))
        .isEqualTo("ARBITRATION");
  }
}
