package gov.hotline.infra.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TestClock;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Complaints about agents (座席投诉) over HTTP, with known truth, all today: user {@code agent} (工号)
 * logged in at PJSIP/6001 and answered calls c-1…c-4, {@code agent2} at PJSIP/6002 answered c-5,
 * the caller of c-6 abandoned. A complaint is tied to the call, its recording and the person who
 * answered it; it counts in 座席被投诉率 only once a team lead or manager reviewed it as 成立: after one
 * upheld complaint about c-1 and a rejected one about c-5 the day's rate is 1 / 5 = 20.0 %,
 * PJSIP/6001's 1 / 4 = 25.0 %, the person {@code agent}'s 1 / 4 = 25.0 %, {@code agent2}'s 0 / 1 =
 * 0.0 %.
 */
@Tag("db")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgentComplaintApiTest {
  private static final String TODAY = TestClock.TODAY.toString();
  private static final String DAY = "period=day&date=" + TODAY;
  private static RunningServer server;
  private static ApiClient api;
  private static String admin;
  private static String agent;
  private static String agent2;
  private static String lead;
  private static String manager;
  private static long first;

  @BeforeAll
  static void scenario() throws IOException {
    server =
        RunningServer.start(
            "agent_complaint",
            Application.Mode.START,
            TestClock.env(Map.of("HOTLINE_ADMIN_PASSWORD", "admin-secret-1")));
    api = server.client();
    admin = api.login("admin", "admin-secret-1");
    try (InputStream in =
        AgentComplaintApiTest.class.getResourceAsStream("/demo/haidian-units.json")) {
      var r =
          api.post(
              "/api/v1/dispatch/units/import",
              admin,
              new String(in.readAllBytes(), StandardCharsets.UTF_8));
      assertThat(r.status()).as(r.body()).isEqualTo(200);
    }
    agent = user("agent", "AGENT");
    agent2 = user("agent2", "AGENT");
    lead = user("lead", "TEAM_LEAD");
    manager = user("manager", "MANAGER");
    var db = server.database().dsl();
    db.execute(
        """
        INSERT INTO telephony.agent_operation (at, user_id, username, role, action, interface, queue, success)
        VALUES (?::timestamptz - interval '1 hour', 0, 'agent', 'AGENT', 'LOGIN', 'PJSIP/6001', 'hotline', true),
               (?::timestamptz - interval '1 hour', 0, 'agent2', 'AGENT', 'LOGIN', 'PJSIP/6002', 'hotline', true)""",
        TestClock.now().toString(),
        TestClock.now().toString());
    db.execute(
        """
        INSERT INTO telephony.call (id, server_id, direction, outcome, queue, started_at, entered_queue_at,
                                    answered_at, ended_at, wait_seconds, talk_seconds, agent_interface)
        SELECT 'c-' || n, 'lab', 'INBOUND', CASE WHEN n <= 5 THEN 'ANSWERED' ELSE 'ABANDONED' END, 'hotline',
               t.at, t.at, CASE WHEN n <= 5 THEN t.at END, t.at, 5, CASE WHEN n <= 5 THEN 60 ELSE 0 END,
               CASE WHEN n <= 4 THEN 'PJSIP/6001' WHEN n = 5 THEN 'PJSIP/6002' END
        FROM generate_series(1, 6) AS n, (SELECT ?::timestamptz AS at) AS t""",
        TestClock.now().toString());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String user(String name, String role) {
    var r =
        api.post(
            "/api/v1/admin/users",
            admin,
            new JsonObject()
                .put("username", name)
                .put("password", "Qinghe-2026-ok")
                .put("role", role)
                .put("unitId", "HD_CENTER"));
    assertThat(r.status()).as(r.body()).isIn(200, 201);
    return api.login(name, "Qinghe-2026-ok");
  }

  private static ApiClient.Reply file(String token, String callId, String reason) {
    JsonObject body = new JsonObject().put("callId", callId).put("ticketNo", "HD20261118-000001");
    return api.post(
        "/api/v1/agent-complaints", token, reason == null ? body : body.put("reason", reason));
  }

  private static ApiClient.Reply review(String token, long id, boolean upheld, String comment) {
    JsonObject body = new JsonObject().put("upheld", upheld);
    return api.post(
        "/api/v1/agent-complaints/" + id + "/review",
        token,
        comment == null ? body : body.put("comment", comment));
  }

  private static JsonObject traffic() {
    var r = api.get("/api/v1/reports/traffic?" + DAY, manager);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static JsonObject row(JsonArray rows, String key, String value) {
    return rows.stream()
        .map(JsonObject.class::cast)
        .filter(o -> value.equals(o.getString(key)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + key + "=" + value + " in " + rows));
  }

  @Test
  @Order(1)
  void aComplaintIsTiedToTheCallItsRecordingAndThePersonWhoAnsweredIt() {
    var r = file(agent2, "c-1", "座席态度生硬，未听完诉求即挂断");

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    JsonObject c = r.json();
    first = c.getLong("id");
    assertThat(c.getString("callId")).isEqualTo("c-1");
    assertThat(c.getString("recordingUrl")).isEqualTo("/api/v1/calls/c-1/recording");
    assertThat(c.getString("agent")).isEqualTo("agent");
    assertThat(c.getString("agentInterface")).isEqualTo("PJSIP/6001");
    assertThat(c.getString("ticketNo")).isEqualTo("HD20261118-000001");
    assertThat(c.getString("status")).isEqualTo("PENDING");
    assertThat(c.getString("statusLabel")).isEqualTo("待审核");
    assertThat(c.getString("filedBy")).isEqualTo("agent2");
  }

  @Test
  @Order(2)
  void aComplaintNeedsAnAnsweredCallAndAReason() {
    assertThat(file(agent, "c-6", "没人接").errorCode()).isEqualTo("COMPLAINT_CALL_NOT_ANSWERED");
    assertThat(file(agent, "c-404", "不存在").status()).isEqualTo(404);
    assertThat(file(agent, "c-2", null).errorCode()).isEqualTo("COMPLAINT_REASON_REQUIRED");
    assertThat(file(agent, "c-2", null).status()).isEqualTo(400);
  }

  @Test
  @Order(3)
  void theReviewQueueListsPendingComplaintsAndAnAgentSeesOnlyThoseAboutThemselves() {
    JsonObject queue = api.get("/api/v1/agent-complaints?status=PENDING", lead).json();

    assertThat(queue.getLong("total")).isEqualTo(1);
    assertThat(queue.getJsonArray("items").getJsonObject(0).getLong("id")).isEqualTo(first);
    assertThat(api.get("/api/v1/agent-complaints", agent).json().getLong("total")).isEqualTo(1);
    assertThat(api.get("/api/v1/agent-complaints", agent2).json().getLong("total")).isZero();
    assertThat(api.get("/api/v1/agent-complaints?status=MAYBE", lead).errorCode())
        .isEqualTo("UNKNOWN_ENUM");
  }

  @Test
  @Order(4)
  void aPendingComplaintDoesNotCount() {
    JsonObject r = traffic();

    assertThat(r.getLong("answered")).isEqualTo(5);
    assertThat(r.getLong("complainedCalls")).isZero();
    assertThat(r.getString("agentComplaintRateText")).isEqualTo("0.0%");
  }

  @Test
  @Order(5)
  void onlyATeamLeadOrAManagerReviewsAndAlwaysWithAComment() {
    assertThat(review(agent2, first, true, "成立").status()).isEqualTo(403);
    assertThat(review(agent, first, false, "不是我").status()).isEqualTo(403);
    assertThat(review(lead, first, true, null).errorCode()).isEqualTo("REVIEW_COMMENT_REQUIRED");
  }

  @Test
  @Order(6)
  void anUpheldComplaintCountsForItsCallInTheTotalsTheAgentAndThePerson() {
    var r = review(lead, first, true, "听取录音，座席确有态度问题");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().getString("statusLabel")).isEqualTo("成立");
    assertThat(r.json().getString("reviewedBy")).isEqualTo("lead");

    JsonObject t = traffic();

    assertThat(t.getLong("complainedCalls")).isEqualTo(1);
    assertThat(t.getString("agentComplaintRateText")).isEqualTo("20.0%");
    assertThat(
            row(t.getJsonArray("byAgent"), "agent", "PJSIP/6001")
                .getString("agentComplaintRateText"))
        .isEqualTo("25.0%");
    JsonObject person = row(t.getJsonArray("byPerson"), "username", "agent");
    assertThat(person.getLong("complainedCalls")).isEqualTo(1);
    assertThat(person.getString("agentComplaintRateText")).isEqualTo("25.0%");
    JsonObject tickets = api.get("/api/v1/reports/tickets?" + DAY, manager).json();
    assertThat(tickets.getLong("agentComplaints")).isEqualTo(1);
    assertThat(tickets.getLong("answeredCalls")).isEqualTo(5);
  }

  @Test
  @Order(7)
  void aReviewIsFinal() {
    var again = review(manager, first, false, "改判");

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.errorCode()).isEqualTo("COMPLAINT_ALREADY_REVIEWED");
  }

  @Test
  @Order(8)
  void aRejectedComplaintDoesNotCount() {
    long id = file(agent, "c-5", "语速太快").json().getLong("id");
    assertThat(review(manager, id, false, "录音显示座席用语规范").json().getString("statusLabel"))
        .isEqualTo("不成立");

    JsonObject t = traffic();

    assertThat(t.getLong("complainedCalls")).isEqualTo(1);
    assertThat(
            row(t.getJsonArray("byPerson"), "username", "agent2")
                .getString("agentComplaintRateText"))
        .isEqualTo("0.0%");
    assertThat(api.get("/api/v1/calls/c-5/complaints", lead).json().getJsonArray("items"))
        .hasSize(1);
  }

  @Test
  @Order(9)
  void filingAndReviewsAreAudited() {
    JsonArray reviewed =
        api.get("/api/v1/admin/audit?action=AGENT_COMPLAINT_REVIEWED", admin)
            .json()
            .getJsonArray("items");
    JsonArray filed =
        api.get("/api/v1/admin/audit?action=AGENT_COMPLAINT_FILED", admin)
            .json()
            .getJsonArray("items");

    assertThat(reviewed).hasSize(2);
    assertThat(filed).hasSize(2);
  }

  @Test
  @Order(10)
  void theRecomputationFromTheRawCallsAgreesWithTheRollup() {
    JsonObject v = api.get("/api/v1/reports/traffic/verify?" + DAY, manager).json();

    assertThat(v.getBoolean("consistent")).as(v.encodePrettily()).isTrue();
    assertThat(String.valueOf(v.getJsonObject("rollup").getValue("成立投诉的接听通话"))).isEqualTo("1");
  }
}
