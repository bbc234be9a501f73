package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TestClock;
import gov.hotline.infra.support.TicketIntake;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The administrators' half of the console over HTTP: the business calendar moves open tickets'
 * deadlines (computed by hand below), a year's list is imported, SLA classes are edited with
 * validation and audit, users are logged out by force. The server's clock starts on Wednesday
 * 2026-11-18 10:00 Beijing time ({@link TestClock}).
 */
@Tag("db")
class AdminApiTest {
  private static RunningServer server;
  private static ApiClient api;
  private static String admin;
  private static String agent;
  private static String dispatcher;

  @BeforeAll
  static void start() {
    server = RunningServer.start("admin_api", Application.Mode.DEMO, TestClock.env());
    api = server.client();
    admin = api.login("admin", "hotline");
    agent = api.login("agent1", "hotline");
    dispatcher = api.login("dispatcher1", "hotline");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Instant beijing(int month, int day, int hour, int minute, int second) {
    return LocalDateTime.of(2026, month, day, hour, minute, second)
        .atZone(TestClock.ZONE)
        .toInstant();
  }

  /** A ticket of {@code category} dispatched now (Wednesday morning) to 清河街道. */
  private static long dispatched(String category) {
    long id =
        TicketIntake.aTicket()
            .callerName("李四")
            .callerPhone("13912345678")
            .address("海淀区清河街道安宁里小区")
            .appealType("HELP")
            .categoryId(category)
            .urgency("NORMAL")
            .content("小区门口道路破损，请尽快修复")
            .create(api, agent);
    assertThat(api.post("/api/v1/tickets/" + id + "/submit", agent, new JsonObject()).status())
        .isEqualTo(200);
    var d =
        api.post(
            "/api/v1/tickets/" + id + "/dispatch",
            dispatcher,
            new JsonObject().put("leadUnitId", "STR_QH"));
    assertThat(d.status()).as(d.body()).isEqualTo(200);
    return id;
  }

  private static Instant handleDue(long id) {
    return Instant.parse(api.get("/api/v1/tickets/" + id, admin).json().getString("handleDueAt"));
  }

  @Test
  void aMakeUpWorkdayMovesAnOpenTicketsDeadlineEarlierAndRemovingItMovesItBack() {
    long id = dispatched("SZ01");
    // 7 working days after Wednesday 11-18, the day itself not counted: Thu 19 … Fri 27, due at its
    // end
    assertThat(handleDue(id)).isEqualTo(beijing(11, 27, 23, 59, 59));

    var added =
        api.put(
            "/api/v1/admin/calendar/days/2026-11-21",
            admin,
            new JsonObject().put("kind", "WORKDAY").put("name", "测试调休上班"));

    assertThat(added.status()).as(added.body()).isEqualTo(200);
    assertThat(added.json().getInteger("ticketsMoved")).isPositive();
    // Saturday 11-21 now counts: Thu 19, Fri 20, Sat 21, Mon 23 … Thu 26
    assertThat(handleDue(id)).isEqualTo(beijing(11, 26, 23, 59, 59));
    assertThat(api.delete("/api/v1/admin/calendar/days/2026-11-21", admin).status()).isEqualTo(200);
    assertThat(handleDue(id)).isEqualTo(beijing(11, 27, 23, 59, 59));
  }

  @Test
  void aYearsListIsImportedFromLinesAndAReplacementDropsTheYearsOtherDays() {
    var r =
        api.post(
            "/api/v1/admin/calendar/import",
            admin,
            "# 2027\n2027-01-01 休 元旦\n2027-02-06~2027-02-12 休 春节\n" + "2027-02-20 班 春节调休上班\n");

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().getInteger("imported")).isEqualTo(9);
    assertThat(api.get("/api/v1/calendar/days?year=2027", agent).json().getJsonArray("items"))
        .hasSize(9);

    var replaced =
        api.post(
            "/api/v1/admin/calendar/import",
            admin,
            new JsonObject()
                .put("replaceYears", true)
                .put(
                    "days",
                    new JsonArray()
                        .add(
                            new JsonObject()
                                .put("date", "2027-01-01")
                                .put("kind", "HOLIDAY")
                                .put("name", "元旦"))));

    assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
    var days = api.get("/api/v1/calendar/days?year=2027", agent).json().getJsonArray("items");
    assertThat(days).hasSize(1);
    assertThat(days.getJsonObject(0).getString("name")).isEqualTo("元旦");
    assertThat(api.get("/api/v1/calendar/days?year=2026", agent).json().getJsonArray("items"))
        .isNotEmpty();
  }

