package gov.hotline.infra.http.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TestClock;
import gov.hotline.infra.support.TicketIntake;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The escalation sweep and the near-due/overdue list over HTTP. Deadlines are moved in the database
 * to put tickets where a test needs them; the server's own sweep timer is slowed down so that only
 * the tests sweep.
 */
@Tag("db")
class EscalationApiTest {
  private static RunningServer server;
  private static ApiClient api;
  private static String agent;
  private static String dispatcher;
  private static String handler;
  private static String otherHandler;

  @BeforeAll
  static void start() {
    server =
        RunningServer.start(
            "dispatch_escalation",
            Application.Mode.DEMO,
            TestClock.env(Map.of("HOTLINE_ESCALATION_SWEEP_SECONDS", "3600")));
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

  private static long dispatchedToQinghe() {
    long id =
        TicketIntake.aTicket()
            .callerPhone("13800003333")
            .address("海淀区美和园")
            .categoryId("SR01")
            .content("楼下垃圾没人清运")
            .create(api, agent);
    api.post("/api/v1/tickets/" + id + "/submit", agent, new JsonObject());
    api.post(
        "/api/v1/tickets/" + id + "/dispatch",
        dispatcher,
        new JsonObject().put("leadUnitId", "STR_QH"));
    return id;
  }

  /**
   * Moves the current (sign-for) deadline of a dispatched ticket, keeping due_at consistent with
   * it.
   */
  private static void signDueAt(long id, Instant dispatchedAt, Instant due) {
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

  private static JsonObject sweep() {
    var r = api.post("/api/v1/dispatch/escalation/sweep", dispatcher, new JsonObject());
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static List<JsonObject> alerts(String token, String query) {
    var r = api.get("/api/v1/dispatch/alerts?" + query, token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().getJsonArray("items").stream().map(o -> (JsonObject) o).toList();
  }

  private static JsonObject ticket(long id) {
    return api.get("/api/v1/tickets/" + id, dispatcher).json();
  }

  @Test
  void anOverdueTicketIsListedForItsUnitAndUrgedOnceByTheSystem() {
    long id = dispatchedToQinghe();
    Instant now = TestClock.now();
    signDueAt(id, now.minus(5, ChronoUnit.HOURS), now.minus(1, ChronoUnit.HOURS));

    assertThat(sweep().getBoolean("ran")).isTrue();
    sweep();

    assertThat(alerts(dispatcher, "kind=OVERDUE&unitId=STR_QH"))
        .anySatisfy(
            a -> {
              assertThat(a.getLong("ticketId")).isEqualTo(id);
              assertThat(a.getString("kindLabel")).isEqualTo("超期");
              assertThat(a.getString("leadUnitName")).isEqualTo("清河街道");
            });
    assertThat(ticket(id).getInteger("urgeCount")).isEqualTo(1);
    JsonArray history =
        api.get("/api/v1/tickets/" + id + "/history", dispatcher).json().getJsonArray("items");
    JsonObject urge = history.getJsonObject(history.size() - 1);
    assertThat(urge.getString("action")).isEqualTo("urge");
    assertThat(urge.getJsonObject("actor").getString("username")).isEqualTo("system-escalation");
    assertThat(urge.getString("reason")).startsWith("系统自动催办：工单已超期");
  }

  @Test
  void aTicketWithMostOfItsTimeUsedIsNearDue() {
    long id = dispatchedToQinghe();
    Instant now = TestClock.now();
    signDueAt(id, now.minus(4, ChronoUnit.HOURS), now.plus(20, ChronoUnit.MINUTES));

    sweep();

    assertThat(alerts(dispatcher, "kind=NEAR_DUE"))
        .anySatisfy(
            a -> {
              assertThat(a.getLong("ticketId")).isEqualTo(id);
              assertThat(a.getString("kindLabel")).isEqualTo("临期");
            });
    assertThat(ticket(id).getInteger("urgeCount")).isEqualTo(1);
  }

  @Test
  void aTicketWithTimeLeftIsNeitherNearDueNorOverdue() {
    long id = dispatchedToQinghe();
    Instant now = TestClock.now();
    signDueAt(id, now.minus(1, ChronoUnit.HOURS), now.plus(3, ChronoUnit.HOURS));

    sweep();

    assertThat(alerts(dispatcher, ""))
        .noneSatisfy(a -> assertThat(a.getLong("ticketId")).isEqualTo(id));
    assertThat(ticket(id).getInteger("urgeCount")).isZero();
  }

  @Test
  void aSupervisedTicketPastItsSupervisionDeadlineIsFlagged() {
    long id = dispatchedToQinghe();
    api.post(
        "/api/v1/tickets/" + id + "/supervise",
        dispatcher,
        new JsonObject()
            .put("note", "区领导督办")
            .put("dueAt", TestClock.now().plus(2, ChronoUnit.DAYS).toString()));
    server
        .database()
        .dsl()
        .execute(
            "UPDATE core.ticket SET supervision_due_at = ?::timestamptz " + "WHERE id = ?",
            TestClock.now().minus(1, ChronoUnit.HOURS).toString(),
            id);

    sweep();

    assertThat(alerts(dispatcher, "kind=SUPERVISION_OVERDUE"))
        .anySatisfy(
            a -> {
              assertThat(a.getLong("ticketId")).isEqualTo(id);
              assertThat(a.getString("kindLabel")).isEqualTo("督办超期");
            });
  }

  @Test
  void aUnitHandlerSeesTheAlertsOfItsOwnUnitOnly() {
    long id = dispatchedToQinghe();
    Instant now = TestClock.now();
    signDueAt(id, now.minus(5, ChronoUnit.HOURS), now.minus(1, ChronoUnit.HOURS));

    assertThat(alerts(handler, ""))
        .anySatisfy(a -> assertThat(a.getLong("ticketId")).isEqualTo(id));
    assertThat(alerts(otherHandler, ""))
        .noneSatisfy(a -> assertThat(a.getLong("ticketId")).isEqualTo(id));
    assertThat(api.get("/api/v1/dispatch/alerts?unitId=STR_QH", otherHandler).status())
        .isEqualTo(403);
  }

  @Test
  void theAlertsCountNearDueAndOverdueTicketsPerUnit() {
    long id = dispatchedToQinghe();
    Instant now = TestClock.now();
    signDueAt(id, now.minus(5, ChronoUnit.HOURS), now.minus(1, ChronoUnit.HOURS));

    JsonObject list = api.get("/api/v1/dispatch/alerts", dispatcher).json();

    assertThat(list.getString("rule")).isEqualTo("已用时限达80%");
    assertThat(
            list.getJsonArray("units").stream()
                .map(o -> (JsonObject) o)
                .filter(u -> "STR_QH".equals(u.getString("unitId")))
                .findFirst()
                .orElseThrow()
                .getInteger("overdue"))
        .isPositive();
  }

  @Test
  void anAgentMayNotStartASweep() {
    assertThat(api.post("/api/v1/dispatch/escalation/sweep", agent, new JsonObject()).status())
        .isEqualTo(403);
  }

  @Test
  void anUnknownAlertKindIsABadRequest() {
    var r = api.get("/api/v1/dispatch/alerts?kind=LATE", dispatcher);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorMessage()).contains("NEAR_DUE");
  }
}
