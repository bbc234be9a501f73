package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TestClock;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("db")
class ReportArchiveApiTest {
  private static final LocalDate TODAY = TestClock.TODAY;
  private static RunningServer server;
  private static ApiClient api;
  private static String manager;

  @BeforeAll
  static void start() {
    server = RunningServer.start("report_archive", Application.Mode.DEMO, TestClock.env());
    api = server.client();
    manager = api.login("manager1", "hotline");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonObject generate(String period, LocalDate date) {
    return new JsonObject()
        .put("report", "UNITS")
        .put("period", period)
        .put("date", date.toString());
  }

  @Test
  void aManagerGeneratesAPeriodInEveryFormatAndRegeneratingReplacesIt() {
    var first = api.post("/api/v1/reports/archive", manager, generate("day", TODAY.minusDays(3)));
    var again = api.post("/api/v1/reports/archive", manager, generate("day", TODAY.minusDays(3)));

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().getJsonArray("items")).hasSize(4); // HTML, XLSX, CSV and PDF
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().getBoolean("replaced")).isTrue();
    assertThat(again.json().getString("message")).contains("替换");
    assertThat(again.json().getJsonArray("items").getJsonObject(0).getInteger("version"))
        .isEqualTo(2);
  }

  @Test
  void archivedReportsAreListedAndDownloadable() {
    api.post("/api/v1/reports/archive", manager, generate("week", TODAY.minusDays(7)));

    List<JsonObject> items =
        api
            .get("/api/v1/reports/archive?report=UNITS", manager)
            .json()
            .getJsonArray("items")
            .stream()
            .map(o -> (JsonObject) o)
            .toList();
    JsonObject csv =
        items.stream()
            .filter(
                i ->
                    i.getString("format").equals("CSV") && i.getString("periodKind").equals("WEEK"))
            .findFirst()
            .orElseThrow();
    var download = api.get(csv.getString("href"), manager);

    assertThat(csv.getString("reportLabel")).isEqualTo("承办单位三率排名");
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.body()).contains("排名,承办单位,派单数");
  }

  @Test
  void aPeriodThatHasNotEndedIsGeneratedOnlyWhenAskedForAsPartial() {
    var refused = api.post("/api/v1/reports/archive", manager, generate("month", TODAY));
    var partial =
        api.post("/api/v1/reports/archive", manager, generate("month", TODAY).put("partial", true));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errorCode()).isEqualTo("PERIOD_NOT_ENDED");
    assertThat(partial.status()).isBetween(200, 201);
  }

  @Test
  void badRequestsAreRefused() {
    assertThat(
            api.post(
                    "/api/v1/reports/archive",
                    manager,
                    generate("day", TODAY).put("report", "WEATHER"))
                .errorCode())
        .isEqualTo("UNKNOWN_REPORT");
    assertThat(api.get("/api/v1/reports/archive/999999", manager).status()).isEqualTo(404);
    assertThat(
            api.post(
                    "/api/v1/reports/archive",
                    api.login("agent1", "hotline"),
                    generate("day", TODAY))
                .status())
        .isEqualTo(403);
  }
}
