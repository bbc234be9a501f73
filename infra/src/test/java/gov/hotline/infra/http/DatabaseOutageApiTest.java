package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.DatabaseProxy;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.telephony.support.Await;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With its PostgreSQL gone the server answers at once — a 503 in Chinese, the health check DOWN —
 * instead of holding each request for the pool's wait, and works again by itself once the database
 * is back. (The bound asserted is ten times the configured wait: it catches a hang, not a slow
 * machine.)
 */
class DatabaseOutageApiTest {
  private static final Duration NO_HANG = Duration.ofSeconds(15);

  private static DatabaseProxy proxy;
  private static RunningServer server;
  private static ApiClient api;
  private static String token;

  @BeforeAll
  static void start() {
    proxy = DatabaseProxy.to("127.0.0.1", 5432);
    server =
        RunningServer.start(
            "outage", Application.Mode.DEMO, Map.of("HOTLINE_DB_WAIT_MS", "1500"), proxy::via);
    api = server.client();
    token = api.login("agent1", "hotline");
  }

  @AfterEach
  void databaseBack() {
    proxy.restore();
    Await.until(
        "the server works again",
        Duration.ofSeconds(20),
        () -> api.get("/api/v1/tickets", token).status() == 200);
  }

  @AfterAll
  static void stop() {
    server.close();
    proxy.close();
  }

  @Test
  void aRequestThatNeedsTheDatabaseAnswers503InChineseWithoutHanging() {
    proxy.cut();

    ApiClient.Reply reply =
        assertTimeoutPreemptively(NO_HANG, () -> api.get("/api/v1/tickets", token));

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.errorCode()).isEqualTo("DATABASE_UNAVAILABLE");
    assertThat(reply.errorMessage()).isEqualTo("数据库暂不可用，请稍后重试");
    assertThat(reply.raw().headers().firstValue("Retry-After")).hasValue("5");
  }

  @Test
  void theHealthCheckSaysDownWithoutHanging() {
    proxy.cut();

    ApiClient.Reply reply = assertTimeoutPreemptively(NO_HANG, () -> api.get("/health", null));

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.json().getString("status")).isEqualTo("DOWN");
  }

  @Test
  void aTicketWrittenBeforeTheOutageIsThereAfterIt() {
    var created =
        api.post(
            "/api/v1/tickets",
            token,
            new JsonObject()
                .put("channel", "WEB")
                .put("callerName", "李四")
                .put("callerPhone", "13900001111")
                .put("address", "海淀区中关村大街1号")
                .put("appealType", "HELP")
                .put("categoryId", "SR01")
                .put("content", "停电前受理：路边垃圾无人清运"));
    proxy.cut();
    assertThat(api.get("/api/v1/tickets", token).status()).isEqualTo(503);
    proxy.restore();

    Await.until(
        "the server works again",
        Duration.ofSeconds(20),
        () -> api.get("/api/v1/tickets", token).status() == 200);
    assertThat(created.status()).isEqualTo(201);
    assertThat(api.get("/api/v1/tickets/" + created.json().getString("id"), token).status())
        .isEqualTo(200);
  }
}
