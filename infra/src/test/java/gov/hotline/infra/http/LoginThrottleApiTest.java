package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TestClock;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Growing delays per client address and account instead of a lock anyone could trigger. The server
 * trusts the loopback as a proxy, so each test speaks from addresses of its own through
 * X-Forwarded-For.
 */
@Tag("db")
class LoginThrottleApiTest {
  private static RunningServer server;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    server =
        RunningServer.start(
            "login_throttle",
            Application.Mode.DEMO,
            TestClock.env(Map.of("HOTLINE_TRUSTED_PROXIES", "127.0.0.1")));
    api = server.client();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static ApiClient.Reply login(String from, String user, String password) {
    return api.post(
        "/api/v1/auth/login",
        null,
        new JsonObject().put("username", user).put("password", password).encode(),
        "X-Forwarded-For",
        from);
  }

  @Test
  void anAddressThatKeepsFailingWaitsWithA429AndRetryAfterEvenWithTheRightPassword() {
    for (int i = 0; i < 4; i++) {
      assertThat(login("10.1.0.1", "handler2", "wrong" + i).status()).isEqualTo(401);
    }

    var r = login("10.1.0.1", "handler2", "hotline");

    assertThat(r.status()).isEqualTo(429);
    assertThat(r.errorMessage()).isEqualTo("尝试过于频繁，请 1 秒后再试");
    assertThat(r.raw().headers().firstValue("Retry-After")).hasValue("1");
  }

  @Test
  void theOwnerLogsInFromAnAddressThatHasNotFailedWhileTheAttackerWaits() {
    for (int i = 0; i < 12; i++) {
      login("10.2.0." + (i % 3 + 1), "admin", "guess" + i);
    }

    assertThat(login("10.2.0.1", "admin", "hotline").status()).isEqualTo(429);
    assertThat(login("10.2.9.9", "admin", "hotline").status()).isEqualTo(200);
  }

  @Test
  void theDelayGrowsWithEachFurtherFailure() {
    for (int i = 0; i < 4; i++) {
      login("10.3.0.1", "lead1", "wrong" + i);
    }
    assertThat(login("10.3.0.1", "lead1", "x").raw().headers().firstValue("Retry-After"))
        .hasValue("1");
    expireBlocks("10.3.0.1 lead1");

    assertThat(login("10.3.0.1", "lead1", "wrong5").status()).isEqualTo(401);

    assertThat(login("10.3.0.1", "lead1", "x").raw().headers().firstValue("Retry-After"))
        .hasValue("2");
  }

  @Test
  void anAddressTryingManyAccountsIsSlowedDown() {
    for (int i = 0; i < 21; i++) {
      assertThat(login("10.4.0.1", "nobody" + i, "pw" + i).status()).isEqualTo(401);
    }

    assertThat(login("10.4.0.1", "dispatcher1", "hotline").status()).isEqualTo(429);
    assertThat(login("10.4.0.2", "dispatcher1", "hotline").status()).isEqualTo(200);
  }

  @Test
  void countersLiveInPostgresSoEveryInstanceSharesThem() {
    login("10.5.0.1", "manager1", "wrong");

    assertThat(
            server
                .database()
                .number(
                    "SELECT failures FROM core.login_throttle WHERE scope = 'PAIR' "
                        + "AND key = '10.5.0.1 manager1'"))
        .isEqualTo(1);
  }

  @Test
  void aSuccessfulLoginClearsThatAddresssFailures() {
    login("10.6.0.1", "agent1", "wrong1");
    login("10.6.0.1", "agent1", "wrong2");

    assertThat(login("10.6.0.1", "agent1", "hotline").status()).isEqualTo(200);

    assertThat(
            server
                .database()
                .number(
                    "SELECT count(*) FROM core.login_throttle WHERE scope = 'PAIR' "
                        + "AND key = '10.6.0.1 agent1'"))
        .isZero();
  }

  @Test
  void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
    var unknown = login("10.7.0.1", "no-such-user", "whatever1");
    var wrong = login("10.7.0.2", "agent1", "whatever1");

    assertThat(unknown.status()).isEqualTo(wrong.status()).isEqualTo(401);
    assertThat(unknown.body()).isEqualTo(wrong.body());
  }

  /** As if the waiting time had passed: the block ends in the past of any business clock. */
  private static void expireBlocks(String pairKey) {
    server
        .database()
        .dsl()
        .execute(
            "UPDATE core.login_throttle SET blocked_until = '2000-01-01T00:00:00Z' "
                + "WHERE key = '"
                + pairKey
                + "'");
  }
}
