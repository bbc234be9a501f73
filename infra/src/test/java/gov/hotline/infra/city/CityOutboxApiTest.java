package gov.hotline.infra.city;

import static gov.hotline.infra.city.CityIntakeApiTest.IN;
import static gov.hotline.infra.city.CityIntakeApiTest.OUT;
import static gov.hotline.infra.city.CityIntakeApiTest.aCase;
import static gov.hotline.infra.support.AmiRig.await;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.city.sim.CityPusher;
import gov.hotline.infra.city.sim.ScriptedCityServer;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The status changes of city cases reach the scripted city through the outbox: through an outage,
 * in order per case, each once; a dead letter waits for its resend and holds its case's later
 * updates back.
 */
@Tag("db")
class CityOutboxApiTest {
  // × 5 transitions = 500 status changes, 400 for the city, and the callback's rating (好差评) each
  private static final int CASES = 100;
  private static Vertx vertx;
  private static ScriptedCityServer city;
  private static RunningServer server;
  private static ApiClient api;
  private static CityPusher pusher;
  private static String dispatcher;
  private static String handler;
  private static String agent;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    city = ScriptedCityServer.start(vertx, 0, OUT);
    server =
        RunningServer.start("city_outbox", Application.Mode.DEMO, CityIntakeApiTest.linkedTo(city));
    api = server.client();
    pusher = new CityPusher(city, "http://127.0.0.1:" + server.port() + "/api/v1", IN);
    dispatcher = api.login("dispatcher1", "hotline");
    handler = api.login("handler1", "hotline");
    agent = api.login("agent1", "hotline");
  }

  @AfterAll
  static void stop() {
    server.close();
    city.close();
    vertx.close().await();
  }

  private static void act(long id, String action, String token, JsonObject body) {
    var r = api.post("/api/v1/tickets/" + id + "/" + action, token, body);
    assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
  }

  /**
   * Dispatch, sign, reply, callback and close: five transitions, four the city hears of, and the
   * callback's rating for its 好差评 system.
   */
  private static void handle(long id) {
    act(id, "dispatch", dispatcher, new JsonObject().put("leadUnitId", "STR_QH"));
    act(id, "sign", handler, new JsonObject());
    act(id, "reply", handler, new JsonObject().put("content", "已协调恢复供水"));
    act(
        id,
        "callback",
        agent,
        new JsonObject().put("resolved", true).put("satisfaction", "SATISFIED"));
    act(id, "close", agent, new JsonObject());
  }

  private static List<String> keysOf(String caseNo) {
    return server
        .database()
        .dsl()
        .fetch("SELECT idempotency_key FROM city.outbox WHERE case_no = ? ORDER BY id", caseNo)
        .getValues(0, String.class);
  }

  private static long unsent(String prefix) {
    return server
        .database()
        .number(
            "SELECT count(*) FROM city.outbox WHERE state <> 'SENT' AND case_no LIKE '"
                + prefix
                + "%'");
  }

  @Test
  void statusChangesDuringAnOutageReachTheCityInOrderOnceItReturnsAndNoneTwice() throws Exception {
    List<Long> ids = new ArrayList<>();
    for (int i = 1; i <= CASES; i++) {
      ids.add(pusher.push(aCase("SJ-O-%03d".formatted(i))).body().getLong("ticketId"));
    }
    Map<String, Long> before = city.counters();
    city.faults().down = true;
    try (ExecutorService pool = Executors.newFixedThreadPool(4, Thread.ofVirtual().factory())) {
      List<Future<?>> work = new ArrayList<>();
      ids.forEach(id -> work.add(pool.submit(() -> handle(id))));
      for (Future<?> f : work) {
        f.get();
      }
    }
    assertThat(city.counters().get("taken")).isEqualTo(before.get("taken"));
    assertThat(city.counters().get("deliveries")).isGreaterThan(before.get("deliveries"));

    city.faults().down = false;
    await("every update is sent", Duration.ofSeconds(30), () -> unsent("SJ-O-") == 0);

    for (int i = 1; i <= CASES; i++) {
      String no = "SJ-O-%03d".formatted(i);
      assertThat(keysOf(no)).as(no).hasSize(5);
      assertThat(city.updatesOf(no)).as(no).containsExactlyElementsOf(keysOf(no));
    }
    assertThat(city.counters().get("taken") - before.get("taken")).isEqualTo(4L * CASES);
    assertThat(city.counters().get("ratings") - before.get("ratings")).isEqualTo(CASES);
    // each rating delivered is marked synced in the local store
    assertThat(
            server
                .database()
                .number(
                    "SELECT count(*) FROM core.ticket_rating r JOIN core.ticket t ON t.id ="
                        + " r.ticket_id WHERE t.city_case_no LIKE 'SJ-O-%' AND r.synced_at IS NULL"))
        .isZero();
    assertThat(city.counters().get("duplicates")).isEqualTo(before.get("duplicates"));
    assertThat(city.counters().get("outOfOrder")).isEqualTo(before.get("outOfOrder"));
  }

  @Test
  void anUpdateTheCityRefusesIsADeadLetterHoldingItsCaseUntilItIsResent() {
    // the city does not know this case yet (a push it never registered): it answers 404
    long id = pusher.pushRaw(CityMessages.caseJson(aCase("SJ-D-1"))).body().getLong("ticketId");
    act(id, "dispatch", dispatcher, new JsonObject().put("leadUnitId", "STR_QH"));
    act(id, "sign", handler, new JsonObject());
    await(
        "the sign-for is a dead letter",
        Duration.ofSeconds(10),
        () -> deadLetter("SJ-D-1") != null);
    act(id, "reply", handler, new JsonObject().put("content", "已处理"));

    JsonObject dead = deadLetter("SJ-D-1");
    assertThat(dead.getString("kind")).isEqualTo("SIGNED");
    assertThat(dead.getString("lastError")).startsWith("HTTP 404");
    assertThat(dead.getInteger("waitingBehind")).isEqualTo(1);
    assertThat(city.updatesOf("SJ-D-1")).isEmpty();

    city.dispatched(aCase("SJ-D-1"));
    var resent =
        api.post(
            "/api/v1/city/outbox/" + dead.getLong("id") + "/resend", dispatcher, new JsonObject());
    assertThat(resent.status()).as(resent.body()).isEqualTo(200);
    await("both updates are sent", Duration.ofSeconds(10), () -> unsent("SJ-D-") == 0);

    assertThat(city.updatesOf("SJ-D-1")).containsExactlyElementsOf(keysOf("SJ-D-1"));
  }

  @Test
  void
      aServerStoppedBetweenSendingAndMarkingSendsTheRestAfterItsRestartAndTheCityTakesNothingTwice() {
    long id = pusher.push(aCase("SJ-X-1")).body().getLong("ticketId");
    long duplicatesBefore = city.counters().get("duplicates");
    city.faults().holdAnswerMillis = 60_000; // the city takes the update, its answer never arrives
    act(id, "dispatch", dispatcher, new JsonObject().put("leadUnitId", "STR_QH"));
    act(id, "sign", handler, new JsonObject());
    act(id, "reply", handler, new JsonObject().put("content", "已协调恢复供水"));
    String signKey = keysOf("SJ-X-1").get(0);
    await(
        "the city took the sign-for", Duration.ofSeconds(10), () -> city.applied(signKey) != null);

    server = server.restarted();
    city.faults().holdAnswerMillis = 0;
    await(
        "every update is sent after the restart",
        Duration.ofSeconds(20),
        () -> unsent("SJ-X-") == 0);

    assertThat(city.updatesOf("SJ-X-1")).containsExactlyElementsOf(keysOf("SJ-X-1")).hasSize(2);
    // the city had the first update already: at least that delivery came again and was taken once
    assertThat(city.counters().get("duplicates") - duplicatesBefore).isPositive();
  }

  @Test
  void onlyDispatchersAndAdminsSeeTheDeadLetters() {
    var r = api.get("/api/v1/city/dead-letters", agent);

    assertThat(r.status()).isEqualTo(403);
  }

  private static JsonObject deadLetter(String caseNo) {
    JsonArray items = api.get("/api/v1/city/dead-letters", dispatcher).json().getJsonArray("items");
    return items.stream()
        .map(o -> (JsonObject) o)
        .filter(d -> caseNo.equals(d.getString("caseNo")))
        .findFirst()
        .orElse(null);
  }
}
