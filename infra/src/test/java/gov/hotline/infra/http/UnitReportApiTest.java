package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TestClock;
import gov.hotline.infra.support.TicketIntake;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The unit ranking (三率) on a scenario with known truth: a test street gets 4 dispatches, signs 3
 * (on time), replies to 2; the callbacks find one resolved and satisfied, one unresolved and
 * dissatisfied. 响应率 3/4, 解决率 1/2, 满意率 1/2, score 100 × (0.2 × 0.75 + 0.4 × 0.5 + 0.4 × 0.5) = 55.0.
 */
@Tag("db")
class UnitReportApiTest {
  private static final String TODAY = TestClock.TODAY.toString();
  private static RunningServer server;
  private static ApiClient api;
  private static String manager;
  private static String streetHandler;

  @BeforeAll
  static void scenario() {
    server = RunningServer.start("unit_report", Application.Mode.DEMO, TestClock.env());
    api = server.client();
    String admin = api.login("admin", "hotline");
    api.put(
        "/api/v1/admin/units/STR_TEST",
        admin,
        new JsonObject().put("parentId", "HD").put("name", "测试街道").put("type", "STREET"));
    api.post(
        "/api/v1/admin/users",
        admin,
        new JsonObject()
            .put("username", "tester")
            .put("password", "Qinghe-2026-ok")
            .put("role", "UNIT_HANDLER")
            .put("unitId", "STR_TEST"));
    streetHandler = api.login("tester", "Qinghe-2026-ok");
    manager = api.login("manager1", "hotline");
    String agent = api.login("agent1", "hotline");
    String dispatcher = api.login("dispatcher1", "hotline");
    for (int i = 0; i < 4; i++) {
      long id =
          TicketIntake.aTicket()
              .callerPhone("1390000000" + i)
              .categoryId("SR01")
              .content("测试诉求 " + i)
              .create(api, agent);
      act(id, "submit", agent, new JsonObject());
      act(id, "dispatch", dispatcher, new JsonObject().put("leadUnitId", "STR_TEST"));
      if (i < 3) {
        act(id, "sign", streetHandler, new JsonObject());
      }
      if (i < 2) {
        act(id, "reply", streetHandler, new JsonObject().put("content", "已处理"));
        act(
            id,
            "callback",
            agent,
            new JsonObject()
                .put("resolved", i == 0)
                .put("satisfaction", i == 0 ? "SATISFIED" : "DISSATISFIED"));
      }
    }
  }

