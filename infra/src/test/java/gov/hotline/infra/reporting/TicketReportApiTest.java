package gov.hotline.infra.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.hotline.infra.Application;
import gov.hotline.infra.config.HotlineConfig;
import gov.hotline.infra.config.HotlineConfig.ConfigException;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TestClock;
import gov.hotline.infra.support.TicketIntake;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The ticket report (工单报表) on a fresh installation with known truth, all today: 3 phone
 * consultations (2 closed directly), 2 phone complaints about an agent's attitude
 * (12345热线服务/座席服务态度), 3 web requests for help that a street handles and replies to, 2 of them
 * called back (满意 and resolved; 不满意 and unresolved); telephony recorded 100 answered and 20
 * abandoned calls. Five complaints about the agent were filed against four answered calls: two
 * calls with one upheld (成立) each — one of them with a second upheld complaint — one rejected
 * (不成立), one left pending (待审核). 工单量 8, 直接办结率 2/8 = 25.0%, 回访率 2/3 = 66.7%, 满意率 1/2 = 50.0%, 座席被投诉率
 * = calls with an upheld complaint 2 / answered 100 = 2.0% (the two RX01 complaint tickets do not
 * count by their category).
 */
@Tag("db")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TicketReportApiTest {
  private static final String TODAY = TestClock.TODAY.toString();
  private static RunningServer server;
  private static ApiClient api;
  private static String manager;

  @BeforeAll
  static void scenario() throws IOException {
    server =
        RunningServer.start(
            "ticket_report",
            Application.Mode.START,
            TestClock.env(Map.of("HOTLINE_ADMIN_PASSWORD", "admin-secret-1")));
    api = server.client();
    String admin = api.login("admin", "admin-secret-1");
    try (InputStream in =
        TicketReportApiTest.class.getResourceAsStream("/demo/haidian-units.json")) {
      var r =
          api.post(
              "/api/v1/dispatch/units/import",
              admin,
              new String(in.readAllBytes(), StandardCharsets.UTF_8));
      assertThat(r.status()).as(r.body()).isEqualTo(200);
    }
    String agent = user(admin, "agent", "AGENT", "HD_CENTER");
    String dispatcher = user(admin, "dispatcher", "DISPATCHER", "HD_CENTER");
    String street = user(admin, "street", "UNIT_HANDLER", "STR_QH");
    manager = user(admin, "manager", "MANAGER", "HD");
    for (int i = 0; i < 3; i++) {
      long id = ticket(agent, "PHONE", "CONSULT", "ZW02", "咨询办事地点 " + i);
      if (i < 2) {
        act(id, "direct-close", agent, new JsonObject().put("answer", "已告知办理地点"));
      }
    }
    for (int i = 0; i < 2; i++) {
      act(
          ticket(agent, "PHONE", "COMPLAINT", "RX01", "投诉座席态度生硬 " + i),
          "submit",
          agent,
          new JsonObject());
    }
    for (int i = 0; i < 3; i++) {
      long id = ticket(agent, "WEB", "HELP", "SR01", "小区垃圾无人清运 " + i);
      act(id, "submit", agent, new JsonObject());
      act(id, "dispatch", dispatcher, new JsonObject().put("leadUnitId", "STR_QH"));
      act(id, "sign", street, new JsonObject());
      act(id, "reply", street, new JsonObject().put("content", "已清运"));
      if (i < 2) {
        act(
            id,
            "callback",
            agent,
            new JsonObject()
                .put("resolved", i == 0)
                .put("satisfaction", i == 0 ? "SATISFIED" : "DISSATISFIED"));
      }
    }
    server
        .database()
        .dsl()
        .execute(
            """
        INSERT INTO telephony.call (id, server_id, direction, outcome, queue, started_at, entered_queue_at,
                                    answered_at, ended_at, wait_seconds, talk_seconds, agent_interface)
        SELECT 'test-' || n, 'lab', 'INBOUND', CASE WHEN n <= 100 THEN 'ANSWERED' ELSE 'ABANDONED' END, 'hotline',
               t.at, t.at, CASE WHEN n <= 100 THEN t.at END, t.at, 5, CASE WHEN n <= 100 THEN 60 ELSE 0 END,
               CASE WHEN n <= 100 THEN 'PJSIP/6001' END
        FROM generate_series(1, 120) AS n, (SELECT ?::timestamptz AS at) AS t""",
            TestClock.now().toString());
    String lead = user(admin, "lead", "TEAM_LEAD", "HD_CENTER");
    complaint(agent, lead, "test-1", Boolean.TRUE);
    complaint(
        agent, lead, "test-1", Boolean.TRUE); // a second upheld complaint: the call counts once
    complaint(agent, lead, "test-2", Boolean.TRUE);
    complaint(agent, lead, "test-3", Boolean.FALSE);
    complaint(agent, lead, "test-4", null); // pending
  }

  /** Files a complaint about the call's agent; {@code upheld} null leaves it pending. */
  private static void complaint(String agent, String lead, String callId, Boolean upheld) {
    var filed =
        api.post(
            "/api/v1/agent-complaints",
            agent,
            new JsonObject().put("callId", callId).put("reason", "座席态度生硬"));
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    if (upheld != null) {
      var reviewed =
          api.post(
              "/api/v1/agent-complaints/" + filed.json().getLong("id") + "/review",
              lead,
              new JsonObject().put("upheld", upheld).put("comment", "已听录音核实"));
      assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
    }
  }

  private static String user(String admin, String name, String role, String unit) {
    var r =
        api.post(
            "/api/v1/admin/users",
            admin,
            new JsonObject()
                .put("username", name)
                .put("password", "Qinghe-2026-ok")
                .put("role", role)
                .put("unitId", unit));
    assertThat(r.status()).as(r.body()).isIn(200, 201);
    return api.login(name, "Qinghe-2026-ok");
  }

  private static long ticket(
      String agent, String channel, String type, String category, String content) {
    var r =
        TicketIntake.aTicket()
            .channel(channel)
            .callerPhone("13900001111")
            .appealType(type)
            .categoryId(category)
            .content(content)
            .post(api, agent);
    assertThat(r.status()).as(r.body()).isIn(200, 201);
    return r.json().getLong("id");
  }

  private static void act(long id, String action, String token, JsonObject body) {
    var r = api.post("/api/v1/tickets/" + id + "/" + action, token, body);
    assertThat(r.status()).as(action + " " + r.body()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonObject report(String query) {
    var r = api.get("/api/v1/reports/tickets?" + query, manager);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static JsonObject row(JsonObject report, String breakdown, String key, String value) {
    return report.getJsonArray(breakdown).stream()
        .map(o -> (JsonObject) o)
        .filter(o -> value.equals(o.getString(key)))
        .findFirst()
        .orElseThrow();
  }

  @Test
  @Order(1)
  void volumeIsCountedByChannelAppealTypeAndCategory() {
    JsonObject r = report("period=day&date=" + TODAY);

    assertThat(r.getLong("created")).isEqualTo(8);
    assertThat(row(r, "byChannel", "channel", "PHONE").getLong("created")).isEqualTo(5);
    assertThat(row(r, "byChannel", "channel", "WEB").getLong("created")).isEqualTo(3);
    assertThat(row(r, "byChannel", "channel", "WECHAT").getLong("created")).isZero();
    assertThat(row(r, "byAppealType", "appealType", "COMPLAINT").getLong("created")).isEqualTo(2);
    assertThat(row(r, "byCategory", "categoryId", "RX01").getString("label"))
        .isEqualTo("12345热线服务/座席服务态度");
    assertThat(row(r, "byCategoryGroup", "categoryId", "SR").getLong("created")).isEqualTo(3);
  }

  @Test
  @Order(1)
  void directCloseCallbackAndSatisfactionRatesEqualTheHandComputedOnes() {
    JsonObject r = report("period=week&date=" + TODAY);

    assertThat(r.getDouble("directCloseRate")).isEqualTo(0.25);
    assertThat(r.getString("directCloseRateText")).isEqualTo("25.0%");
    assertThat(r.getLong("replied")).isEqualTo(3);
    assertThat(r.getLong("calledBack")).isEqualTo(2);
    assertThat(r.getString("callbackRateText")).isEqualTo("66.7%");
    assertThat(r.getString("satisfactionRateText")).isEqualTo("50.0%");
    assertThat(r.getString("resolutionRateText")).isEqualTo("50.0%");
  }

  @Test
  @Order(1)
  void onlyCallsWithAnUpheldComplaintAreDividedByTheCallsAnswered() {
    JsonObject r = report("period=month&date=" + TODAY);

    assertThat(r.getLong("agentComplaints")).isEqualTo(2);
    assertThat(r.getLong("answeredCalls")).isEqualTo(100);
    assertThat(r.getString("agentComplaintRateText")).isEqualTo("2.0%");
  }

  @Test
  @Order(1)
  void theTrafficContractPanelJudgesComplaintsAndSatisfactionAgainstTheirTargets() {
    var r = api.get("/api/v1/reports/traffic?period=month&date=" + TODAY, manager).json();
    List<JsonObject> checks = r.getJsonArray("contract").stream().map(o -> (JsonObject) o).toList();

    assertThat(checks)
        .extracting(c -> c.getString("indicator"))
        .containsExactly("月度呼损率", "接通率", "15 秒接通率", "座席被投诉率", "满意率");
    assertThat(checks.get(3).getString("target")).isEqualTo("≤ 1.0%");
    assertThat(checks.get(3).getString("actual")).isEqualTo("2.0%");
    assertThat(checks.get(3).getString("verdict")).isEqualTo("未达标");
    assertThat(checks.get(4).getString("target")).isEqualTo("≥ 95.0%");
    assertThat(checks.get(4).getString("actual")).isEqualTo("50.0%");
    assertThat(checks.get(4).getBoolean("pass")).isFalse();
  }

  @Test
  @Order(1)
  void aDayWithoutTicketsGivesZerosAndDashes() {
    JsonObject r = report("period=day&date=2025-01-01");
    String csv =
        api.get("/api/v1/reports/tickets?period=day&format=csv&date=2025-01-01", manager).body();

    assertThat(r.getLong("created")).isZero();
    assertThat(r.getValue("directCloseRate")).isNull();
    assertThat(r.getString("directCloseRateText")).isEqualTo("—");
    assertThat(r.getString("agentComplaintRateText")).isEqualTo("—");
    assertThat(r.getJsonArray("contract").stream().map(o -> ((JsonObject) o).getString("verdict")))
        .containsOnly("不适用");
    assertThat(csv).contains("工单日报").doesNotContain("NaN");
  }

  @Test
  @Order(1)
  void theReportDownloadsAsCsvXlsxAndHtmlWithChineseHeadings() {
    var csv = api.get("/api/v1/reports/tickets?period=day&format=csv&date=" + TODAY, manager);
    var xlsx = api.get("/api/v1/reports/tickets?period=day&format=xlsx&date=" + TODAY, manager);
    var html = api.get("/api/v1/reports/tickets?period=day&format=html&date=" + TODAY, manager);

    assertThat(csv.raw().headers().firstValue("content-type").orElse("")).startsWith("text/csv");
    assertThat(csv.body())
        .contains("渠道,工单量,直接办结,直接办结率,需回访（反馈）,已回访,回访率")
        .contains("电话,5,2,40.0%,0,0,—")
        .contains("座席被投诉率,≤ 1.0%,2.0%,未达标");
    assertThat(xlsx.raw().headers().firstValue("content-type").orElse(""))
        .contains("spreadsheetml");
    assertThat(html.body()).contains("工单日报").contains("按问题分类（二级）").contains("<svg");
  }

  @Test
  @Order(1)
  void theReportDownloadsAsAPrintablePdfWithItsChineseText() throws IOException {
    var pdf =
        api.getBytes("/api/v1/reports/tickets?period=quarter&format=pdf&date=" + TODAY, manager);

    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.raw().headers().firstValue("content-type").orElse(""))
        .isEqualTo("application/pdf");
    assertThat(pdf.raw().headers().firstValue("content-disposition").orElse(""))
        .contains("attachment")
        .contains(".pdf");
    byte[] bytes = pdf.body();
    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (var d = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(d);
      assertThat(text)
          .contains("2026年第4季度 工单季报")
          .contains("12345 政务服务便民热线")
          .contains("直接办结率")
          .contains("25.0%");
    }
  }

  @Test
  @Order(1)
  void badInputIsRefusedInChinese() {
    assertThat(
            api.get("/api/v1/reports/tickets?period=fortnight&date=" + TODAY, manager).errorCode())
        .isEqualTo("UNKNOWN_PERIOD");
    assertThat(
            api.get("/api/v1/reports/tickets?period=day&date=2099-01-01", manager).errorMessage())
        .contains("统计周期尚未开始");
    assertThat(
            api.get("/api/v1/reports/tickets?period=day&date=" + TODAY + "&format=docx", manager)
                .errorCode())
        .isEqualTo("UNKNOWN_FORMAT");
    assertThat(
            api.get(
                    "/api/v1/reports/tickets?period=day&date=" + TODAY,
                    api.login("agent", "Qinghe-2026-ok"))
                .status())
        .isEqualTo(403);
  }

  @Test
  @Order(1)
  void theQuarterTheYearAndADateRangeAroundTodayCountTodaysTickets() {
    for (String q :
        List.of(
            "period=quarter&date=" + TODAY,
            "period=year&date=" + TODAY,
            "period=range&from=2026-11-15&to="
                + TODAY
                + "&name="
                + URLEncoder.encode("重点时期", StandardCharsets.UTF_8))) {
      var r = api.get("/api/v1/reports/tickets?" + q, manager);
      assertThat(r.status()).as(q + " " + r.body()).isEqualTo(200);
      assertThat(r.json().getLong("created")).as(q).isEqualTo(8);
      assertThat(r.json().getString("directCloseRateText")).as(q).isEqualTo("25.0%");
    }
    var quarter = api.get("/api/v1/reports/tickets?period=quarter&date=" + TODAY, manager).json();
    assertThat(quarter.getString("title")).isEqualTo("2026年第4季度 工单季报");
    assertThat(quarter.getJsonObject("period").getString("first")).isEqualTo("2026-10-01");
    assertThat(quarter.getJsonArray("byDay")).hasSize(92);
    var range =
        api.get(
                "/api/v1/reports/tickets?period=range&from=2026-11-15&to="
                    + TODAY
                    + "&name="
                    + URLEncoder.encode("重点时期", StandardCharsets.UTF_8),
                manager)
            .json();
    assertThat(range.getString("title")).isEqualTo("重点时期（2026年11月15日—11月18日） 工单报表");
    assertThat(range.getJsonArray("byDay")).hasSize(4);
    // the days before today hold nothing: a range that ends yesterday has no tickets
    assertThat(
            api.get("/api/v1/reports/tickets?period=range&from=2026-11-15&to=2026-11-17", manager)
                .json()
                .getLong("created"))
        .isZero();
  }

  @Test
  @Order(1)
  void badRangesAreRefusedInChinese() {
    var future =
        api.get("/api/v1/reports/tickets?period=range&from=2026-11-15&to=2026-11-19", manager);
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.errorMessage()).contains("晚于今天");
    var reversed =
        api.get("/api/v1/reports/tickets?period=range&from=2026-11-18&to=2026-11-01", manager);
    assertThat(reversed.errorCode()).isEqualTo("INVALID_RANGE");
    assertThat(reversed.errorMessage()).contains("早于开始日期");
    var tooLong =
        api.get("/api/v1/reports/tickets?period=range&from=2024-01-01&to=2026-11-18", manager);
    assertThat(tooLong.errorCode()).isEqualTo("RANGE_TOO_LONG");
    assertThat(tooLong.errorMessage()).contains("最长 366 天");
    assertThat(
            api.get("/api/v1/reports/tickets?period=range&from=2026-11-01", manager).errorMessage())
        .contains("缺少参数：to");
    assertThat(
            api.get("/api/v1/reports/traffic?period=quarter&date=2027-01-01", manager).errorCode())
        .isEqualTo("FUTURE_PERIOD");
    assertThat(
            api.get("/api/v1/reports/units?period=range&from=2026-11-18&to=2026-11-10", manager)
                .status())
        .isEqualTo(400);
  }

  @Test
  @Order(1)
  void theArchiveStoresTheTicketReportInEveryFormat() {
    var r =
        api.post(
            "/api/v1/reports/archive",
            manager,
            new JsonObject()
                .put("report", "TICKETS")
                .put("period", "day")
                .put("date", TODAY)
                .put("partial", true));

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(
            r.json().getJsonArray("items").stream()
                .map(o -> ((JsonObject) o).getString("reportLabel")))
        .containsOnly("工单报表")
        .hasSize(4);
  }

  @Test
  @Order(2)
  void theRollupsEqualARecomputationFromTheRawHistory() {
    var r = api.get("/api/v1/reports/tickets/verify?period=month&date=" + TODAY, manager).json();

    assertThat(r.getBoolean("consistent")).as(r.encodePrettily()).isTrue();
    assertThat(r.getJsonArray("totals").getJsonObject(0).getString("rollup")).isEqualTo("8");
  }

  private static String verifyCommand(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HotlineConfig cfg =
        HotlineConfig.from(
            TestClock.env(
                Map.of(
                    "HOTLINE_DB_URL",
                    server.database().url(),
                    "HOTLINE_DB_USER",
                    server.database().user())));
    boolean consistent =
        ReportVerifyCommand.run(
            cfg, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8));
    return consistent + "\n" + out.toString(StandardCharsets.UTF_8);
  }

  @Test
  @Order(2)
  void theVerifyCommandPrintsRollupAndRecomputationSideBySideWithAVerdict() {
    String out = verifyCommand("--period", "month", "--date", TODAY);

    assertThat(out)
        .startsWith("true")
        .contains("【话务报表】")
        .contains("【承办单位三率】")
        .contains("【工单报表】")
        .containsPattern("接听数\\s+100\\s+100\\s+一致")
        .containsPattern("工单量\\s+8\\s+8\\s+一致")
        .contains("总结论：全部一致");
  }

  @Test
  @Order(2)
  void theVerifyCommandRefusesBadArgumentsInChinese() {
    assertThatThrownBy(() -> verifyCommand("--period", "fortnight", "--date", TODAY))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("不支持的统计周期");
    assertThatThrownBy(() -> verifyCommand("--month", TODAY))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("未知参数");
  }

  @Test
  @Order(3)
  void aRollupThatDriftedFromTheRawHistoryIsReportedAsADifference() {
    server
        .database()
        .dsl()
        .execute(
            "UPDATE reporting.ticket_day SET created = created + 1 WHERE category_id = 'SR01'");

    String out = verifyCommand("--period", "day", "--date", TODAY);

    assertThat(out)
        .startsWith("false")
        .containsPattern("工单量\\s+9\\s+8\\s+不一致")
        .contains("差异 1 项")
        .contains("总结论：发现差异");
  }
}
