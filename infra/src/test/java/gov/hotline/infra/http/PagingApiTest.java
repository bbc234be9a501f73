package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * One paging vocabulary on every list: {@code page} and {@code size}; any query parameter a list
 * does not declare (such as {@code limit}) is refused with 400 INVALID and a Chinese message naming
 * it.
 */
@Tag("db")
class PagingApiTest {
  /** Each list with a user allowed to read it and the list's items field. */
  record ListRoute(String path, String user, String itemsField) {
    @Override
    public String toString() {
      return path;
    }
  }

  private static final List<ListRoute> LISTS =
      List.of(
          new ListRoute("/api/v1/calls", "lead1", "items"),
          new ListRoute("/api/v1/tickets", "dispatcher1", "items"),
          new ListRoute("/api/v1/kb/articles", "lead1", "items"),
          new ListRoute("/api/v1/admin/users", "admin", "items"),
          new ListRoute("/api/v1/dispatch/alerts", "dispatcher1", "items"),
          new ListRoute("/api/v1/dispatch/duplicates", "dispatcher1", "items"),
          new ListRoute("/api/v1/dispatch/hotspots", "dispatcher1", "items"),
          new ListRoute("/api/v1/recordings/day", "lead1", "problems"),
          new ListRoute("/api/v1/agent/operations", "lead1", "items"),
          new ListRoute("/api/v1/reports/archive", "manager1", "items"));

  private static RunningServer server;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    server = RunningServer.demo("paging_api");
    api = server.client();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("LISTS")
  void anUndeclaredParameterIsRefusedInChineseNamingIt(ListRoute route) {
    var r = api.get(route.path() + "?limit=200", api.login(route.user(), "hotline"));

    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("INVALID");
    assertThat(r.errorMessage()).contains("不支持的查询参数：limit").contains("page").contains("size");
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("LISTS")
  void pageAndSizeAreTakenAndEchoed(ListRoute route) {
    var r = api.get(route.path() + "?page=1&size=2", api.login(route.user(), "hotline"));

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().getInteger("page")).isEqualTo(1);
    assertThat(r.json().getInteger("size")).isEqualTo(2);
    assertThat(r.json().getJsonArray(route.itemsField()).size()).isLessThanOrEqualTo(2);
  }

  @Test
  void theSecondPageFollowsTheFirst() {
    String admin = api.login("admin", "hotline");
    JsonObject first = api.get("/api/v1/admin/users?page=1&size=3", admin).json();
    JsonObject second = api.get("/api/v1/admin/users?page=2&size=3", admin).json();

    JsonArray all = api.get("/api/v1/admin/users?size=6", admin).json().getJsonArray("items");
    assertThat(first.getJsonArray("items").size()).isEqualTo(3);
    assertThat((Object) all.getList().subList(0, 3))
        .isEqualTo(first.getJsonArray("items").getList());
    assertThat((Object) all.getList().subList(3, 6))
        .isEqualTo(second.getJsonArray("items").getList());
  }

  @Test
  void aSizeAboveTheMaximumOrAPageBelowOneIsRefused() {
    String lead = api.login("lead1", "hotline");

    assertThat(api.get("/api/v1/calls?size=500", lead).status()).isEqualTo(400);
    assertThat(api.get("/api/v1/calls?size=500", lead).errorMessage())
        .contains("size")
        .contains("200");
    assertThat(api.get("/api/v1/calls?page=0", lead).status()).isEqualTo(400);
  }

  @Test
  void eachListKeepsItsOwnFilters() {
    String dispatcher = api.login("dispatcher1", "hotline");

    assertThat(
            api.get("/api/v1/tickets?status=RECEIVED&text=噪音&page=1&size=5", dispatcher).status())
        .isEqualTo(200);
    assertThat(api.get("/api/v1/dispatch/hotspots?status=ALL&hours=24&size=5", dispatcher).status())
        .isEqualTo(200);
    assertThat(
            api.get("/api/v1/calls?outcome=ANSWERED&size=5", api.login("lead1", "hotline"))
                .status())
        .isEqualTo(200);
  }
}
