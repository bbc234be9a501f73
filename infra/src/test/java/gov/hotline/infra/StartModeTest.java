package gov.hotline.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.hotline.infra.config.HotlineConfig.ConfigException;
import gov.hotline.infra.support.RunningServer;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code ./hotline start} on an empty database: no demo data, an admin only with
 * HOTLINE_ADMIN_PASSWORD.
 */
@Tag("db")
class StartModeTest {

  @Test
  void startRefusesAnEmptyDatabaseWithoutAnAdminPassword() {
    assertThatThrownBy(() -> RunningServer.start("start_nopw", Application.Mode.START, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("HOTLINE_ADMIN_PASSWORD");
  }

  @Test
  void startCreatesOnlyTheAdminWithTheGivenPassword() {
    try (RunningServer server =
        RunningServer.start(
            "start_pw", Application.Mode.START, Map.of("HOTLINE_ADMIN_PASSWORD", "S3cret-admin"))) {
      var api = server.client();
      String token = api.login("admin", "S3cret-admin");

      JsonObject me = api.get("/api/v1/auth/me", token).json();
      long users = server.database().number("SELECT count(*) FROM core.app_user");
      long tickets = server.database().number("SELECT count(*) FROM core.ticket");

      assertThat(me.getString("role")).isEqualTo("ADMIN");
      assertThat(users).isEqualTo(1);
      assertThat(tickets).isZero();
      assertThat(
              api.post(
                      "/api/v1/auth/login",
                      null,
                      new JsonObject().put("username", "agent1").put("password", "hotline"))
                  .status())
          .isEqualTo(401);
    }
  }
}
