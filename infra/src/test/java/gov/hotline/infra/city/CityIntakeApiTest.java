package gov.hotline.infra.city;

import static gov.hotline.infra.support.AmiRig.await;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.city.CityCase;
import gov.hotline.infra.Application;
import gov.hotline.infra.city.sim.CityPusher;
import gov.hotline.infra.city.sim.ScriptedCityServer;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Cases pushed by the scripted city into the demo district over HTTP: exactly one ticket per city
 * case whatever the repeats, order and concurrency; refusals with a reason; the reconciliation; the
 * city's verdicts.
 */
@Tag("db")
class CityIntakeApiTest {
  static final String IN = "city-pushes-with-this";
  static final String OUT = "district-sends-with-this";
  static final Instant DISPATCHED = Instant.parse("2026-12-01T01:00:00Z");
  static final Instant DEADLINE = Instant.parse("2026-12-08T09:00:00Z");
  private static Vertx vertx;
  private static ScriptedCityServer city;
  private static RunningServer server;
  private static ApiClient api;
  private static CityPusher pusher;
  private static String dispatcher;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    city = ScriptedCityServer.start(vertx, 0, OUT);
    server = RunningServer.start("city_intake", Application.Mode.DEMO, linkedTo(city));
    api = server.client();
    pusher = new CityPusher(city, "http://127.0.0.1:" + server.port() + "/api/v1", IN);
    dispatcher = api.login("dispatcher1", "hotline");
  }

  /** The settings of a district linked to {@code city} with quick retries. */
  static Map<String, String> linkedTo(ScriptedCityServer city) {
    return Map.of(
        "HOTLINE_CITY_URL", city.url(),
        "HOTLINE_CITY_INBOUND_TOKEN", IN,
        "HOTLINE_CITY_OUTBOUND_TOKEN", OUT,
        "HOTLINE_CITY_RELAY_MS", "50",
        "HOTLINE_CITY_RETRY_BASE_MS", "20",
        "HOTLINE_CITY_RETRY_MAX_MS", "200",
        "HOTLINE_CITY_MAX_ATTEMPTS", "1000");
  }

  @AfterAll
  static void stop() {
    server.close();
    city.close();
    vertx.close().await();
  }

  static CityCase.Input aCase(String no) {
    return new CityCase.Input(
        no,
        "COMPLAINT",
        "GY02",
        "NORMAL",
        "王女士",
        "13911112222",
        "海淀区清河街道安宁里小区",
        "市民反映小区停水，请尽快恢复供水",
        DISPATCHED,
        DEADLINE);
  }

  @Test
  void aThousandCasesPushedWithFivePercentRepeatsOutOfOrderBecomeExactlyAThousandTickets() {
    List<CityCase.Input> cases =
        IntStream.rangeClosed(1, 1000).mapToObj(i -> aCase("SJ-K-%04d".formatted(i))).toList();

    List<CityPusher.Answer> answers = pusher.pushAll(cases, 0.05, 17, 8);

    assertThat(answers).hasSize(1050);
    assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(1000);
    assertThat(answers.stream().filter(a -> a.status() == 200 && a.body().getBoolean("duplicate")))
        .hasSize(50);
    assertThat(
            server
                .database()
                .number("SELECT count(*) FROM core.ticket WHERE city_case_no LIKE 'SJ-K-%'"))
        .isEqualTo(1000);
    assertThat(
            server
                .database()
                .number(
                    "SELECT count(DISTINCT ticket_id) FROM city.city_case WHERE case_no LIKE 'SJ-K-%'"))
        .isEqualTo(1000);
  }

  @Test
  void oneCaseDeliveredEightTimesAtOnceBecomesOneTicket() {
    List<CityCase.Input> same = IntStream.range(0, 8).mapToObj(i -> aCase("SJ-SAME-1")).toList();

    List<CityPusher.Answer> answers = pusher.pushAll(same, 0, 3, 8);

    assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(1);
    assertThat(answers.stream().map(a -> a.body().getLong("ticketId")).distinct()).hasSize(1);
    assertThat(
            server
                .database()
                .number("SELECT count(*) FROM core.ticket WHERE city_case_no = 'SJ-SAME-1'"))
        .isEqualTo(1);
  }

  @Test
  void theTicketShowsItsCityCaseNumberWaitsForDispatchAndKeepsTheCitysDeadline() {
    long id = pusher.push(aCase("SJ-SHOW-1")).body().getLong("ticketId");

    JsonObject t = api.get("/api/v1/tickets/" + id, dispatcher).json();

    assertThat(t.getString("cityCaseNo")).isEqualTo("SJ-SHOW-1");
    assertThat(t.getString("channel")).isEqualTo("CITY");
    assertThat(t.getString("status")).isEqualTo("PENDING_DISPATCH");
    assertThat(Instant.parse(t.getString("handleDueAt"))).isEqualTo(DEADLINE);
  }

  @Test
  void aCaseWithoutThePhoneIsRefusedWithAReasonAndKeptForAPerson() {
    JsonObject bad = CityMessages.caseJson(aCase("SJ-BAD-1")).put("citizenPhone", (String) null);

    CityPusher.Answer a = pusher.pushRaw(bad);

    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().getJsonObject("error").getString("message")).contains("诉求人联系电话");
    JsonArray rejected =
        api.get("/api/v1/city/rejected-intake", dispatcher).json().getJsonArray("items");
    JsonObject kept = rejected.getJsonObject(0);
    assertThat(kept.getString("caseNo")).isEqualTo("SJ-BAD-1");
    assertThat(kept.getString("reason")).contains("诉求人联系电话");
    assertThat(kept.getString("payload")).contains("SJ-BAD-1");
  }

  @Test
  void aCaseInAnUnknownCategoryIsRefusedWithTheCategoryNamed() {
    JsonObject bad = CityMessages.caseJson(aCase("SJ-BAD-2")).put("categoryId", "ZZ99");

    CityPusher.Answer a = pusher.pushRaw(bad);

    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().getJsonObject("error").getString("message")).contains("问题分类不存在：ZZ99");
  }

  @Test
  void aPushWithAWrongTokenIsRefused() {
    CityPusher wrong =
        new CityPusher(city, "http://127.0.0.1:" + server.port() + "/api/v1", "not-the-token");

    CityPusher.Answer a = wrong.pushRaw(CityMessages.caseJson(aCase("SJ-TOKEN-1")));

    assertThat(a.status()).isEqualTo(401);
    assertThat(a.body().getJsonObject("error").getString("message")).isEqualTo("市级平台令牌无效");
  }

  @Test
  void theReconciliationFindsTheDifferencesPlantedAtTheCity() {
    pusher.push(aCase("SJ-R-1"));
    pusher.push(aCase("SJ-R-2"));
    city.dispatched(aCase("SJ-R-3")); // the city says it sent this one; it never arrived
    city.plantStatus("SJ-R-2", "CLOSED");

    JsonArray diffs =
        api.get("/api/v1/city/reconciliation", dispatcher).json().getJsonArray("differences");

    assertThat(
            diffs.stream()
                .map(o -> (JsonObject) o)
                .filter(d -> d.getString("caseNo").startsWith("SJ-R-"))
                .map(d -> d.getString("caseNo") + " " + d.getString("kind")))
        .containsExactly("SJ-R-2 STATUS_DIFFERS", "SJ-R-3 MISSING_HERE");
  }

  @Test
  void theCitysRejectionOfAReturnReopensTheTicketOnceHoweverOftenItArrives() {
    long id = pusher.push(aCase("SJ-V-1")).body().getLong("ticketId");
    var returned =
        api.post(
            "/api/v1/tickets/" + id + "/return-to-city",
            dispatcher,
            new JsonObject().put("reasonCode", "NOT_DISTRICT").put("reason", "地址属朝阳区"));
    assertThat(returned.status()).as(returned.body()).isEqualTo(200);
    await(
        "the city heard of the return",
        Duration.ofSeconds(10),
        () -> "RETURNED".equals(city.statusOf("SJ-V-1")));

    CityPusher.Answer first =
        pusher.verdict("V-1", "SJ-V-1", false, "经核实属海淀区", "2026-12-02T10:00:00+08:00");
    CityPusher.Answer again =
        pusher.verdict("V-1", "SJ-V-1", false, "经核实属海淀区", "2026-12-02T10:00:00+08:00");

    assertThat(first.body().getBoolean("reopened")).isTrue();
    assertThat(first.body().getString("status")).isEqualTo("REOPENED");
    assertThat(again.body().getBoolean("duplicate")).isTrue();
    JsonArray history =
        api.get("/api/v1/tickets/" + id + "/history", dispatcher).json().getJsonArray("items");
    JsonObject last = history.getJsonObject(history.size() - 1);
    assertThat(last.getString("action")).isEqualTo("reopen");
    assertThat(last.getString("reason")).isEqualTo("市级平台驳回：经核实属海淀区");
    assertThat(last.getJsonObject("actor").getString("username")).isEqualTo("city-12345");
    assertThat(
            city.applied(city.updatesOf("SJ-V-1").get(0))
                .getJsonObject("fields")
                .getString("reasonCode"))
        .isEqualTo("NOT_DISTRICT");
  }
}
