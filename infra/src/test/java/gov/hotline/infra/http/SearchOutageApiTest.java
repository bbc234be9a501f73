package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * With its Elasticsearch unreachable the server still starts and takes tickets and edits; a search
 * says in Chinese that it cannot answer now (503, at once), and the health check says which part is
 * down. (Recovery once the node answers is {@code SearchRecoveryTest}'s.)
 */
@Tag("db")
class SearchOutageApiTest {
  private static final Duration NO_HANG = Duration.ofSeconds(10);

  private static RunningServer server;
  private static ApiClient api;
  private static String agent;
  private static String lead;

  @BeforeAll
  static void start() {
    server =
        RunningServer.start(
            "search_outage",
            Application.Mode.DEMO,
            Map.of(
                "HOTLINE_SEARCH_ENGINE",
                "elasticsearch",
                "HOTLINE_ES_URL",
                "http://127.0.0.1:" + RunningServer.freePort()));
    api = server.client();
    agent = api.login("agent1", "hotline");
    lead = api.login("lead1", "hotline");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aSearchAnswers503InChineseAtOnce() {
    ApiClient.Reply reply =
        assertTimeoutPreemptively(
            NO_HANG,
            () ->
                api.get(
                    "/api/v1/kb/search?q=" + URLEncoder.encode("公积金怎么取", StandardCharsets.UTF_8),
                    agent));

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.errorCode()).isEqualTo("SEARCH_UNAVAILABLE");
    assertThat(reply.errorMessage()).contains("知识库检索暂不可用").contains("工单受理与办理不受影响");
  }

  @Test
  void ticketsAreStillTaken() {
    ApiClient.Reply created =
        api.post(
            "/api/v1/tickets",
            agent,
            new JsonObject()
                .put("channel", "PHONE")
                .put("callerName", "王五")
                .put("callerPhone", "13900002222")
                .put("address", "海淀区中关村大街1号")
                .put("appealType", "HELP")
                .put("categoryId", "SR01")
                .put("content", "检索引擎停机时受理：路边垃圾无人清运"));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(api.get("/api/v1/tickets/" + created.json().getString("id"), agent).status())
        .isEqualTo(200);
  }

  @Test
  void anArticleEditIsStoredAndWaitsForTheIndex() {
    ApiClient.Reply created =
        api.post(
            "/api/v1/kb/articles",
            lead,
            new JsonObject()
                .put("title", "停机期间新增的知识")
                .put("body", "检索引擎恢复后自动补建索引。")
                .put("category", "测试")
                .put("keywords", new JsonArray().add("停机")));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(api.get("/api/v1/kb/articles/" + created.json().getLong("id"), lead).status())
        .isEqualTo(200);
  }

  @Test
  void theHealthCheckSaysSearchIsDownAndTheServerDegraded() {
    ApiClient.Reply health = assertTimeoutPreemptively(NO_HANG, () -> api.get("/health", null));

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().getString("status")).isEqualTo("DEGRADED");
    assertThat(health.json().getJsonObject("checks").getJsonObject("search"))
        .isEqualTo(new JsonObject().put("status", "DOWN").put("engine", "elasticsearch"));
  }
}
