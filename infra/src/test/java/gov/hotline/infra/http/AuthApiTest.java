package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("db")
class AuthApiTest {
  private static RunningServer server;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    server = RunningServer.demo("auth_api");
    api = server.client();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @CsvSource({
    "admin,ADMIN,HD_CENTER",
    "agent1,AGENT,HD_CENTER",
    "lead1,TEAM_LEAD,HD_CENTER",
    "dispatcher1,DISPATCHER,HD_CENTER",
    "handler1,UNIT_HANDLER,STR_QH",
    "manager1,MANAGER,HD"
  })
  void everyDemoUserLogsInAndSeesTheirRoleAndUnit(String user, String role, String unit) {
    String token = api.login(user, "hotline");

    JsonObject me = api.get("/api/v1/auth/me", token).json();

    assertThat(me.getString("username")).isEqualTo(user);
    assertThat(me.getString("role")).isEqualTo(role);
    assertThat(me.getString("unitId")).isEqualTo(unit);
  }

  @Test
  void aWrongPasswordIsRefusedWithAChineseMessage() {
    var r =
        api.post(
            "/api/v1/auth/login",
            null,
            new JsonObject().put("username", "agent1").put("password", "nope"));

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.errorMessage()).isEqualTo("用户名或密码错误");
  }

  @Test
  void wrongPasswordsNeverLockTheOwnerOut() {
    for (int i = 0; i < 6; i++) {
      api.post(
          "/api/v1/auth/login",
          null,
          new JsonObject().put("username", "handler2").put("password", "bad" + i));
    }

    var r =
        api.post(
            "/api/v1/auth/login",
            null,
            new JsonObject().put("username", "handler2").put("password", "hotline"));

    assertThat(r.status()).as("the failing client waits, nobody is locked").isEqualTo(429);
    assertThat(r.errorCode()).isNotEqualTo("ACCOUNT_LOCKED");
    assertThat(r.raw().headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void apisRefuseRequestsWithoutAValidToken() {
    assertThat(api.get("/api/v1/tickets", null).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/tickets", "forged.token").status()).isEqualTo(401);
    var r = api.get("/api/v1/units", api.login("agent1", "hotline") + "x");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.errorMessage()).isEqualTo("登录已失效，请重新登录");
  }

  @Test
  void theConsoleSessionCookieAuthenticatesLikeTheBearerToken() throws Exception {
    var login =
        api.post(
            "/api/v1/auth/login",
            null,
            new JsonObject().put("username", "agent1").put("password", "hotline"));
    String setCookie = login.raw().headers().firstValue("set-cookie").orElseThrow();
    assertThat(setCookie).containsIgnoringCase("HttpOnly").contains("SameSite=Strict");

    HttpResponse<String> me =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(login.raw().uri().resolve("/api/v1/auth/me"))
                    .header("Cookie", setCookie.substring(0, setCookie.indexOf(';')))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(new JsonObject(me.body()).getString("username")).isEqualTo("agent1");
  }

  @Test
  void anAdminCreatesAUserWhoCanThenLogIn() {
    String admin = api.login("admin", "hotline");

    var created =
        api.post(
            "/api/v1/admin/users",
            admin,
            new JsonObject()
                .put("username", "handler_zgc")
                .put("password", "Haidian2026")
                .put("displayName", "中关村承办人")
                .put("role", "UNIT_HANDLER")
                .put("unitId", "STR_ZGC"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().getString("unitId")).isEqualTo("STR_ZGC");
    assertThat(created.body()).doesNotContain("Haidian2026").doesNotContain("password");
    JsonObject me = api.get("/api/v1/auth/me", api.login("handler_zgc", "Haidian2026")).json();
    assertThat(me.getString("role")).isEqualTo("UNIT_HANDLER");
  }

  @Test
  void onlyAnAdminMayCreateUsers() {
    var r =
        api.post(
            "/api/v1/admin/users",
            api.login("dispatcher1", "hotline"),
            new JsonObject()
                .put("username", "x1")
                .put("password", "Abcdefg123")
                .put("role", "AGENT")
                .put("unitId", "HD_CENTER"));

    assertThat(r.status()).isEqualTo(403);
  }

  @ParameterizedTest
  @CsvSource({
    "weak1,short1,AGENT,HD_CENTER,WEAK_PASSWORD",
    "weak2,abc12345,AGENT,HD_CENTER,WEAK_PASSWORD",
    "weak3,Password123,AGENT,HD_CENTER,COMMON_PASSWORD",
    "weak4,woaini1314,AGENT,HD_CENTER,COMMON_PASSWORD",
    "zhangwei,Zhangwei-2026,AGENT,HD_CENTER,PASSWORD_CONTAINS_USERNAME",
    "agent1,Abcdefg123,AGENT,HD_CENTER,USERNAME_TAKEN",
    "nounit,Abcdefg123,AGENT,NOPE,UNKNOWN_UNIT",
    "badrole,Abcdefg123,BOSS,HD_CENTER,UNKNOWN_ENUM"
  })
  void invalidNewUsersAreRefusedWithAReason(
      String user, String password, String role, String unit, String code) {
    var r =
        api.post(
            "/api/v1/admin/users",
            api.login("admin", "hotline"),
            new JsonObject()
                .put("username", user)
                .put("password", password)
                .put("role", role)
                .put("unitId", unit));

    assertThat(r.status()).isBetween(400, 409);
    assertThat(r.errorCode()).isEqualTo(code);
  }

  @Test
  void passwordsAreStoredAsBcryptHashes() {
    String hash =
        server.database().text("SELECT password_hash FROM core.app_user WHERE username = 'agent1'");

    assertThat(hash).startsWith("$2").doesNotContain("hotline");
  }

  @Test
  void unknownApiPathsAnswer404InJson() {
    var r = api.get("/api/v1/nothing-here", api.login("agent1", "hotline"));

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.errorCode()).isEqualTo("NOT_FOUND");
  }
}
