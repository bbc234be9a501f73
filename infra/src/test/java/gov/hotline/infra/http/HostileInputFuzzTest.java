package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TestClock;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever a client sends to the main routes — strings with NUL, lone surrogates, 𠮷, huge numbers,
 * extreme dates, wrong JSON types — the answer is never a 500 and never a stack trace, and a refused intake stores
 * nothing. Inputs come from a seeded generator (the seed is in the failure message, so a failure replays).
 */
@Tag("db")
class HostileInputFuzzTest {
  private static final long SEED = 20261203L;
  private static final int CASES = 300;
  private static final List<String> NASTY = List.of("\u0000", "a\u0000b", "\ud800", "x\udc00y", "𠮷", "𠮷\u0000",
      "-999999999-01-01", "+999999999-12-31", "0000-00-00", "2026-02-30", "99999999999999999999999", "-1", "1e309",
      "NaN", "true", "null", "", " ", "%00", "../../etc/passwd", "<script>alert(1)</script>", "=cmd|' /C calc'!A0",
      "'; DROP TABLE core.ticket; --", "\\u0000", "长".repeat(5000), "9".repeat(400), "2026-11-18T25:61:00Z",
      "1900-01-01", "2200-12-31", "SIGNED", "ADMIN");
  private static RunningServer server;
  private static ApiClient api;
  private static String agent;
  private static String manager;
  private static String admin;

  @BeforeAll
  static void start() {
    server = RunningServer.start("fuzz", Application.Mode.DEMO, TestClock.env());
    api = server.client();
    agent = api.login("agent1", "hotline");
    manager = api.login("manager1", "hotline");
    admin = api.login("admin", "hotline");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A nasty string, a random mix of nasty pieces, or a random run of code points from the whole range. */
  private static String text(Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> NASTY.get(r.nextInt(NASTY.size()));
      case 1 -> NASTY.get(r.nextInt(NASTY.size())) + "路灯" + NASTY.get(r.nextInt(NASTY.size()));
      default -> {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(12); i > 0; i--) {
          int cp = r.nextInt(4) == 0 ? r.nextInt(0x20) : r.nextInt(0x10FFFF);
          b.appendCodePoint(cp);
        }
        yield b.toString();
      }
    };
  }

  /** A JSON value of any type, mostly strings. */
  private static Object value(Random r) {
    return switch (r.nextInt(8)) {
      case 0 -> r.nextLong();
      case 1 -> r.nextBoolean();
      case 2 -> new JsonArray().add(text(r));
      case 3 -> new JsonObject().put("x", text(r));
      case 4 -> 1e308 * (r.nextBoolean() ? 10 : -10);
      default -> text(r);
    };
  }

  private static String escapedBody(Random r, String... fields) {
    JsonObject o = new JsonObject().put("channel", "PHONE").put("callerName", "李四").put("callerPhone", "13900001111")
        .put("address", "海淀区").put("appealType", "HELP").put("categoryId", "SR01").put("content", "路灯不亮");
    for (String f : fields) {
      if (r.nextInt(3) > 0) {
        o.put(f, value(r));
      }
    }
    // a lone surrogate cannot travel as UTF-8: send it as the JSON escape a hostile client would write
    return o.encode().replace("\ud800", "\\ud800").replace("\udc00", "\\udc00");
  }

  private static String q(String v) {
    return URLEncoder.encode(v, StandardCharsets.UTF_8);
  }

  private static void assertNoServerError(ApiClient.Reply r, String what) {
    assertThat(r.status()).as(what + " → " + r.body()).isLessThan(500);
    assertThat(r.body()).as(what).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("PSQL");
  }

  @Test
  void ticketIntakeNeverFailsWithA500AndARefusalStoresNothing() {
    Random r = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      String body = escapedBody(r, "channel", "callerName", "callerPhone", "address", "appealType", "categoryId",
          "urgency", "content", "callId", "confidential");
      long before = server.database().number("SELECT count(*) FROM core.ticket");

      var reply = api.post("/api/v1/tickets", agent, body);

      assertNoServerError(reply, "seed " + SEED + " case " + i + ": " + body);
      if (reply.status() != 201) {
        assertThat(server.database().number("SELECT count(*) FROM core.ticket")).as(body).isEqualTo(before);
      }
    }
  }

  @Test
  void queryParametersAndPathIdsNeverFailWithA500() {
    Random r = new Random(SEED + 1);
    String[] gets = {"/api/v1/tickets?text=", "/api/v1/tickets?createdFrom=", "/api/v1/tickets?status=",
        "/api/v1/tickets?page=", "/api/v1/tickets?size=", "/api/v1/tickets/", "/api/v1/calls/", "/api/v1/calls?from=",
        "/api/v1/calls?outcome=", "/api/v1/recordings/day?date=", "/api/v1/reports/traffic?period=day&date=",
        "/api/v1/reports/tickets?period=", "/api/v1/reports/archive/", "/api/v1/kb/search?q=", "/api/v1/units?q=",
        "/api/v1/calendar/days?year=", "/api/v1/dispatch/alerts?kind=", "/api/v1/admin/audit?from="};
    for (int i = 0; i < CASES; i++) {
      String path = gets[r.nextInt(gets.length)] + q(text(r));

      assertNoServerError(api.get(path, path.contains("/admin/") ? admin : manager), "seed " + SEED + " GET " + path);
      assertNoServerError(api.get(path, agent), "seed " + SEED + " GET " + path);
    }
  }

  @Test
  void loginAndAdminBodiesNeverFailWithA500() {
    Random r = new Random(SEED + 2);
    for (int i = 0; i < CASES / 3; i++) {
      String login = new JsonObject().put("username", value(r)).put("password", value(r)).encode()
          .replace("\ud800", "\\ud800").replace("\udc00", "\\udc00");
      String unit = new JsonObject().put("name", value(r)).put("type", value(r)).put("parentId", value(r))
          .put("aliases", value(r)).encode().replace("\ud800", "\\ud800").replace("\udc00", "\\udc00");

      assertNoServerError(api.post("/api/v1/auth/login", null, login, "X-Case", Integer.toString(i)), login);
      assertNoServerError(api.post("/api/v1/dispatch/recommend", agent, unit), unit);
      assertNoServerError(api.put("/api/v1/admin/categories/ZZ" + i, admin, new JsonObject(unit)), unit);
    }
  }
}
