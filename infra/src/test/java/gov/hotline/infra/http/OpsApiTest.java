package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TicketIntake;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("db")
class OpsApiTest {
  private static RunningServer server;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    server = RunningServer.demo("ops_api");
    api = server.client();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void healthReportsTheDatabaseWithoutLogin() {
    var r = api.get("/health", null);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().getString("status")).isEqualTo("UP");
    assertThat(r.json().getJsonObject("checks").getJsonObject("database").getString("status"))
        .isEqualTo("UP");
  }

  @Test
  void metricsExportTicketCountersAndHttpRequestsInPrometheusText() {
    String agent = api.login("agent1", "hotline");
    TicketIntake.aTicket()
        .callerPhone("13900002222")
        .appealType("CONSULT")
        .categoryId("SR01")
        .content("咨询垃圾分类时间")
        .post(api, agent);

    var r = api.get("/metrics", null);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.raw().headers().firstValue("content-type").orElse("")).startsWith("text/plain");
    assertThat(r.body())
        .containsPattern("hotline_tickets_received_total [1-9]")
        .contains("vertx_http_server_requests_total")
        .contains("jvm_memory_used_bytes");
  }

  @Test
  void theRootAndEveryPagePathServeTheConsoleIndexUncached() {
    for (String path :
        List.of(
            "/", "/agent/desk", "/lead/wallboard/some/deep/route", "/login?redirect=%2Fagent")) {
      var r = api.get(path, null);

      assertThat(r.status()).as(path).isEqualTo(200);
      assertThat(r.raw().headers().firstValue("content-type").orElse(""))
          .as(path)
          .startsWith("text/html");
      assertThat(r.raw().headers().firstValue("cache-control").orElse(""))
          .as(path)
          .isEqualTo("no-cache");
      assertThat(r.body()).as(path).contains("<div id=\"app\">").contains("12345 政务服务便民热线");
    }
  }

  @Test
  void hashedAssetsAreCachedForAYearAndMissingFilesAreNotFound() {
    String index = api.get("/", null).body();
    Matcher m = Pattern.compile("/assets/[A-Za-z0-9_.-]+\\.js").matcher(index);
    assertThat(m.find()).as("index.html names its hashed script").isTrue();

    var asset = api.get(m.group(), null);

    assertThat(asset.status()).isEqualTo(200);
    assertThat(asset.raw().headers().firstValue("cache-control").orElse(""))
        .isEqualTo("public, max-age=31536000, immutable");
    assertThat(asset.raw().headers().firstValue("content-type").orElse("")).contains("javascript");
    var missing = api.get("/assets/no-such-file-0000.js", null);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.raw().headers().firstValue("cache-control").orElse(""))
        .doesNotContain("immutable");
    assertThat(api.get("/api/v1/no-such-route", null).status()).isIn(401, 404);
  }
}
