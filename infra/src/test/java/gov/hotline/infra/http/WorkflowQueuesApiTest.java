package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TestClock;
import gov.hotline.infra.support.TicketIntake;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Batch dispatch with per-ticket results, and the server-side queues: 临期 (nearDue) and 不纳入考核
 * review.
 */
@Tag("db")
class WorkflowQueuesApiTest {
  private static RunningServer server;
  private static ApiClient api;
  private static String agent;
  private static String dispatcher;
  private static String handler;
  private static String otherHandler;

  @BeforeAll
  static void start() {
    server = RunningServer.start("workflow_queues", Application.Mode.DEMO, TestClock.env());
    api = server.client();
    agent = api.login("agent1", "hotline");
    dispatcher = api.login("dispatcher1", "hotline");
    handler = api.login("handler1", "hotline");
    otherHandler = api.login("handler2", "hotline");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static long pending(String content) {
    long id =
        TicketIntake.aTicket()
            .callerName("王五")
            .callerPhone("13700001111")
            .address("海淀区清河街道毛纺路")
            .urgency("NORMAL")
            .content(content)
            .create(api, agent);
    assertThat(api.post("/api/v1/tickets/" + id + "/submit", agent, new JsonObject()).status())
        .isEqualTo(200);
    return id;
  }

  private static JsonObject batch(String token, JsonArray ids) {
    var r =
        api.post(
            "/api/v1/tickets/batch-dispatch",
            token,
            new JsonObject()
                .put("ticketIds", ids)
                .put("leadUnitId", "STR_QH")
                .put("note", "同一小区集中反映，统一派清河街道"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static List<Long> ids(String token, String query) {
    JsonArray items =
        api.get("/api/v1/tickets?size=200&" + query, token).json().getJsonArray("items");
    return items.stream().map(o -> ((JsonObject) o).getLong("id")).toList();
  }

  @Test
  void aBatchDispatchesEachTicketOnItsOwnAndReportsTheOnesThatFailedInChinese() {
    long a = pending("毛纺路路灯不亮");
    long b = pending("毛纺路井盖缺失");
    long already = pending("毛纺路占道经营");
    assertThat(
            api.post(
                    "/api/v1/tickets/" + already + "/dispatch",
                    dispatcher,
                    new JsonObject().put("leadUnitId", "STR_ZGC"))
                .status())
        .isEqualTo(200);

    JsonObject r = batch(dispatcher, new JsonArray().add(a).add(already).add(b).add(99_999_999L));

    assertThat(r.getInteger("dispatched")).isEqualTo(2);
    assertThat(r.getInteger("failed")).isEqualTo(2);
    JsonArray items = r.getJsonArray("items");
    assertThat(items.stream().map(o -> ((JsonObject) o).getLong("ticketId")))
        .containsExactly(a, already, b, 99_999_999L);
    assertThat(items.getJsonObject(0).getJsonObject("ticket").getString("status"))
        .isEqualTo("DISPATCHED");
    assertThat(items.getJsonObject(1).getBoolean("ok")).isFalse();
    assertThat(items.getJsonObject(1).getJsonObject("error").getString("message"))
        .contains("工单当前状态为“已派单”");
    assertThat(items.getJsonObject(3).getJsonObject("error").getString("message"))
        .startsWith("工单不存在");
    for (long id : List.of(a, b)) {
      JsonObject t = api.get("/api/v1/tickets/" + id, handler).json();
      assertThat(t.getString("leadUnitId")).isEqualTo("STR_QH");
      JsonArray history =
          api.get("/api/v1/tickets/" + id + "/history", handler).json().getJsonArray("items");
      assertThat(history.getJsonObject(history.size() - 1).getString("action"))
          .isEqualTo("dispatch");
    }
    assertThat(api.get("/api/v1/tickets/" + already, dispatcher).json().getString("leadUnitId"))
        .isEqualTo("STR_ZGC");
  }

  @Test
  void onlyADispatcherBatchDispatchesAndABatchNeedsTickets() {
    var byAgent =
        api.post(
            "/api/v1/tickets/batch-dispatch",
            agent,
            new JsonObject()
                .put("ticketIds", new JsonArray().add(pending("毛纺路噪音")))
                .put("leadUnitId", "STR_QH"));
    var empty =
        api.post(
            "/api/v1/tickets/batch-dispatch",
            dispatcher,
            new JsonObject().put("ticketIds", new JsonArray()).put("leadUnitId", "STR_QH"));

    assertThat(byAgent.status()).isEqualTo(403);
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.errorMessage()).isEqualTo("请至少选择一张工单");
  }

  @Test
  void theNearDueFilterListsTicketsWithEightyPercentOfTheirTimeUsedAndNotOverdue() {
    long near = pending("临期工单");
    long fresh = pending("刚派的工单");
    long late = pending("超期工单");
    batch(dispatcher, new JsonArray().add(near).add(fresh).add(late));
    Instant now = TestClock.now();
    // dispatched 9 h ago, due in 1 h (90 % used); 1 h ago, due in 3 h (25 %); overdue an hour ago
    moveSignClock(near, now.minus(Duration.ofHours(9)), now.plus(Duration.ofHours(1)));
    moveSignClock(fresh, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(3)));
    moveSignClock(late, now.minus(Duration.ofHours(5)), now.minus(Duration.ofHours(1)));

    List<Long> nearDue = ids(handler, "nearDue=true");
    List<Long> notNear = ids(handler, "nearDue=false");

    assertThat(nearDue).contains(near).doesNotContain(fresh, late);
    assertThat(notNear).contains(fresh, late).doesNotContain(near);
    assertThat(api.get("/api/v1/tickets/" + near, handler).json().getBoolean("nearDue")).isTrue();
    assertThat(ids(otherHandler, "nearDue=true")).doesNotContain(near);
    assertThat(api.get("/api/v1/tickets?nearDue=maybe", handler).status()).isEqualTo(400);
  }

  @Test
  void theExclusionReviewQueueListsPendingRequestsOnly() {
    long requested = pending("申请不纳入考核的工单");
    long other = pending("普通工单");
    batch(dispatcher, new JsonArray().add(requested).add(other));
    assertThat(
            api.post(
                    "/api/v1/tickets/" + requested + "/request-exclusion",
                    handler,
                    new JsonObject().put("reason", "诉求人诉求不合理，反复来电"))
                .status())
        .isEqualTo(200);

    List<Long> queue = ids(dispatcher, "exclusion=REQUESTED");

    assertThat(queue).contains(requested).doesNotContain(other);
    assertThat(api.get("/api/v1/tickets?exclusion=SOMETIMES", dispatcher).errorMessage())
        .contains("不纳入考核状态");
  }

  @Test
  void theCallbackResultKeepsTheRecordedCallItWasTakenOn() {
    long id = replied("回访通话关联");
    String no = api.get("/api/v1/tickets/" + id, agent).json().getString("no");
    callRow("1763431200.42", "CALLBACK", no);
    var bad = callback(id, "../../x y");

    var r = callback(id, "1763431200.42");

    assertThat(bad.status()).isEqualTo(400);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().getString("callbackCallId")).isEqualTo("1763431200.42");
    assertThat(api.get("/api/v1/tickets/" + id, agent).json().getString("callbackCallId"))
        .isEqualTo("1763431200.42");
    JsonArray history =
        api.get("/api/v1/tickets/" + id + "/history", agent).json().getJsonArray("items");
    assertThat(
            history.getJsonObject(history.size() - 1).getJsonObject("details").getString("callId"))
        .isEqualTo("1763431200.42");
  }

  @Test
  void aCallbackResultOnACallThatIsNotThisTicketsCallbackCallIsRefusedAndNothingIsRecorded() {
    long id = replied("回访通话不属于本工单");
    String no = api.get("/api/v1/tickets/" + id, agent).json().getString("no");
    callRow("1763431300.7", "CALLBACK", "HD20251001-000999");
    callRow("1763431400.9", "INBOUND", no);

    var otherTickets = callback(id, "1763431300.7");
    var inbound = callback(id, "1763431400.9");
    var unknown = callback(id, "1763431500.1");

    assertThat(otherTickets.status()).isEqualTo(409);
    assertThat(otherTickets.errorCode()).isEqualTo("CALLBACK_CALL_OF_OTHER_TICKET");
    assertThat(otherTickets.errorMessage())
        .isEqualTo("该通话是工单 HD20251001-000999 的回访外呼，不属于本工单（" + no + "），请选择本工单的回访通话");
    assertThat(inbound.status()).isEqualTo(400);
    assertThat(inbound.errorCode()).isEqualTo("UNKNOWN_CALLBACK_CALL");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.errorMessage()).contains("回访通话不存在或不是回访外呼：1763431500.1");
    JsonObject after = api.get("/api/v1/tickets/" + id, agent).json();
    assertThat(after.getString("status")).isEqualTo("REPLIED");
    assertThat(after.getString("callbackCallId")).isNull();
  }