  @Test
  void aBadCalendarListIsRefusedWithItsLineAndNothingIsStored() {
    var r =
        api.post("/api/v1/admin/calendar/import", admin, "2028-01-01 休 元旦\n2028-13-01 休 不存在的月份\n");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorMessage()).contains("第 2 行");
    assertThat(api.get("/api/v1/calendar/days?year=2028", agent).json().getJsonArray("items"))
        .isEmpty();
    assertThat(api.post("/api/v1/admin/calendar/import", agent, "2028-01-01 休").status())
        .isEqualTo(403);
  }

  @Test
  void theFourHaidianClassesAreOfferedAndTheUtilityAndComplexOnesAreTheDemoDefaults() {
    var classes = api.get("/api/v1/admin/sla-classes", admin).json().getJsonArray("items");
    var policies = api.get("/api/v1/sla-policies", agent).json().getJsonArray("items");

    assertThat(classes.stream().map(o -> ((JsonObject) o).getString("handling")))
        .containsExactly("2h", "24h", "7wd", "15wd");
    assertThat(
            policies.stream()
                .map(o -> (JsonObject) o)
                .filter(
                    p ->
                        "NORMAL".equals(p.getString("urgency"))
                            && p.getString("categoryId") != null)
                .map(p -> p.getString("categoryId") + "=" + p.getString("handling")))
        .contains("GY=24h", "LD02=15wd", "QT03=15wd");
  }

  @Test
  void aCategoryGivenTheComplexClassGetsFifteenWorkingDaysAndTheChangeIsAudited() {
    var r =
        api.put(
            "/api/v1/admin/sla-policies",
            admin,
            new JsonObject()
                .put("categoryId", "SZ04")
                .put("urgency", "NORMAL")
                .put("slaClass", "COMPLEX_15D"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().getString("handling")).isEqualTo("15wd");

    long id = dispatched("SZ04");

    // 15 working days after Wednesday 11-18: Thu 19, Fri 20, 23–27 (7), 11-30–12-04 (12), Mon 7 …
    // Wed 9 (15)
    assertThat(handleDue(id)).isEqualTo(beijing(12, 9, 23, 59, 59));
    var audit =
        api.get("/api/v1/admin/audit?action=SLA_POLICY_CHANGE", admin).json().getJsonArray("items");
    assertThat(audit.stream().map(o -> (JsonObject) o))
        .anySatisfy(
            e -> {
              assertThat(e.getString("target")).isEqualTo("SZ04/NORMAL");
              assertThat(e.getString("detail")).contains("办理 7wd→15wd");
              assertThat(e.getString("actor")).isEqualTo("admin");
            });
  }

  @Test
  void theAuditLogIsExportedAsAWorkbookWithItsRows() throws Exception {
    api.put(
        "/api/v1/admin/sla-policies",
        admin,
        new JsonObject()
            .put("categoryId", "SZ01")
            .put("urgency", "URGENT")
            .put("slaClass", "EMERGENCY_2H"));

    var xlsx = api.getBytes("/api/v1/admin/audit?action=SLA_POLICY_CHANGE&format=xlsx", admin);

    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.header("content-type")).contains("spreadsheetml");
    assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    StringBuilder text = new StringBuilder();
    var file = Files.createTempFile("audit", ".xlsx"); // ZipFile reads the central directory
    Files.write(file, xlsx.body());
    try (var zip = new ZipFile(file.toFile())) {
      for (var e : Collections.list(zip.entries())) {
        if (e.getName().startsWith("xl/")) {
          text.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } finally {
      Files.deleteIfExists(file);
    }
    String xml =
        Pattern.compile("&#x([0-9a-fA-F]+);")
            .matcher(text) // XML character references
            .replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
    assertThat(xml)
        .contains("审计日志")
        .contains("来源地址")
        .contains("SZ01/URGENT")
        .contains("SLA_POLICY_CHANGE");
    assertThat(api.getBytes("/api/v1/admin/audit?format=xlsx", agent).status()).isEqualTo(403);
  }

  @Test
  void removingACategorysOwnPolicyGoesBackToTheDefaultButTheDefaultStays() {
    api.put(
        "/api/v1/admin/sla-policies",
        admin,
        new JsonObject()
            .put("categoryId", "SZ03")
            .put("urgency", "NORMAL")
            .put("slaClass", "UTILITY_24H"));

    assertThat(
            api.delete("/api/v1/admin/sla-policies?categoryId=SZ03&urgency=NORMAL", admin).status())
        .isEqualTo(200);
    assertThat(
            api.delete("/api/v1/admin/sla-policies?categoryId=SZ03&urgency=NORMAL", admin).status())
        .isEqualTo(404);
    assertThat(api.delete("/api/v1/admin/sla-policies?urgency=NORMAL", admin).errorCode())
        .isEqualTo("DEFAULT_POLICY");
  }

  @Test
  void unreasonablePoliciesAreRefusedWithReasons() {
    var longSign =
        api.put(
            "/api/v1/admin/sla-policies",
            admin,
            new JsonObject()
                .put("categoryId", "SZ02")
                .put("urgency", "NORMAL")
                .put("signFor", "3wd")
                .put("handling", "24h")
                .put("callback", "1wd"));
    var tooLong =
        api.put(
            "/api/v1/admin/sla-policies",
            admin,
            new JsonObject()
                .put("categoryId", "SZ02")
                .put("urgency", "NORMAL")
                .put("signFor", "4wh")
                .put("handling", "700wd")
                .put("callback", "1wd"));
    var badClass =
        api.put(
            "/api/v1/admin/sla-policies",
            admin,
            new JsonObject()
                .put("categoryId", "SZ02")
                .put("urgency", "NORMAL")
                .put("slaClass", "SOMETIME"));
    var noUrgency =
        api.put(
            "/api/v1/admin/sla-policies", admin, new JsonObject().put("slaClass", "GENERAL_7D"));

    assertThat(List.of(longSign.status(), tooLong.status(), badClass.status(), noUrgency.status()))
        .containsOnly(400);
    assertThat(longSign.errorMessage()).contains("签收时限（3个工作日）不能长于办理时限（24小时）");
    assertThat(tooLong.errorCode()).isEqualTo("TIME_LIMIT_TOO_LONG");
    assertThat(
            api.put(
                    "/api/v1/admin/sla-policies",
                    agent,
                    new JsonObject().put("urgency", "NORMAL").put("slaClass", "GENERAL_7D"))
                .status())
        .isEqualTo(403);
  }

  @Test
  void aForcedLogoutEndsEveryOpenSessionAtOnceButTheAccountStillLogsIn() {
    var created =
        api.post(
            "/api/v1/admin/users",
            admin,
            new JsonObject()
                .put("username", "force1")
                .put("password", "Qinghe-2026-ok")
                .put("role", "AGENT")
                .put("unitId", "HD_CENTER"));
    long id = created.json().getLong("id");
    String first = api.login("force1", "Qinghe-2026-ok");
    String second = api.login("force1", "Qinghe-2026-ok");

    var r = api.post("/api/v1/admin/users/" + id + "/logout", admin, "");

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().getInteger("sessionsEnded")).isEqualTo(2);
    assertThat(api.get("/api/v1/tickets", first).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/tickets", second).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/auth/me", api.login("force1", "Qinghe-2026-ok")).status())
        .isEqualTo(200);
  }

  @Test
  void thePasswordPolicyIsShownToAdminsOnly() {
    var r = api.get("/api/v1/admin/password-policy", admin);

    assertThat(r.json().getInteger("minLength")).isEqualTo(10);
    assertThat(r.json().getJsonArray("rules").encode()).contains("字母和数字").contains("不能包含用户名");
    assertThat(api.get("/api/v1/admin/password-policy", agent).status()).isEqualTo(403);
  }
}
