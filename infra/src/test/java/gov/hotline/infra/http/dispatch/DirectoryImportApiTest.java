package gov.hotline.infra.http.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
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
 * The unit directory on a fresh installation: an admin imports the whole units.json (units,
 * gazetteers, categories, catalogue), imports it again without duplicates, edits a gazetteer and
 * the catalogue.
 */
@Tag("db")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectoryImportApiTest {
  private static RunningServer server;
  private static ApiClient api;
  private static String admin;

  @BeforeAll
  static void start() throws IOException {
    server =
        RunningServer.start(
            "dispatch_import",
            Application.Mode.START,
            Map.of("HOTLINE_ADMIN_PASSWORD", "admin-secret-1"));
    api = server.client();
    admin = api.login("admin", "admin-secret-1");
    var r = api.post("/api/v1/dispatch/units/import", admin, unitsJson());
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String unitsJson() throws IOException {
    try (InputStream in =
        DirectoryImportApiTest.class.getResourceAsStream("/demo/haidian-units.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static long count(String table) {
    return server.database().number("SELECT count(*) FROM " + table);
  }

  @Test
  @Order(1)
  void importedUnitsKeepTheirIdsAndTheirCategoriesBecomeTheTicketTaxonomy() {
    var units = api.get("/api/v1/units?q=清河", admin).json().getJsonArray("items");
    var categories = api.get("/api/v1/categories?parentId=GY", admin).json().getJsonArray("items");

    assertThat(units.stream().map(o -> ((JsonObject) o).getString("id"))).contains("STR_QH");
    assertThat(categories.stream().map(o -> ((JsonObject) o).getString("name")))
        .contains("供暖", "供水", "供电");
  }

  @Test
  @Order(2)
  void importingTheSameDirectoryAgainUpdatesWithoutDuplicating() throws IOException {
    long units = count("core.org_unit");
    long places = count("dispatch.place");

    var r = api.post("/api/v1/dispatch/units/import", admin, unitsJson());

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().getBoolean("catalogueChanged")).isFalse();
    assertThat(count("core.org_unit")).isEqualTo(units);
    assertThat(count("dispatch.place")).isEqualTo(places);
    assertThat(count("dispatch.catalogue_version")).isEqualTo(1);
  }

  @Test
  @Order(3)
  void aStreetsGazetteerIsListedAndEditedByAnAdmin() {
    var places =
        new JsonArray()
            .add(new JsonObject().put("name", "安宁里").put("kind", "小区"))
            .add(new JsonObject().put("name", "新建家园").put("kind", "COMPOUND"));

    var r =
        api.put(
            "/api/v1/dispatch/units/STR_QH/places", admin, new JsonObject().put("places", places));

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    var listed =
        api.get("/api/v1/dispatch/units/STR_QH/places", admin).json().getJsonArray("items");
    assertThat(listed).hasSize(2);
    var where =
        api.post(
            "/api/v1/dispatch/jurisdiction", admin, new JsonObject().put("address", "海淀区新建家园3号楼"));
    assertThat(where.json().getString("streetId")).isEqualTo("STR_QH");
    assertThat(where.json().getString("statusLabel")).isEqualTo("已定位");
  }

  @Test
  @Order(4)
  void editingTheCatalogueMakesANewVersionAndKeepsTheOldOne() {
    var entry =
        new JsonObject()
            .put("categoryId", "GY04")
            .put("condition", "小区内部配电设施故障")
            .put("lead", "@territory")
            .put("assists", new JsonArray().add("ENT_POWER"))
            .put("keywords", new JsonArray().add("配电室").add("小区配电"))
            .put("versionNote", "小区配电设施归属地");

    var r = api.put("/api/v1/dispatch/catalogue/entries/GY04-2", admin, entry);

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().getInteger("version")).isEqualTo(2);
    var versions =
        api.get("/api/v1/dispatch/catalogue/versions", admin).json().getJsonArray("items");
    assertThat(versions.stream().map(o -> ((JsonObject) o).getString("note")))
        .contains("小区配电设施归属地");
    var old = api.get("/api/v1/dispatch/catalogue?version=1", admin).json().getJsonArray("entries");
    assertThat(old.stream().map(o -> ((JsonObject) o).getString("id"))).doesNotContain("GY04-2");
  }

  @Test
  void aCatalogueEntryNamingAnUnknownUnitIsRefused() {
    var entry = new JsonObject().put("categoryId", "GY04").put("lead", "BUR_NOPE");

    var r = api.put("/api/v1/dispatch/catalogue/entries/GY04-9", admin, entry);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorMessage()).contains("BUR_NOPE");
  }

  @Test
  void aDirectoryWhoseRuleNamesAnUnknownUnitIsRefusedAndNothingIsStored() throws IOException {
    long versions = count("dispatch.catalogue_version");
    JsonObject json = new JsonObject(unitsJson());
    json.getJsonArray("rules").getJsonObject(3).put("lead", "BUR_GHOST");

    var r = api.post("/api/v1/dispatch/units/import", admin, json);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("INVALID_DIRECTORY");
    assertThat(r.errorMessage()).contains("第 4 条规则").contains("BUR_GHOST");
    assertThat(count("dispatch.catalogue_version")).isEqualTo(versions);
  }

  @Test
  void malformedJsonIsABadRequest() {
    var r = api.post("/api/v1/dispatch/units/import", admin, "{\"units\": [");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorMessage()).contains("JSON");
  }

  @Test
  void aGazetteerBelongsToStreetsAndTownsOnly() {
    var r = api.get("/api/v1/dispatch/units/BUR_CGZF/places", admin);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("NOT_TERRITORIAL");
  }

  @Test
  void aGazetteerOfAUnitThatDoesNotExistIsNotFound() {
    assertThat(api.get("/api/v1/dispatch/units/STR_NOPE/places", admin).status()).isEqualTo(404);
  }
}
