package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TestClock;
import gov.hotline.infra.support.TicketIntake;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Idempotency-Key on creating POSTs: a retry gets the first answer, never a second ticket or user.
 */
@Tag("db")
class IdempotencyApiTest {
  private static RunningServer server;
  private static ApiClient api;
  private static String agent;

  @BeforeAll
  static void start() {
    server = RunningServer.start("idempotency", Application.Mode.DEMO, TestClock.env());
    api = server.client();
    agent = api.login("agent1", "hotline");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String ticket(String content) {
    return TicketIntake.fromZhongguancun().content(content).json().encode();
  }

  private static long tickets() {
    return server.database().number("SELECT count(*) FROM core.ticket");
  }

  @Test
  void theSameKeyAndBodyGetTheFirstTicketAgainAndCreateOnlyOne() {
    long before = tickets();

    var first = api.post("/api/v1/tickets", agent, ticket("路灯不亮一"), "Idempotency-Key", "k-same-1");
    var retry = api.post("/api/v1/tickets", agent, ticket("路灯不亮一"), "Idempotency-Key", "k-same-1");

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(retry.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(tickets()).isEqualTo(before + 1);
  }

  @Test
  void aDifferentBodyWithTheSameKeyIsAConflict() {
    api.post("/api/v1/tickets", agent, ticket("路灯不亮二"), "Idempotency-Key", "k-diff-1");

    var r = api.post("/api/v1/tickets", agent, ticket("井盖丢失"), "Idempotency-Key", "k-diff-1");

    assertThat(r.status()).isEqualTo(409);
    assertThat(r.errorCode()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    assertThat(r.errorMessage()).contains("Idempotency-Key");
  }

  @Test
  void aTicketCommittedWhoseAnswerWasLostIsFoundAgainNotDuplicated() {
    var first = api.post("/api/v1/tickets", agent, ticket("路灯不亮三"), "Idempotency-Key", "k-lost-1");
    // as after a crash between the commit and the answer: the ticket and its key are there, the
    // answer is not
    server
        .database()
        .dsl()
        .execute(
            "UPDATE core.idempotency_key SET status = NULL, body = NULL WHERE key = 'k-lost-1'");
    long before = tickets();

    var retry = api.post("/api/v1/tickets", agent, ticket("路灯不亮三"), "Idempotency-Key", "k-lost-1");

    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.json().getLong("id")).isEqualTo(first.json().getLong("id"));
    assertThat(tickets()).isEqualTo(before);
  }

  @Test
  void concurrentRetriesWithOneKeyCreateOneTicket() throws Exception {
    long before = tickets();
    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      var replies = new ArrayList<Future<ApiClient.Reply>>();
      for (int i = 0; i < 6; i++) {
        replies.add(
            pool.submit(
                () ->
                    api.post(
                        "/api/v1/tickets", agent, ticket("路灯不亮五"), "Idempotency-Key", "k-race-1")));
      }
      for (var f : replies) {
        assertThat(f.get().status()).as(f.get().body()).isIn(201, 409);
      }
    }

    assertThat(tickets()).isEqualTo(before + 1);
  }

  @Test
  void keysBelongToTheirUser() {
    api.post("/api/v1/tickets", agent, ticket("路灯不亮四"), "Idempotency-Key", "k-user-1");
    long before = tickets();

    var other =
        api.post(
            "/api/v1/tickets",
            api.login("lead1", "hotline"),
            ticket("路灯不亮四"),
            "Idempotency-Key",
            "k-user-1");

    assertThat(other.status()).isEqualTo(201);
    assertThat(tickets()).isEqualTo(before + 1);
  }

  @Test
  void creatingAUserTwiceWithTheSameKeyCreatesOneAndAnswersTheSame() {
    String admin = api.login("admin", "hotline");
    String body =
        new JsonObject()
            .put("username", "idem_user")
            .put("password", "Qinghe-2026-ok")
            .put("role", "AGENT")
            .put("unitId", "HD_CENTER")
            .encode();

    var first = api.post("/api/v1/admin/users", admin, body, "Idempotency-Key", "k-admin-1");
    var retry = api.post("/api/v1/admin/users", admin, body, "Idempotency-Key", "k-admin-1");

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(
            server
                .database()
                .number("SELECT count(*) FROM core.app_user WHERE username = 'idem_user'"))
        .isEqualTo(1);
  }

  @Test
  void aFailedRequestFreesItsKeyForACorrectedRetry() {
    String admin = api.login("admin", "hotline");
    var bad =
        api.post(
            "/api/v1/admin/users",
            admin,
            new JsonObject()
                .put("username", "idem_user2")
                .put("password", "short")
                .put("role", "AGENT")
                .put("unitId", "HD_CENTER")
                .encode(),
            "Idempotency-Key",
            "k-a2");
    assertThat(bad.status()).isEqualTo(400);

    var good =
        api.post(
            "/api/v1/admin/users",
            admin,
            new JsonObject()
                .put("username", "idem_user2")
                .put("password", "Qinghe-2026-ok")
                .put("role", "AGENT")
                .put("unitId", "HD_CENTER")
                .encode(),
            "Idempotency-Key",
            "k-a2");

    assertThat(good.status()).isEqualTo(201);
  }

  @Test
  void aMalformedKeyIsABadRequest() {
    var r = api.post("/api/v1/tickets", agent, ticket("x"), "Idempotency-Key", "key/with/slashes");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("INVALID_IDEMPOTENCY_KEY");
  }
}
