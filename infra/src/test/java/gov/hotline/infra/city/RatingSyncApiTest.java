package gov.hotline.infra.city;

import static gov.hotline.infra.city.CityIntakeApiTest.OUT;
import static gov.hotline.infra.support.AmiRig.await;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.city.sim.ScriptedCityServer;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TicketIntake;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 好差评 stored locally first, then synced upstream through the city outbox: a district's own ticket's
 * rating reaches the city's 好差评 system under the ticket's number, survives the city being down,
 * arrives once, and is marked synced.
 */
@Tag("db")
class RatingSyncApiTest {
  private static Vertx vertx;
  private static ScriptedCityServer city;
  private static RunningServer server;
  private static ApiClient api;
  private static String agent;
  private static String dispatcher;
  private static String handler;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    city = ScriptedCityServer.start(vertx, 0, OUT);
    server =
        RunningServer.start("rating_sync", Application.Mode.DEMO, CityIntakeApiTest.linkedTo(city));
    api = server.client();
    agent = api.login("agent1", "hotline");
    dispatcher = api.login("dispatcher1", "hotline");
    handler = api.login("handler1", "hotline");
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

  private static long repliedTicket() {
    long id = TicketIntake.aTicket().create(api, agent);
    act(id, "submit", agent, new JsonObject());
    act(id, "dispatch", dispatcher, new JsonObject().put("leadUnitId", "STR_QH"));
    act(id, "sign", handler, new JsonObject());
    act(id, "reply", handler, new JsonObject().put("content", "已清理"));
    return id;
  }

  private static long unsyncedRatingsOf(long ticketId) {
    return server
        .database()
        .number(
            "SELECT count(*) FROM core.ticket_rating WHERE synced_at IS NULL AND ticket_id = "
                + ticketId);
  }

  @Test
  void aDistrictTicketsRatingReachesTheCityUnderItsNumberWhileTheCityWasDownAndOnlyOnce() {
    long id = repliedTicket();
    String no = api.get("/api/v1/tickets/" + id, agent).json().getString("no");
    long ratingsBefore = city.counters().get("ratings");
    long deliveriesBefore = city.counters().get("deliveries");
    city.faults().down = true;

    act(
        id,
        "callback",
        agent,
        new JsonObject().put("resolved", false).put("satisfaction", "DISSATISFIED"));
    await(
        "the city is asked while down",
        Duration.ofSeconds(10),
        () -> city.counters().get("deliveries") > deliveriesBefore);
    assertThat(unsyncedRatingsOf(id)).isEqualTo(1);

    city.faults().down = false;
    await("the rating is synced", Duration.ofSeconds(20), () -> unsyncedRatingsOf(id) == 0);

    assertThat(city.counters().get("ratings") - ratingsBefore).isEqualTo(1);
    JsonObject taken =
        city.ratings().entrySet().stream()
            .filter(e -> e.getKey().startsWith(no + ":rating:"))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElseThrow();
    assertThat(taken.getString("caseNo")).isEqualTo(no);
    assertThat(taken.getJsonObject("fields").getString("rating")).isEqualTo("DISSATISFIED");
    assertThat(taken.getJsonObject("fields").getString("districtTicket")).isEqualTo("true");
    assertThat(taken.getJsonObject("fields").getString("source")).isEqualTo("CALLBACK");
  }
}