  private static void act(long id, String action, String token, JsonObject body) {
    var r = api.post("/api/v1/tickets/" + id + "/" + action, token, body);
    assertThat(r.status()).as(action + " " + r.body()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static List<JsonObject> rows(String token, String query) {
    var r = api.get("/api/v1/reports/units?" + query, token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().getJsonArray("items").stream().map(o -> (JsonObject) o).toList();
  }

  @Test
  void theTestStreetHasTheThreeRatesComputedByHand() {
    JsonObject street =
        rows(manager, "period=day&date=" + TODAY).stream()
            .filter(r -> r.getString("unitId").equals("STR_TEST"))
            .findFirst()
            .orElseThrow();

    assertThat(street.getLong("dispatched")).isEqualTo(4);
    assertThat(street.getLong("signedOnTime")).isEqualTo(3);
    assertThat(street.getDouble("responseRate")).isEqualTo(0.75);
    assertThat(street.getString("responseRateText")).isEqualTo("75.0%");
    assertThat(street.getDouble("resolutionRate")).isEqualTo(0.5);
    assertThat(street.getDouble("satisfactionRate")).isEqualTo(0.5);
    assertThat(street.getDouble("score")).isEqualTo(55.0);
    assertThat(street.getString("unitName")).isEqualTo("测试街道");
  }

  @Test
  void theRankingIsOrderedByScoreWithUnitsWithoutDataListedAfterIt() {
    List<JsonObject> all = rows(manager, "period=week&date=" + TODAY);
    List<JsonObject> ranked = all.stream().filter(r -> r.getBoolean("ranked")).toList();
    List<JsonObject> apart = all.subList(ranked.size(), all.size());

    assertThat(ranked).isNotEmpty();
    assertThat(ranked.get(0).getInteger("rank")).isEqualTo(1);
    for (int i = 1; i < ranked.size(); i++) {
      assertThat(ranked.get(i).getDouble("score"))
          .isLessThanOrEqualTo(ranked.get(i - 1).getDouble("score"));
    }
    assertThat(apart)
        .allSatisfy(
            r -> {
              assertThat(r.getBoolean("ranked")).isFalse();
              assertThat(r.getValue("rank")).isNull();
              assertThat(r.getString("scoreText")).isEqualTo("无数据");
              assertThat(r.getString("responseRateText")).isEqualTo("无数据");
            });
  }

  @Test
  void theRollupsEqualARecomputationFromTheRawHistory() {
    var r = api.get("/api/v1/reports/units/verify?period=month&date=" + TODAY, manager);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().getBoolean("consistent")).as(r.body()).isTrue();
    assertThat(r.json().getInteger("units")).isGreaterThan(5);
  }

  @Test
  void aUnitSeesOnlyItsOwnRowsWithTheirPlaceInTheWholeRanking() {
    List<JsonObject> mine = rows(streetHandler, "period=day&date=" + TODAY);

    assertThat(mine).extracting(r -> r.getString("unitId")).containsExactly("STR_TEST");
  }

  @Test
  void aDayWithoutActivityIsAnEmptyRankingNotAnError() {
    assertThat(rows(manager, "period=day&date=2025-01-01")).isEmpty();
  }

  @Test
  void badPeriodsAreRefused() {
    assertThat(api.get("/api/v1/reports/units?period=fortnight&date=" + TODAY, manager).errorCode())
        .isEqualTo("UNKNOWN_PERIOD");
    assertThat(api.get("/api/v1/reports/units?period=day&date=2099-01-01", manager).errorCode())
        .isEqualTo("FUTURE_PERIOD");
    assertThat(api.get("/api/v1/reports/units?period=day&date=yesterday", manager).errorCode())
        .isEqualTo("INVALID_DATE");
    assertThat(
            api.get(
                    "/api/v1/reports/units?period=day&date=" + TODAY,
                    api.login("agent1", "hotline"))
                .status())
        .isEqualTo(403);
  }

  @Test
  void theRankingDownloadsAsCsvXlsxAndHtmlWithChineseHeadings() {
    var csv = api.get("/api/v1/reports/units?period=day&format=csv&date=" + TODAY, manager);
    var xlsx = api.get("/api/v1/reports/units?period=day&format=xlsx&date=" + TODAY, manager);
    var html = api.get("/api/v1/reports/units?period=day&format=html&date=" + TODAY, manager);

    assertThat(csv.raw().headers().firstValue("content-type").orElse("")).startsWith("text/csv");
    assertThat(csv.body())
        .contains("排名,承办单位,派单数,按时签收,响应率")
        .contains("测试街道,4,3,75.0%,2,50.0%,50.0%");
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.raw().headers().firstValue("content-disposition").orElse(""))
        .contains("attachment")
        .contains(".xlsx");
    assertThat(html.body()).contains("承办单位三率排名").contains("<td>测试街道</td>");
    assertThat(
            api.get("/api/v1/reports/units?period=day&format=docx&date=" + TODAY, manager)
                .errorCode())
        .isEqualTo("UNKNOWN_FORMAT");
    var pdf = api.getBytes("/api/v1/reports/units?period=day&format=pdf&date=" + TODAY, manager);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void theUnitReportShowsTheStreetsFiguresAsInTheRankingDayByDay() {
    var r = api.get("/api/v1/reports/units/STR_TEST/report?period=month&date=" + TODAY, manager);

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonObject summary = r.json().getJsonObject("summary");
    assertThat(r.json().getString("title")).endsWith("测试街道 单位报表");
    assertThat(summary.getLong("dispatched")).isEqualTo(4);
    assertThat(summary.getLong("replied")).isEqualTo(2);
    assertThat(summary.getString("responseRateText")).isEqualTo("75.0%");
    assertThat(summary.getDouble("score")).isEqualTo(55.0);
    assertThat(r.json().getBoolean("daily")).isTrue();
    var today =
        r.json().getJsonArray("slots").stream()
            .map(o -> (JsonObject) o)
            .filter(s -> s.getString("first").equals(TODAY))
            .findFirst()
            .orElseThrow();
    assertThat(today.getLong("dispatched")).isEqualTo(4);
    assertThat(today.getLong("callbacks")).isEqualTo(2);
  }

  @Test
  void aDistrictsUnitReportListsItsStreetsAndAHolidayWeekIsAChosenRange() {
    var r =
        api.get(
            "/api/v1/reports/units/HD/report?period=range&name=重点时期&from="
                + TestClock.TODAY.minusDays(6)
                + "&to="
                + TODAY,
            manager);

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().getString("title")).startsWith("重点时期（").endsWith("海淀区人民政府 单位报表");
    assertThat(r.json().getJsonArray("slots")).hasSize(7);
    assertThat(r.json().getJsonArray("subUnits").stream().map(o -> (JsonObject) o))
        .anySatisfy(u -> assertThat(u.getString("unitName")).isEqualTo("测试街道"));
    assertThat(r.json().getJsonObject("subtreeTotal").getLong("dispatched"))
        .isGreaterThanOrEqualTo(4);
  }

  @Test
  void theUnitReportDownloadsAsXlsxCsvAndPdf() {
    String q = "/api/v1/reports/units/STR_TEST/report?period=month&date=" + TODAY + "&format=";
    var xlsx = api.getBytes(q + "xlsx", manager);
    var csv = api.get(q + "csv", manager);
    var pdf = api.getBytes(q + "pdf", manager);

    assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    assertThat(csv.body()).contains("派单数（受理）,4").contains("响应率,75.0%");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void aStreetReadsItsOwnUnitReportButNotAnotherUnitsAndAnUnknownUnitIsNotFound() {
    String q = "/report?period=day&date=" + TODAY;

    assertThat(api.get("/api/v1/reports/units/STR_TEST" + q, streetHandler).status())
        .isEqualTo(200);
    var other = api.get("/api/v1/reports/units/HD" + q, streetHandler);
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.errorMessage()).contains("本单位及下级单位");
    assertThat(api.get("/api/v1/reports/units/NO_SUCH" + q, manager).errorCode())
        .isEqualTo("UNKNOWN_UNIT");
  }
}
