package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document at {@code /api/v1/openapi.json} against what the server really mounts: every
 * route of the api router is documented, every documented operation is mounted, each names its
 * roles, and the copy the console generates its types from ({@code console/openapi.json}) is the
 * one served. Run with {@code -Dhotline.openapi.write=true} to rewrite that copy after changing the
 * contract.
 */
@Tag("db")
class OpenApiContractTest {
  private static final Path CONSOLE_COPY = Path.of("..", "console", "openapi.json");
  private static RunningServer server;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    server =
        RunningServer.start(
            "openapi_contract",
            Application.Mode.START,
            Map.of("HOTLINE_ADMIN_PASSWORD", "admin-secret-1"));
    api = server.client();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonObject served() {
    var r = api.get("/api/v1/openapi.json", null);
    assertThat(r.status()).isEqualTo(200);
    return r.json();
  }

  /**
   * "GET /tickets/{id}" for every method and path the api router mounts (catch-all filters have no
   * method).
   */
  private static Set<String> mounted() {
    Router api = ApiVerticle.apiRouter(server.app().vertx(), 1024, server.app().apiRoutes());
    Set<String> out = new TreeSet<>();
    for (Route route : api.getRoutes()) {
      Set<HttpMethod> methods = route.methods();
      if (route.getPath() == null || methods == null || methods.isEmpty()) {
        continue;
      }
      String path = route.getPath().replaceAll(":([A-Za-z]+)", "{$1}");
      methods.forEach(m -> out.add(m.name() + " " + path));
    }
    return out;
  }

  private static Set<String> documented(JsonObject doc) {
    Set<String> out = new TreeSet<>();
    JsonObject paths = doc.getJsonObject("paths");
    paths
        .fieldNames()
        .forEach(
            p ->
                paths
                    .getJsonObject(p)
                    .fieldNames()
                    .forEach(m -> out.add(m.toUpperCase() + " " + p)));
    return out;
  }

  @Test
  void theDocumentIsOpenApi31AndReadableWithoutLogin() {
    JsonObject doc = served();

    assertThat(doc.getString("openapi")).isEqualTo("3.1.0");
    assertThat(doc.getJsonObject("components").getJsonObject("schemas").fieldNames())
        .contains("Ticket", "Call", "Error", "ScreenPop", "LiveBoard");
    assertThat(doc.getJsonObject("components").getJsonObject("securitySchemes").fieldNames())
        .contains("bearerAuth", "cookieAuth");
  }

  @Test
  void everyMountedRouteIsDocumentedAndEveryDocumentedRouteIsMounted() {
    Set<String> mounted = mounted();
    Set<String> documented = documented(served());

    assertThat(mounted).hasSizeGreaterThan(70);
    assertThat(documented).as("documented but not mounted").isSubsetOf(mounted);
    assertThat(mounted).as("mounted but not documented").isSubsetOf(documented);
  }

  @Test
  void everyOperationHasAChineseSummaryRolesAndSecurity() {
    JsonObject paths = served().getJsonObject("paths");

    for (String p : paths.fieldNames()) {
      for (String m : paths.getJsonObject(p).fieldNames()) {
        JsonObject op = paths.getJsonObject(p).getJsonObject(m);
        String name = m + " " + p;
        assertThat(op.getString("summary")).as(name).containsPattern("\\p{IsHan}");
        assertThat(op.getJsonArray("x-roles")).as(name).isNotNull();
        assertThat(op.getJsonArray("security")).as(name).isNotNull();
        assertThat(op.getJsonObject("responses").fieldNames()).as(name).contains("4XX");
        // the contract, the login, the citizens' own page (群众自助) and the city platform's two
        // routes (its shared token) need no login
        boolean open =
            p.equals("/openapi.json")
                || p.equals("/auth/login")
                || p.startsWith("/public/")
                || p.equals("/city/cases")
                || p.equals("/city/verdicts");
        assertThat(op.getJsonArray("x-roles").isEmpty()).as(name).isEqualTo(open);
      }
    }
  }

  @Test
  void anOperationDocumentedForAdminsAnswersThemAndTheRestNeedALogin() {
    String admin = api.login("admin", "admin-secret-1");
    JsonObject live =
        served().getJsonObject("paths").getJsonObject("/live/queues").getJsonObject("get");

    var r = api.get("/api/v1/live/queues", admin);
    var unauthenticated = api.get("/api/v1/tickets", null);

    assertThat(live.getJsonArray("x-roles")).contains("ADMIN");
    assertThat(r.status()).isEqualTo(200);
    assertThat(unauthenticated.status()).isEqualTo(401);
    assertThat(unauthenticated.errorMessage()).contains("请先登录");
  }

  @Test
  void theConsolesCopyIsTheServedDocument() throws IOException {
    JsonObject doc = served();
    if (Boolean.getBoolean("hotline.openapi.write")) {
      Files.writeString(CONSOLE_COPY, doc.encodePrettily() + "\n", StandardCharsets.UTF_8);
    }

    assertThat(CONSOLE_COPY)
        .as("console/openapi.json (rewrite with -Dhotline.openapi.write=true)")
        .exists();
    assertThat(new JsonObject(Files.readString(CONSOLE_COPY, StandardCharsets.UTF_8)))
        .isEqualTo(doc);
  }
}
