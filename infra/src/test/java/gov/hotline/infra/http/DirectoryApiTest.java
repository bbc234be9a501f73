package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Units, categories, the business calendar and SLA policies: read by all, edited by admins only.
 */
@Tag("db")
class DirectoryApiTest {
  private static RunningServer server;
  private static ApiClient api;
  private static String agent;
  private static String admin;

  @BeforeAll
  static void start() {
    server = RunningServer.demo("directory_api");
    api = server.client();
    agent = api.login("agent1", "hotline");
    admin = api.login("admin", "hotline");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static List<JsonObject> items(String path, String token) {
    var r = api.get(path, token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().getJsonArray("items").stream().map(o -> (JsonObject) o).toList();
  }

  @Test
  void unitsAreAFlatListWithParentIdsFormingTheFourLevelTree() {
    List<JsonObject> units = items("/api/v1/units", agent);

    assertThat(units)
        .anySatisfy(
            u -> {
              assertThat(u.getString("id")).isEqualTo("STR_QH");
              assertThat(u.getString("parentId")).isEqualTo("HD");
              assertThat(u.getString("type")).isEqualTo("STREET");
            });
    assertThat(units)
        .filteredOn(u -> "HD".equals(u.getString("id")))
        .singleElement()
        .satisfies(u -> assertThat(u.getString("parentId")).isEqualTo("BJ"));
    assertThat(units)
        .filteredOn(u -> "COMMUNITY".equals(u.getString("type")))
        .isNotEmpty()
        .allMatch(u -> u.getString("parentId").startsWith("STR_"));
  }

  @Test
  void unitsCanBeFilteredByTypeParentAndName() {
    assertThat(items("/api/v1/units?type=TOWN", agent))
        .hasSize(5)
        .allMatch(u -> u.getString("type").equals("TOWN"));
    assertThat(items("/api/v1/units?parentId=STR_QH", agent))
        .isNotEmpty()
        .allMatch(u -> u.getString("parentId").equals("STR_QH"));
    assertThat(items("/api/v1/units?q=%E5%9F%8E%E7%AE%A1", agent))
        .extracting(u -> u.getString("id"))
        .contains("BUR_CGZF");
  }

  @Test
  void categoriesAreATwoLevelTaxonomy() {
    List<JsonObject> all = items("/api/v1/categories", agent);
    List<JsonObject> groups = all.stream().filter(c -> c.getString("parentId") == null).toList();

    // 15 groups of the Haidian sample plus 12345热线服务 (the hotline's own service, for 座席被投诉率)
    assertThat(groups).hasSize(16);
    assertThat(all).hasSize(16 + 51);
    assertThat(items("/api/v1/categories?parentId=CJ", agent))
        .extracting(c -> c.getString("name"))
        .contains("违法建设");
  }

  @Test
  void theCalendarOf2026ListsTheMakeUpWorkdays() {
    List<JsonObject> days = items("/api/v1/calendar/days?year=2026", agent);

    assertThat(days)
        .filteredOn(d -> d.getString("kind").equals("WORKDAY"))
        .extracting(d -> d.getString("date"))
        .containsExactly(
            "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
  }

  @Test
  void anAdminEditsUnitsCategoriesCalendarAndSla() {
    var unit =
        api.put(
            "/api/v1/admin/units/STR_QH_C99",
            admin,
            new JsonObject()
                .put("parentId", "STR_QH")
                .put("name", "清河测试社区")
                .put("type", "COMMUNITY"));
    var category =
        api.put(
            "/api/v1/admin/categories/CJ99",
            admin,
            new JsonObject().put("parentId", "CJ").put("name", "测试分类"));
    var day =
        api.put(
            "/api/v1/admin/calendar/days/2026-12-31",
            admin,
            new JsonObject().put("kind", "HOLIDAY").put("name", "测试假日"));
    var sla =
        api.put(
            "/api/v1/admin/sla-policies",
            admin,
            new JsonObject()
                .put("categoryId", "CJ99")
                .put("urgency", "NORMAL")
                .put("signFor", "2wh")
                .put("handling", "15wd")
                .put("callback", "3wd"));

    assertThat(List.of(unit.status(), category.status(), day.status(), sla.status()))
        .containsOnly(200);
    assertThat(items("/api/v1/units?parentId=STR_QH", agent))
        .extracting(u -> u.getString("id"))
        .contains("STR_QH_C99");
    assertThat(items("/api/v1/sla-policies", agent))
        .anySatisfy(
            p -> {
              assertThat(p.getString("categoryId")).isEqualTo("CJ99");
              assertThat(p.getString("handlingLabel")).isEqualTo("15个工作日");
            });
    assertThat(api.delete("/api/v1/admin/calendar/days/2026-12-31", admin).status()).isEqualTo(200);
  }

  @Test
  void invalidEditsAreRefusedWithReasons() {
    assertThat(
            api.put(
                    "/api/v1/admin/units/X1",
                    admin,
                    new JsonObject().put("parentId", "NOPE").put("name", "x").put("type", "STREET"))
                .errorCode())
        .isEqualTo("UNKNOWN_UNIT");
    assertThat(
            api.put(
                    "/api/v1/admin/units/HD",
                    admin,
                    new JsonObject()
                        .put("parentId", "STR_QH")
                        .put("name", "海淀")
                        .put("type", "DISTRICT"))
                .errorCode())
        .isEqualTo("UNIT_CYCLE");
    assertThat(
            api.put(
                    "/api/v1/admin/categories/CJ01X",
                    admin,
                    new JsonObject().put("parentId", "CJ01").put("name", "三级"))
                .errorCode())
        .isEqualTo("CATEGORY_DEPTH");
    assertThat(
            api.put(
                    "/api/v1/admin/sla-policies",
                    admin,
                    new JsonObject()
                        .put("urgency", "NORMAL")
                        .put("signFor", "soon")
                        .put("handling", "7wd")
                        .put("callback", "2wd"))
                .errorCode())
        .isEqualTo("INVALID_TIME_LIMIT");
    assertThat(
            api.put(
                    "/api/v1/admin/calendar/days/2026-02-30",
                    admin,
                    new JsonObject().put("kind", "HOLIDAY"))
                .errorCode())
        .isEqualTo("INVALID_DATE");
  }

  @Test
  void nonAdminsMayNotEditReferenceData() {
    var r =
        api.put(
            "/api/v1/admin/units/X2",
            api.login("dispatcher1", "hotline"),
            new JsonObject().put("parentId", "HD").put("name", "x").put("type", "STREET"));

    assertThat(r.status()).isEqualTo(403);
  }
}
