package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.hotline.infra.Application;
import gov.hotline.infra.audit.AuditVerifyCommand;
import gov.hotline.infra.config.HotlineConfig;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TestClock;
import gov.hotline.infra.support.TicketIntake;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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
 * The audit log: what is recorded, the admin API and CSV, append-only, and the hash chain that
 * reveals tampering.
 */
@Tag("db")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditApiTest {
  private static RunningServer server;
  private static ApiClient api;
  private static String admin;

  @BeforeAll
  static void start() {
    server = RunningServer.start("audit_api", Application.Mode.DEMO, TestClock.env());
    api = server.client();
    admin = api.login("admin", "hotline");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static long count(String where) {
    return server.database().number("SELECT count(*) FROM audit.audit_event WHERE " + where);
  }

  @Test
  void loginsAndTheirFailuresAndLogoutsAreRecordedWithTheClientAddress() {
    api.post(
        "/api/v1/auth/login",
        null,
        new JsonObject().put("username", "agent1").put("password", "wrong-1"));
    String token = api.login("agent1", "hotline");
    api.post("/api/v1/auth/logout", token, "");

    assertThat(
            count(
                "action = 'LOGIN' AND actor_username = 'agent1' AND result = 'FAILURE' "
                    + "AND detail = 'BAD_CREDENTIALS' AND client_address = '127.0.0.1'"))
        .isPositive();
    assertThat(
            count(
                "action = 'LOGIN' AND actor_username = 'agent1' AND actor_role = 'AGENT' "
                    + "AND result = 'SUCCESS'"))
        .isPositive();
    assertThat(count("action = 'LOGOUT' AND actor_username = 'agent1'")).isPositive();
  }

  @Test
  void aPermissionDenialIsRecorded() {
    api.get("/api/v1/admin/users", api.login("dispatcher1", "hotline"));

    assertThat(
            count(
                "action = 'FORBIDDEN' AND actor_username = 'dispatcher1' AND result = 'DENIED' "
                    + "AND target = 'GET /api/v1/admin/users'"))
        .isEqualTo(1);
  }

  @Test
  void aReportExportIsRecorded() {
    var r =
        api.get(
            "/api/v1/reports/traffic?period=day&date="
                + TestClock.TODAY.minusDays(1)
                + "&format=csv",
            api.login("manager1", "hotline"));
    assertThat(r.status()).isEqualTo(200);

    assertThat(
            count(
                "action = 'EXPORT' AND actor_username = 'manager1' AND target LIKE '%format=csv%'"))
        .isEqualTo(1);
  }

  @Test
  void everyAdminChangeIsRecordedWithItsOutcome() {
    api.put(
        "/api/v1/admin/calendar/days/2026-12-31",
        admin,
        new JsonObject().put("kind", "HOLIDAY").put("name", "测试"));
    api.put("/api/v1/admin/calendar/days/2026-12-30", admin, new JsonObject().put("kind", "NOPE"));

    assertThat(
            count(
                "action = 'ADMIN_CHANGE' AND actor_username = 'admin' "
                    + "AND target = 'PUT /api/v1/admin/calendar/days/2026-12-31' AND result = 'SUCCESS'"))
        .isEqualTo(1);
    assertThat(
            count(
                "action = 'ADMIN_CHANGE' AND target = 'PUT /api/v1/admin/calendar/days/2026-12-30' "
                    + "AND result = 'FAILURE'"))
        .isEqualTo(1);
  }

  @Test
  void everyReadOfAConfidentialTicketIsRecorded() {
    String agent = api.login("agent1", "hotline");
    var created =
        TicketIntake.aTicket()
            .callerName("匿名")
            .callerPhone("13900002222")
            .address("海淀区")
            .appealType("REPORT")
            .categoryId("SR01")
            .content("举报违规排污")
            .confidential(true)
            .post(api, agent);
    String no = created.json().getString("no");

    api.get("/api/v1/tickets/" + created.json().getLong("id"), agent);
    api.get("/api/v1/tickets/" + created.json().getLong("id"), api.login("manager1", "hotline"));

    assertThat(count("action = 'CONFIDENTIAL_READ' AND target = 'ticket " + no + "'")).isEqualTo(2);
  }

  @Test
  void anAdminReadsTheLogFilteredAndPagedAndAsCsv() {
    api.get("/api/v1/admin/users", api.login("lead1", "hotline"));

    JsonObject page =
        api.get("/api/v1/admin/audit?actor=lead1&action=FORBIDDEN&page=1&size=10", admin).json();
    var csv = api.get("/api/v1/admin/audit?actor=lead1&format=csv", admin);

    assertThat(page.getLong("total")).isPositive();
    assertThat(page.getJsonArray("items").getJsonObject(0).getString("action"))
        .isEqualTo("FORBIDDEN");
    assertThat(page.getJsonArray("items").getJsonObject(0).getString("actor")).isEqualTo("lead1");
    assertThat(csv.raw().headers().firstValue("content-type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).contains("操作").contains("FORBIDDEN").contains("lead1");
  }

  @Test
  void onlyAnAdminReadsTheLog() {
    assertThat(api.get("/api/v1/admin/audit", api.login("manager1", "hotline")).status())
        .isEqualTo(403);
  }

  @Test
  void theLogIsAppendOnly() {
    assertThatThrownBy(
            () -> server.database().dsl().execute("UPDATE audit.audit_event SET detail = 'x'"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> server.database().dsl().execute("DELETE FROM audit.audit_event"))
        .hasMessageContaining("append-only");
  }

  @Test
  @Order(1)
  void anUntouchedLogVerifiesAsConsistent() {
    api.get("/api/v1/admin/users", api.login("handler1", "hotline"));

    JsonObject v = api.get("/api/v1/admin/audit/verify", admin).json();

    assertThat(v.getBoolean("consistent")).isTrue();
    assertThat(v.getLong("checked")).isPositive();
    assertThat(v.getValue("firstBrokenId")).isNull();
  }

  @Test
  @Order(100)
  void anEditedOrDeletedRowIsFoundByTheVerify() {
    for (int i = 0; i < 3; i++) {
      api.get("/api/v1/admin/users", api.login("handler2", "hotline"));
    }
    var dsl = server.database().dsl();
    long edited = server.database().number("SELECT max(id) - 3 FROM audit.audit_event");
    String original =
        server.database().text("SELECT actor_username FROM audit.audit_event WHERE id = " + edited);
    // a DBA with the rights to switch off the append-only trigger
    dsl.execute("ALTER TABLE audit.audit_event DISABLE TRIGGER audit_event_no_update");
    dsl.execute("UPDATE audit.audit_event SET actor_username = 'nobody' WHERE id = " + edited);
    JsonObject afterEdit = api.get("/api/v1/admin/audit/verify", admin).json();
    dsl.execute(
        "UPDATE audit.audit_event SET actor_username = '" + original + "' WHERE id = " + edited);
    JsonObject restored = api.get("/api/v1/admin/audit/verify", admin).json();
    dsl.execute("DELETE FROM audit.audit_event WHERE id = " + (edited - 1));
    JsonObject afterDelete = api.get("/api/v1/admin/audit/verify", admin).json();
    dsl.execute("ALTER TABLE audit.audit_event ENABLE TRIGGER audit_event_no_update");

    assertThat(afterEdit.getBoolean("consistent")).isFalse();
    assertThat(afterEdit.getLong("firstBrokenId")).isEqualTo(edited);
    assertThat(afterEdit.getString("message")).contains("哈希链断开");
    assertThat(restored.getBoolean("consistent")).isTrue();
    assertThat(afterDelete.getBoolean("consistent")).isFalse();
    assertThat(afterDelete.getLong("firstBrokenId"))
        .as("the row after the deleted one")
        .isEqualTo(edited);
    var printed = new ByteArrayOutputStream();
    boolean cli =
        AuditVerifyCommand.run(
            HotlineConfig.from(
                Map.of(
                    "HOTLINE_DB_URL",
                    server.database().url(),
                    "HOTLINE_DB_USER",
                    server.database().user())),
            new PrintStream(printed, true, StandardCharsets.UTF_8));
    assertThat(cli).isFalse();
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("第 " + edited + " 条起哈希链断开");
  }
}
