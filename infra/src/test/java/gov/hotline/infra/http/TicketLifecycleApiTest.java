package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TicketIntake;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Drives tickets through their lifecycle over HTTP as the demo users would. */
@Tag("db")
class TicketLifecycleApiTest {
  private static RunningServer server;
  private static ApiClient api;
  private static String agent;
  private static String lead;
  private static String dispatcher;
  private static String handler;
  private static String otherHandler;
  private static String manager;

  @BeforeAll
  static void start() {
    server = RunningServer.demo("lifecycle_api");
    api = server.client();
    agent = api.login("agent1", "hotline");
    lead = api.login("lead1", "hotline");
    dispatcher = api.login("dispatcher1", "hotline");
    handler = api.login("handler1", "hotline");
    otherHandler = api.login("handler2", "hotline");
    manager = api.login("manager1", "hotline");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonObject intake(String appealType, boolean confidential) {
    return TicketIntake.fromAnning()
        .appealType(appealType)
        .confidential(confidential)
        .created(api, agent);
  }

  private static JsonObject act(long id, String action, String token, JsonObject body) {
    var r = api.post("/api/v1/tickets/" + id + "/" + action, token, body);
    assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
    return r.json();
  }

  /**
   * A complaint submitted and dispatched to 清河街道 (handler1's street) with the water company
   * assisting.
   */
  private static long dispatchedToQinghe() {
    long id = intake("COMPLAINT", false).getLong("id");
    act(id, "submit", agent, new JsonObject());
    act(
        id,
        "dispatch",
        dispatcher,
        new JsonObject()
            .put("leadUnitId", "STR_QH")
            .put("assistUnitIds", new JsonArray().add("ENT_WATER")));
    return id;
  }

  @Test
  void aComplaintGoesFromIntakeThroughDispatchSignReplyAndCallbackToClosed() {
    JsonObject created = intake("COMPLAINT", false);
    long id = created.getLong("id");
    assertThat(created.getString("status")).isEqualTo("RECEIVED");
    assertThat(created.getString("no")).matches("HD\\d{8}-\\d{6}");

    act(id, "submit", agent, new JsonObject());
    JsonObject dispatched =
        act(id, "dispatch", dispatcher, new JsonObject().put("leadUnitId", "STR_QH"));
    assertThat(dispatched.getString("signDueAt")).isNotNull();
    assertThat(dispatched.getString("handleDueAt")).isNotNull();
    assertThat(act(id, "sign", handler, new JsonObject()).getString("status")).isEqualTo("SIGNED");
    act(id, "reply", handler, new JsonObject().put("content", "已协调自来水公司恢复供水"));
    act(
        id,
        "callback",
        agent,
        new JsonObject().put("resolved", true).put("satisfaction", "SATISFIED"));
    JsonObject closed = act(id, "close", agent, new JsonObject());

    assertThat(closed.getString("status")).isEqualTo("CLOSED");
    assertThat(closed.getString("satisfaction")).isEqualTo("SATISFIED");
    JsonArray history =
        api.get("/api/v1/tickets/" + id + "/history", agent).json().getJsonArray("items");
    assertThat(history.stream().map(o -> ((JsonObject) o).getString("action")))
        .containsExactly("create", "submit", "dispatch", "sign", "reply", "callback", "close");
    JsonObject sign = history.getJsonObject(3);
    assertThat(sign.getString("fromStatus")).isEqualTo("DISPATCHED");
    assertThat(sign.getString("toStatus")).isEqualTo("SIGNED");
    assertThat(sign.getJsonObject("actor").getString("username")).isEqualTo("handler1");
  }

  @Test
  void aConsultationIsClosedDirectlyOnTheCall() {
    long id = intake("CONSULT", false).getLong("id");

    JsonObject t = act(id, "direct-close", agent, new JsonObject().put("answer", "已告知办理渠道"));

    assertThat(t.getString("status")).isEqualTo("DIRECT_CLOSED");
    assertThat(t.getString("reply")).isEqualTo("已告知办理渠道");
  }

  @Test
  void anIllegalStepIsRefusedWithTheCurrentStatusAndNothingChanges() {
    long id = dispatchedToQinghe();

    var r = api.post("/api/v1/tickets/" + id + "/close", agent, new JsonObject());

    assertThat(r.status()).isEqualTo(409);
    assertThat(r.errorCode()).isEqualTo("ILLEGAL_TRANSITION");
    assertThat(r.errorMessage()).contains("已派单");
    assertThat(api.get("/api/v1/tickets/" + id, agent).json().getString("status"))
        .isEqualTo("DISPATCHED");
  }

  @Test
  void aRoleThatMayNotActIsRefused() {
    long id = intake("COMPLAINT", false).getLong("id");
    act(id, "submit", agent, new JsonObject());

    var r =
        api.post(
            "/api/v1/tickets/" + id + "/dispatch",
            agent,
            new JsonObject().put("leadUnitId", "STR_QH"));

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.errorMessage()).contains("座席员");
  }

