package gov.hotline.infra.http.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Only admins change the directory; everybody logged in reads it. */
@Tag("db")
class DirectoryEditRightsApiTest {
  private static RunningServer server;
  private static ApiClient api;
  private static String dispatcher;

  @BeforeAll
  static void start() {
    server = RunningServer.demo("dispatch_rights");
    api = server.client();
    dispatcher = api.login("dispatcher1", "hotline");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aDispatcherMayNotImportADirectory() throws IOException {
    var r =
        api.post("/api/v1/dispatch/units/import", dispatcher, DirectoryImportApiTest.unitsJson());

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.errorMessage()).contains("系统管理员");
  }

  @Test
  void aDispatcherMayNotEditAGazetteerButMayReadIt() {
    var r =
        api.put(
            "/api/v1/dispatch/units/STR_QH/places",
            dispatcher,
            new JsonObject()
                .put(
                    "places",
                    new JsonArray().add(new JsonObject().put("name", "安宁里").put("kind", "小区"))));

    assertThat(r.status()).isEqualTo(403);
    assertThat(
            api.get("/api/v1/dispatch/units/STR_QH/places", dispatcher)
                .json()
                .getJsonArray("items"))
        .hasSize(8);
  }

  @Test
  void theCatalogueIsReadableWithItsEntriesAndPlaceholders() {
    var c = api.get("/api/v1/dispatch/catalogue", dispatcher).json();

    assertThat(c.getInteger("version")).isEqualTo(1);
    assertThat(c.getJsonArray("entries")).hasSize(72);
    assertThat(c.getJsonObject("placeholders").getString("@heat")).contains("供热");
  }

  @Test
  void theReturnReasonsAreAFixedList() {
    var items = api.get("/api/v1/dispatch/return-reasons", dispatcher).json().getJsonArray("items");

    assertThat(items.stream().map(o -> ((JsonObject) o).getString("label")))
        .contains("非本单位辖区", "非本单位职责");
  }
}
