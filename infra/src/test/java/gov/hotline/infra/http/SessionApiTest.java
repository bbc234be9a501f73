package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TestClock;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Sessions in PostgreSQL: logout, disabling, role change and password reset end them; admins list
 * and end them.
 */
@Tag("db")
class SessionApiTest {
  private static final String PASSWORD = "Qinghe-2026-ok";
  private static final AtomicInteger SEQ = new AtomicInteger();
  private static RunningServer server;
  private static ApiClient api;
  private static String admin;

  @BeforeAll
  static void start() {
    server = RunningServer.start("session_api", Application.Mode.DEMO, TestClock.env());
    api = server.client();
    admin = api.login("admin", "hotline");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A fresh agent account; returns its id. */
  private static long newAgent(String username) {
    var r =
        api.post(
            "/api/v1/admin/users",
            admin,
            new JsonObject()
                .put("username", username)
                .put("password", PASSWORD)
                .put("role", "AGENT")
                .put("unitId", "HD_CENTER"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().getLong("id");
  }

  private static String fresh() {
    return "sess" + SEQ.incrementAndGet();
  }

  @Test
  void logoutEndsTheTokenOnEveryRoute() {
    String token = api.login("agent1", "hotline");
    assertThat(api.get("/api/v1/tickets", token).status()).isEqualTo(200);

    assertThat(api.post("/api/v1/auth/logout", token, "").status()).isEqualTo(200);

    var after = api.get("/api/v1/tickets", token);
    assertThat(after.status()).isEqualTo(401);
    assertThat(after.errorMessage()).isEqualTo("登录已失效，请重新登录");
    assertThat(api.get("/api/v1/auth/me", token).status()).isEqualTo(401);
  }

  @Test
  void logoutEndsOnlyThatSession() {
    String first = api.login("agent1", "hotline");
    String second = api.login("agent1", "hotline");

    api.post("/api/v1/auth/logout", first, "");

    assertThat(api.get("/api/v1/auth/me", first).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/auth/me", second).status()).isEqualTo(200);
  }

  @Test
  void disablingAUserEndsTheirSessionsAndTheirLogin() {
    String name = fresh();
    long id = newAgent(name);
    String token = api.login(name, PASSWORD);

    var r = api.put("/api/v1/admin/users/" + id, admin, new JsonObject().put("enabled", false));

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().getInteger("sessionsEnded")).isEqualTo(1);
    assertThat(api.get("/api/v1/tickets", token).status()).isEqualTo(401);
    var login =
        api.post(
            "/api/v1/auth/login",
            null,
            new JsonObject().put("username", name).put("password", PASSWORD));
    assertThat(login.status()).isEqualTo(401);
    assertThat(login.errorMessage()).isEqualTo("用户名或密码错误");
  }

  @Test
  void aRoleChangeEndsTheOldSessionsAndTheNextLoginCarriesTheNewRole() {
    String name = fresh();
    long id = newAgent(name);
    String token = api.login(name, PASSWORD);

    var r =
        api.put(
            "/api/v1/admin/users/" + id,
            admin,
            new JsonObject().put("role", "DISPATCHER").put("displayName", "新派单员"));

    assertThat(r.json().getString("role")).isEqualTo("DISPATCHER");
    assertThat(api.get("/api/v1/auth/me", token).status()).isEqualTo(401);
    JsonObject me = api.get("/api/v1/auth/me", api.login(name, PASSWORD)).json();
    assertThat(me.getString("role")).isEqualTo("DISPATCHER");
    assertThat(me.getString("displayName")).isEqualTo("新派单员");
  }

  @Test
  void aPasswordResetEndsTheSessionsAndOnlyTheNewPasswordWorks() {
    String name = fresh();
    long id = newAgent(name);
    String token = api.login(name, PASSWORD);

    var r =
        api.post(
            "/api/v1/admin/users/" + id + "/password",
            admin,
            new JsonObject().put("password", "Haidian-new-2026"));

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(api.get("/api/v1/auth/me", token).status()).isEqualTo(401);
    assertThat(
            api.post(
                    "/api/v1/auth/login",
                    null,
                    new JsonObject().put("username", name).put("password", PASSWORD))
                .status())
        .isEqualTo(401);
    assertThat(api.login(name, "Haidian-new-2026")).isNotBlank();
  }

  @Test
  void aResetPasswordMustPassThePolicy() {
    long id = newAgent(fresh());

    var r =
        api.post(
            "/api/v1/admin/users/" + id + "/password",
            admin,
            new JsonObject().put("password", "abc12345"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("WEAK_PASSWORD");
  }

  @Test
  void anAdminListsSessionsWithClientAndEndsOne() {
    String name = fresh();
    newAgent(name);
    String token = api.login(name, PASSWORD);

    JsonObject session =
        api.get("/api/v1/admin/sessions", admin).json().getJsonArray("items").stream()
            .map(o -> (JsonObject) o)
            .filter(s -> s.getString("username").equals(name))
            .findFirst()
            .orElseThrow();
    var ended = api.delete("/api/v1/admin/sessions/" + session.getString("id"), admin);

    assertThat(session.getString("clientAddress")).isEqualTo("127.0.0.1");
    assertThat(session.getString("expiresAt")).isNotNull();
    assertThat(ended.status()).isEqualTo(200);
    assertThat(ended.json().getBoolean("ended")).isTrue();
    assertThat(api.get("/api/v1/auth/me", token).status()).isEqualTo(401);
    assertThat(api.delete("/api/v1/admin/sessions/nope", admin).status()).isEqualTo(404);
  }

  @Test
  void onlyAnAdminSeesOrEndsSessionsOrChangesUsers() {
    String lead = api.login("lead1", "hotline");

    assertThat(api.get("/api/v1/admin/sessions", lead).status()).isEqualTo(403);
    assertThat(api.delete("/api/v1/admin/sessions/x", lead).status()).isEqualTo(403);
    assertThat(
            api.put("/api/v1/admin/users/1", lead, new JsonObject().put("enabled", false)).status())
        .isEqualTo(403);
  }

  @Test
  void sessionsAreRowsInPostgresWithTheClientsUserAgent() {
    api.login("manager1", "hotline");

    assertThat(
            server
                .database()
                .number(
                    "SELECT count(*) FROM core.user_session s JOIN core.app_user u "
                        + "ON u.id = s.user_id WHERE u.username = 'manager1' AND s.user_agent IS NOT NULL AND s.revoked_at IS NULL"))
        .isPositive();
  }

  @Test
  void theCookieStaysHttpOnlyAndStrictAndIsNotSecureByDefault() {
    var login =
        api.post(
            "/api/v1/auth/login",
            null,
            new JsonObject().put("username", "agent1").put("password", "hotline"));

    String cookie = login.raw().headers().firstValue("set-cookie").orElseThrow();
    assertThat(cookie)
        .contains("hotline_token=")
        .containsIgnoringCase("HttpOnly")
        .contains("SameSite=Strict")
        .doesNotContainIgnoringCase("Secure;")
        .doesNotEndWith("Secure");
  }

  @Test
  void anAdminCannotDisableThemselves() {
    long self = api.get("/api/v1/auth/me", admin).json().getLong("id");

    var r = api.put("/api/v1/admin/users/" + self, admin, new JsonObject().put("enabled", false));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("SELF_LOCKOUT");
  }
}