  /** A ticket dispatched, signed for and replied to, waiting for its callback. */
  private static long replied(String content) {
    long id = pending(content);
    batch(dispatcher, new JsonArray().add(id));
    assertThat(api.post("/api/v1/tickets/" + id + "/sign", handler, new JsonObject()).status())
        .isEqualTo(200);
    assertThat(
            api.post(
                    "/api/v1/tickets/" + id + "/reply",
                    handler,
                    new JsonObject().put("content", "已修复"))
                .status())
        .isEqualTo(200);
    return id;
  }

  private static ApiClient.Reply callback(long id, String callId) {
    return api.post(
        "/api/v1/tickets/" + id + "/callback",
        agent,
        new JsonObject()
            .put("resolved", true)
            .put("satisfaction", "SATISFIED")
            .put("callId", callId));
  }

  /** A call as telephony stores it once folded: a callback call carries its ticket's number. */
  private static void callRow(String callId, String direction, String ticketRef) {
    server
        .database()
        .dsl()
        .execute(
            "INSERT INTO telephony.call (id, server_id, direction, outcome, ticket_ref) "
                + "VALUES (?, 'pbx1', ?, 'OUTBOUND', ?)",
            callId,
            direction,
            ticketRef);
  }

  @Test
  void anActionOnAVersionSomeoneElseChangedIsRefusedAsStale() {
    long id = pending("版本冲突");
    long read = api.get("/api/v1/tickets/" + id, dispatcher).json().getLong("version");
    batch(dispatcher, new JsonArray().add(id));

    var stale =
        api.post(
            "/api/v1/tickets/" + id + "/urge", dispatcher, new JsonObject().put("version", read));
    long now = api.get("/api/v1/tickets/" + id, dispatcher).json().getLong("version");
    var fresh =
        api.post(
            "/api/v1/tickets/" + id + "/urge", dispatcher, new JsonObject().put("version", now));

    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.errorCode()).isEqualTo("STALE_TICKET");
    assertThat(stale.errorMessage()).isEqualTo("工单已被他人更新，请刷新");
    assertThat(fresh.status()).as(fresh.body()).isEqualTo(200);
  }

  private static void moveSignClock(long id, Instant dispatchedAt, Instant due) {
    server
        .database()
        .dsl()
        .execute(
            "UPDATE core.ticket SET dispatched_at = ?::timestamptz, sign_due_at = "
                + "?::timestamptz, due_at = ?::timestamptz WHERE id = ?",
            dispatchedAt.toString(),
            due.toString(),
            due.toString(),
            id);
  }
}