  @Test
  void anotherUnitCanNeitherSeeNorSignTheTicket() {
    long id = dispatchedToQinghe();

    assertThat(api.post("/api/v1/tickets/" + id + "/sign", otherHandler, new JsonObject()).status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/tickets/" + id, otherHandler).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/tickets/" + id + "/history", otherHandler).status()).isEqualTo(403);
    JsonArray visible =
        api.get("/api/v1/tickets?size=200", otherHandler).json().getJsonArray("items");
    assertThat(visible.stream().map(o -> ((JsonObject) o).getLong("id"))).doesNotContain(id);
  }

  @Test
  void anAssistingUnitSeesTheTicketButOnlyTheLeadUnitSignsIt() {
    String water = api.login("admin", "hotline");
    api.post(
        "/api/v1/admin/users",
        water,
        new JsonObject()
            .put("username", "water1")
            .put("password", "Qinghe-2026-ok")
            .put("role", "UNIT_HANDLER")
            .put("unitId", "ENT_WATER"));
    String waterHandler = api.login("water1", "Qinghe-2026-ok");
    long id = dispatchedToQinghe();

    assertThat(api.get("/api/v1/tickets/" + id, waterHandler).status()).isEqualTo(200);
    assertThat(api.post("/api/v1/tickets/" + id + "/sign", waterHandler, new JsonObject()).status())
        .isEqualTo(403);
  }

  @Test
  void aReturnedTicketGoesBackToDispatchKeepingTheCitizensDeadline() {
    long id = dispatchedToQinghe();
    String handleDue = api.get("/api/v1/tickets/" + id, agent).json().getString("handleDueAt");

    assertThat(api.post("/api/v1/tickets/" + id + "/return", handler, new JsonObject()).errorCode())
        .isEqualTo("MISSING_FIELD");
    act(
        id,
        "return",
        handler,
        new JsonObject().put("reasonCode", "NOT_DUTY").put("reason", "属供水企业职责"));
    JsonObject back = act(id, "approve-return", dispatcher, new JsonObject());

    assertThat(back.getString("status")).isEqualTo("PENDING_DISPATCH");
    assertThat(back.getString("leadUnitId")).isNull();
    assertThat(back.getString("handleDueAt")).isEqualTo(handleDue);
    assertThat(back.getInteger("returnCount")).isEqualTo(1);
  }

  @Test
  void anExtensionMovesTheHandlingDeadlineOnceApproved() {
    long id = dispatchedToQinghe();
    act(id, "sign", handler, new JsonObject());
    Instant due =
        Instant.parse(api.get("/api/v1/tickets/" + id, handler).json().getString("handleDueAt"));
    Instant later = due.plus(5, ChronoUnit.DAYS);

    act(
        id,
        "request-extension",
        handler,
        new JsonObject().put("requestedDueAt", later.toString()).put("reason", "需协调多个部门"));
    JsonObject approved = act(id, "approve-extension", dispatcher, new JsonObject());

    assertThat(approved.getString("status")).isEqualTo("SIGNED");
    assertThat(Instant.parse(approved.getString("handleDueAt"))).isEqualTo(later);
    assertThat(approved.getInteger("extensionCount")).isEqualTo(1);
  }

  @Test
  void urgesSupervisionAndExclusionAreRecordedWithoutChangingTheStatus() {
    long id = dispatchedToQinghe();

    act(id, "urge", lead, new JsonObject().put("note", "请尽快签收"));
    act(id, "supervise", manager, new JsonObject().put("note", "市级督办"));
    act(id, "request-exclusion", handler, new JsonObject().put("reason", "诉求人提出不合理要求"));
    JsonObject reviewed =
        act(
            id,
            "review-exclusion",
            dispatcher,
            new JsonObject().put("approved", false).put("reason", "不符合不纳入考核条件"));

    assertThat(reviewed.getString("status")).isEqualTo("DISPATCHED");
    assertThat(reviewed.getInteger("urgeCount")).isEqualTo(1);
    assertThat(reviewed.getBoolean("supervised")).isTrue();
    assertThat(reviewed.getString("exclusion")).isEqualTo("REJECTED");
  }

  @Test
  void anUnresolvedCaseIsReopenedAndDispatchedAgain() {
    long id = dispatchedToQinghe();
    act(id, "sign", handler, new JsonObject());
    act(id, "reply", handler, new JsonObject().put("content", "已处理"));
    act(
        id,
        "callback",
        agent,
        new JsonObject().put("resolved", false).put("satisfaction", "DISSATISFIED"));

    act(id, "reopen", lead, new JsonObject().put("reason", "回访未解决"));
    JsonObject again =
        act(id, "dispatch", dispatcher, new JsonObject().put("leadUnitId", "STR_QH"));

    assertThat(again.getString("status")).isEqualTo("DISPATCHED");
    assertThat(again.getString("signedAt")).isNull();
  }

  @Test
  void phoneNumbersAreMaskedForRolesThatDoNotCallCitizens() {
    long id = dispatchedToQinghe();

    assertThat(api.get("/api/v1/tickets/" + id, agent).json().getString("callerPhone"))
        .isEqualTo("13812345678");
    assertThat(api.get("/api/v1/tickets/" + id, dispatcher).json().getString("callerPhone"))
        .isEqualTo("138****5678");
    assertThat(api.get("/api/v1/tickets/" + id, manager).json().getString("callerPhone"))
        .isEqualTo("138****5678");
  }

  @Test
  void aConfidentialTicketNeverShowsTheCallerToTheUnit() {
    long id = intake("REPORT", true).getLong("id");
    act(id, "submit", agent, new JsonObject());
    act(id, "dispatch", dispatcher, new JsonObject().put("leadUnitId", "STR_QH"));

    JsonObject seenByUnit = api.get("/api/v1/tickets/" + id, handler).json();
    var list = api.get("/api/v1/tickets?text=" + seenByUnit.getString("no"), handler).body();

    assertThat(seenByUnit.getString("callerName")).isNull();
    assertThat(seenByUnit.getString("callerPhone")).isNull();
    assertThat(seenByUnit.getBoolean("confidential")).isTrue();
    assertThat(list).doesNotContain("13812345678").doesNotContain("张三");
    assertThat(api.get("/api/v1/tickets/" + id, agent).json().getString("callerName"))
        .isEqualTo("张三");
  }

  private static JsonObject intakeBy(String name, String phone, boolean confidential, String lead) {
    JsonObject created =
        TicketIntake.fromAnning()
            .callerName(name)
            .callerPhone(phone)
            .appealType("REPORT")
            .confidential(confidential)
            .created(api, agent);
    long id = created.getLong("id");
    act(id, "submit", agent, new JsonObject());
    act(id, "dispatch", dispatcher, new JsonObject().put("leadUnitId", lead));
    return created;
  }

  private static long total(String query, String token) {
    var r = api.get("/api/v1/tickets?" + query, token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().getLong("total");
  }

  @Test
  void theTextSearchNeverMatchesTheCallersNumberForAnyRole() {
    intakeBy("欧阳明", "13712340001", false, "STR_QH");

    for (String token : new String[] {agent, dispatcher, manager, handler}) {
      assertThat(total("text=13712340001", token)).isZero();
      assertThat(total("text=1371234", token)).isZero();
    }
  }

  @Test
  void rolesThatSeeMaskedNumbersCannotFindTicketsByTheCallersName() {
    intakeBy("司马光辉", "13712340002", false, "STR_QH");

    assertThat(total("text=%E5%8F%B8%E9%A9%AC%E5%85%89%E8%BE%89", manager)).isZero();
    assertThat(total("text=%E5%8F%B8%E9%A9%AC%E5%85%89%E8%BE%89", dispatcher)).isZero();
    assertThat(total("text=%E5%8F%B8%E9%A9%AC%E5%85%89%E8%BE%89", agent)).isEqualTo(1);
    assertThat(total("text=%E5%8F%B8%E9%A9%AC%E5%85%89%E8%BE%89", handler)).isEqualTo(1);
  }

  @Test
  void aUnitCannotConfirmTheCallerOfItsConfidentialTicket() {
    intakeBy("诸葛青", "13712340003", true, "STR_QH");

    assertThat(total("text=%E8%AF%B8%E8%91%9B%E9%9D%92", handler)).isZero();
    assertThat(total("callerPhone=13712340003", handler)).isZero();
    assertThat(total("text=%E8%AF%B8%E8%91%9B%E9%9D%92", agent)).isEqualTo(1);
  }

  @Test
  void thePhoneSearchIsExactAndOnlyForRolesThatSeeFullNumbers() {
    intakeBy("上官云", "13712340004", false, "STR_QH");

    assertThat(total("callerPhone=13712340004", agent)).isEqualTo(1);
    assertThat(total("callerPhone=137-1234-0004", agent)).isEqualTo(1);
    assertThat(total("callerPhone=1371234000", agent)).isZero();
    assertThat(total("callerPhone=13712340004", handler)).isEqualTo(1);
    var refused = api.get("/api/v1/tickets?callerPhone=13712340004", manager);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.errorMessage()).contains("脱敏");
  }
}
