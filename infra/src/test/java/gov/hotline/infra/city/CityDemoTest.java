package gov.hotline.infra.city;

import static gov.hotline.infra.support.AmiRig.await;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The demo without a city configured: its own scripted city pushes cases and hears back. */
@Tag("db")
class CityDemoTest {
  private static RunningServer server;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    server =
        RunningServer.start(
            "city_demo", Application.Mode.DEMO, Map.of("HOTLINE_CITY_DEMO_CASES", "3"));
    api = server.client();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theScriptedCityPushesItsCasesAndHearsOfTheirSignFor() {
    var city = server.app().context(CityLink.class).simulator();
    String dispatcher = api.login("dispatcher1", "hotline");
    String handler = api.login("handler1", "hotline");
    long id =
        server.database().number("SELECT id FROM core.ticket WHERE city_case_no = 'SJ-DEMO-0001'");

    api.post(
        "/api/v1/tickets/" + id + "/dispatch",
        dispatcher,
        new JsonObject().put("leadUnitId", "STR_QH"));
    var signed = api.post("/api/v1/tickets/" + id + "/sign", handler, new JsonObject());
    await(
        "the city heard of the sign-for",
        Duration.ofSeconds(10),
        () -> "SIGNED".equals(city.statusOf("SJ-DEMO-0001")));

    assertThat(signed.status()).as(signed.body()).isEqualTo(200);
    assertThat(
            server
                .database()
                .number("SELECT count(*) FROM core.ticket WHERE city_case_no LIKE 'SJ-DEMO-%'"))
        .isEqualTo(3);
  }
}
