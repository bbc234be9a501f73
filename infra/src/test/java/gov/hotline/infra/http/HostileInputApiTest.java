package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TestClock;
import gov.hotline.infra.support.TicketIntake;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input PostgreSQL or java.time cannot take (NUL, lone surrogates, bcrypt's 72 bytes, year
 * −999999999) is a 400.
 */
@Tag("db")
class HostileInputApiTest {
  private static RunningServer server;
  private static ApiClient api;
  private static String agent;
  private static String admin;
  private static String manager;

  @BeforeAll
  static void start() {
    server = RunningServer.start("hostile_input", Application.Mode.DEMO, TestClock.env());
    api = server.client();
    agent = api.login("agent1", "hotline");
    admin = api.login("admin", "hotline");
    manager = api.login("manager1", "hotline");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonObject ticket(String content) {
    return TicketIntake.fromZhongguancun().channel("WEB").content(content).json();
  }

  private static long ticketCount() {
    return server.database().number("SELECT count(*) FROM core.ticket");
  }

  @Test
  void aNulInTheLoginUserNameIsABadRequestWithoutLoggingIn() {
    var r =
        api.post(
            "/api/v1/auth/login",
            null,
            new JsonObject().put("username", "admin\u0000").put("password", "x"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("INVALID_CHARACTERS");
    assertThat(r.errorMessage()).contains("空字符");
  }

  @Test
  void aNulInTicketContentIsRefusedAndNothingIsStored() {
    long before = ticketCount();

    var r = api.post("/api/v1/tickets", agent, ticket("路灯不亮\u0000"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("INVALID_CHARACTERS");
    assertThat(ticketCount()).isEqualTo(before);
  }

  @Test
  void aLoneSurrogateEscapeIsRefused() {
    String body = ticket("X").encode().replace("\"X\"", "\"路灯\\ud800不亮\"");

    var r = api.post("/api/v1/tickets", agent, body);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("INVALID_CHARACTERS");
  }

  @Test
  void anEscapedBackslashAndCharactersBeyondTheBmpAreOrdinaryText() {
    var r = api.post("/api/v1/tickets", agent, ticket("𠮷野家门口 \\u0000 路灯不亮"));

    assertThat(r.status()).isEqualTo(201);
    assertThat(
            r.json().getJsonObject("appeal") == null
                ? r.body()
                : r.json().getJsonObject("appeal").encode())
        .contains("𠮷野家");
  }

  @Test
  void aNulInAnAdminUnitNameIsRefused() {
    var r =
        api.put(
            "/api/v1/admin/units/STR_QH",
            admin,
            new JsonObject().put("name", "清河\u0000街道").put("type", "STREET").put("parentId", "HD"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("INVALID_CHARACTERS");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/calls/abc%00",
        "/api/v1/tickets/1%00",
        "/api/v1/tickets?text=%00",
        "/api/v1/calls?callerNumber=139%00",
        "/api/v1/kb/search?q=%E8%B7%AF%00"
      })
  void aNulInAPathIdOrQueryIsABadRequest(String path) {
    var r = api.get(path, agent);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("INVALID_CHARACTERS");
  }

  @Test
  void aPasswordLongerThanBcryptTakesIsRefusedOnCreation() {
    var r =
        api.post(
            "/api/v1/admin/users",
            admin,
            new JsonObject()
                .put("username", "long_pw")
                .put("password", "Aa1" + "密".repeat(30))
                .put("role", "AGENT")
                .put("unitId", "HD_CENTER"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("PASSWORD_TOO_LONG");
    assertThat(r.errorMessage()).contains("72");
  }

  @ParameterizedTest
  @ValueSource(ints = {73, 200, 5000})
  void aPasswordLongerThanBcryptTakesIsAnOrdinaryFailedLogin(int length) {
    var r =
        api.post(
            "/api/v1/auth/login",
            null,
            new JsonObject().put("username", "agent1").put("password", "h".repeat(length)));

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.errorMessage()).isEqualTo("用户名或密码错误");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-999999999-01-01", "+999999999-12-31", "1899-12-31", "2201-01-01"})
  void extremeDatesAreRefusedOnEveryDateParameter(String date) {
    String[] paths = {
      "/api/v1/reports/traffic?period=day&date=",
      "/api/v1/reports/units?period=month&date=",
      "/api/v1/reports/tickets?period=week&date=",
      "/api/v1/recordings/day?date=",
      "/api/v1/calls?from=",
      "/api/v1/tickets?createdTo="
    };
    for (String p : paths) {
      var r = api.get(p + date.replace("+", "%2B"), manager);

      assertThat(r.status()).as(p).isEqualTo(400);
      assertThat(r.errorMessage()).as(p).contains("1900–2200");
    }
    var archive =
        api.post(
            "/api/v1/reports/archive",
            manager,
            new JsonObject().put("report", "TRAFFIC").put("period", "day").put("date", date));
    assertThat(archive.status()).isEqualTo(400);
    var day =
        api.put(
            "/api/v1/admin/calendar/days/" + date.replace("+", "%2B"),
            admin,
            new JsonObject().put("kind", "HOLIDAY").put("name", "x"));
    assertThat(day.status()).isEqualTo(400);
  }

  @Test
  void anInstantFarOutsideTheBoundsIsRefused() {
    var r = api.get("/api/v1/tickets?createdFrom=-999999999-01-01T00:00:00Z", manager);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("DATE_OUT_OF_RANGE");
  }
}
