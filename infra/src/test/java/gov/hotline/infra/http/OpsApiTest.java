package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import io.vertx.core.json.JsonObject;
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
    assertThat(r.json().getJsonObject("checks").getJsonObject("database").getString("status")).isEqualTo("UP");
  }

  @Test
  void metricsExportTicketCountersAndHttpRequestsInPrometheusText() {
    String agent = api.login("agent1", "hotline");
    api.post("/api/v1/tickets", agent, new JsonObject().put("channel", "PHONE").put("callerPhone", "13900002222")
        .put("appealType", "CONSULT").put("categoryId", "SR01").put("content", "咨询垃圾分类时间"));

    var r = api.get("/metrics", null);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.raw().headers().firstValue("content-type").orElse("")).startsWith("text/plain");
    assertThat(r.body()).containsPattern("hotline_tickets_received_total [1-9]")
        .contains("vertx_http_server_requests_total")
        .contains("jvm_memory_used_bytes");
  }

  @Test
  void theRootServesTheChineseLandingPage() {
    var r = api.get("/", null);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.raw().headers().firstValue("content-type").orElse("")).startsWith("text/html");
    assertThat(r.body()).contains("12345 政务服务便民热线平台");
  }
}
