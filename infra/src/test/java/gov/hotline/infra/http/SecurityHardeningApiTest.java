package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TestClock;
import io.vertx.core.json.JsonObject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Security headers, JSON-only bodies, /metrics behind a token, server timeouts, the role before the
 * payload.
 */
@Tag("db")
class SecurityHardeningApiTest {
  private static RunningServer server;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    server =
        RunningServer.start(
            "hardening",
            Application.Mode.DEMO,
            TestClock.env(Map.of("HOTLINE_HTTP_IDLE_TIMEOUT_SECONDS", "2")));
    api = server.client();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/units", "/api/v1/nothing-here", "/", "/health"})
  void everyResponseCarriesTheSecurityHeaders(String path) {
    var r =
        api.get(path, path.startsWith("/api") ? api.login("agent1", "hotline") : null)
            .raw()
            .headers();

    assertThat(r.firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("default-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .contains("style-src 'self' 'unsafe-inline'")
                    .contains("img-src 'self' data: blob:")
                    .contains("media-src 'self' blob:"));
    assertThat(r.firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(r.firstValue("Referrer-Policy")).hasValue("no-referrer");
  }

  @Test
  void aJsonBodySentAsPlainTextIsRefusedWith415() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + serverPort() + "/api/v1/auth/login"))
                    .header("Content-Type", "text/plain")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"agent1\",\"password\":\"hotline\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(new JsonObject(r.body()).getJsonObject("error").getString("message"))
        .contains("application/json");
  }

  @Test
  void metricsNeedTheTokenOrAnAdmin() {
    assertThat(api.get("/metrics", null, "X-No", "token").status()).isEqualTo(401);
    assertThat(api.get("/metrics", "wrong-token", "X-No", "token").status()).isEqualTo(401);
    assertThat(api.get("/metrics", RunningServer.METRICS_TOKEN, "X-No", "token").status())
        .isEqualTo(200);
    assertThat(api.get("/metrics", api.login("admin", "hotline"), "X-No", "token").status())
        .isEqualTo(200);
    assertThat(api.get("/metrics", api.login("agent1", "hotline"), "X-No", "token").status())
        .isEqualTo(403);
  }

  @Test
  void aForbiddenCallerLearnsNothingAboutThePayload() {
    var ticket = api.post("/api/v1/tickets", api.login("manager1", "hotline"), "{broken");
    var article = api.post("/api/v1/kb/articles", api.login("agent1", "hotline"), "{broken");
    var units =
        api.post("/api/v1/dispatch/units/import", api.login("dispatcher1", "hotline"), "{broken");
    var dispatch =
        api.post("/api/v1/tickets/1/dispatch", api.login("handler1", "hotline"), "{broken");

    assertThat(ticket.status()).isEqualTo(403);
    assertThat(article.status()).isEqualTo(403);
    assertThat(units.status()).isEqualTo(403);
    assertThat(dispatch.status()).isEqualTo(403);
  }

  @Test
  void aConnectionThatStopsHalfWayThroughItsHeadersIsClosed() throws Exception {
    try (Socket s = new Socket("127.0.0.1", serverPort())) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      out.write("GET /health HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();

      assertThat(in.read()).as("closed by the server after its 2 s idle timeout").isEqualTo(-1);
    }
  }

  private static int serverPort() {
    return URI.create(api.get("/health", null).raw().uri().toString()).getPort();
  }
}
