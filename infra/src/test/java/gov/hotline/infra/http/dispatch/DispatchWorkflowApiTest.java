package gov.hotline.infra.http.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TestClock;
import gov.hotline.infra.support.TicketIntake;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The dispatch rules of the ticket workflow over HTTP: returns with listed reasons, extensions,
 * other units.
 */
@Tag("db")
class DispatchWorkflowApiTest {
  private static RunningServer server;
  private static ApiClient api;
  private static String agent;
  private static String dispatcher;
  private static String handler;
  private static String otherHandler;

  @BeforeAll
  static void start() {
    server = RunningServer.start("dispatch_workflow", Application.Mode.DEMO, TestClock.env());
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

  /** A complaint about illegal building at 美和园, submitted for dispatch. */
  private static long submitted() {
    long id =
        TicketIntake.aTicket()
            .callerPhone("13800004444")
            .address("海淀区美和园")
            .categoryId("CJ01")
            .content("楼下有人私搭乱建")
            .create(api, agent);
    api.post("/api/v1/tickets/" + id + "/submit", agent, new JsonObject());
    return id;
  }

  private static long dispatchedToQinghe() {
    long id = submitted();
    api.post(
        "/api/v1/tickets/" + id + "/dispatch",
        dispatcher,
        new JsonObject()
            .put("leadUnitId", "STR_QH")
            .put("assistUnitIds", new JsonArray().add("BUR_CGZF")));
    return id;
  }

  @Test
  void aReturnNeedsAReasonFromTheListAndAnExplanation() {
    long id = dispatchedToQinghe();

    var noCode =
        api.post(
            "/api/v1/tickets/" + id + "/return", handler, new JsonObject().put("reason", "不归我们"));
    var badCode =
        api.post(
            "/api/v1/tickets/" + id + "/return",
            handler,
            new JsonObject().put("reasonCode", "BORED").put("reason", "不归我们"));
    var ok =
        api.post(
            "/api/v1/tickets/" + id + "/return",
            handler,
            new JsonObject()
                .put("reasonCode", "NOT_JURISDICTION")
                .put("reason", "美和园属清河街道，但该楼已划归西三旗"));

    assertThat(noCode.status()).isEqualTo(400);
    assertThat(noCode.errorMessage()).contains("退单原因（reasonCode）");
    assertThat(badCode.status()).isEqualTo(400);
    assertThat(badCode.errorMessage()).contains("NOT_JURISDICTION");
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    JsonArray history =
        api.get("/api/v1/tickets/" + id + "/history", dispatcher).json().getJsonArray("items");
    JsonObject ret = history.getJsonObject(history.size() - 1);
    assertThat(ret.getString("reason")).startsWith("非本单位辖区：");
    assertThat(ret.getJsonObject("details").getString("returnReason"))
        .isEqualTo("NOT_JURISDICTION");
  }

  @Test
  void anExtensionAfterTheDeadlineIsRefused() {
    long id = dispatchedToQinghe();
    api.post("/api/v1/tickets/" + id + "/sign", handler, new JsonObject());
    String anHourAgo = TestClock.now().minus(1, ChronoUnit.HOURS).toString();
    server
        .database()
        .dsl()
        .execute(
            "UPDATE core.ticket SET handle_due_at = ?::timestamptz, due_at = ?::timestamptz "
                + "WHERE id = ?",
            anHourAgo,
            anHourAgo,
            id);

    var r =
        api.post(
            "/api/v1/tickets/" + id + "/request-extension",
            handler,
            new JsonObject()
                .put("requestedDueAt", TestClock.now().plus(3, ChronoUnit.DAYS).toString())
                .put("reason", "需要协调"));

    assertThat(r.status()).isEqualTo(409);
    assertThat(r.errorCode()).isEqualTo("EXTENSION_AFTER_DEADLINE");
  }

  @Test
  void anotherUnitCannotActOnTheTicket() {
    long id = dispatchedToQinghe();

    var r = api.post("/api/v1/tickets/" + id + "/sign", otherHandler, new JsonObject());

    assertThat(r.status()).isEqualTo(403);
  }

  @Test
  void dispatchingToAUnitThatDoesNotExistIsRefused() {
    long id = submitted();

    var r =
        api.post(
            "/api/v1/tickets/" + id + "/dispatch",
            dispatcher,
            new JsonObject().put("leadUnitId", "STR_X"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("UNKNOWN_UNIT");
  }
}
