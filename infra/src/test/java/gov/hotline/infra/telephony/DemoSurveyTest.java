package gov.hotline.infra.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.AmiRig;
import gov.hotline.infra.support.RunningServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code ./hotline demo} with the survey on: the simulated callers of answered calls take the
 * survey through the server's own FastAGI port, so demo calls carry answers as they would from
 * Asterisk.
 */
@Tag("db")
@Tag("ami")
class DemoSurveyTest {

  @Test
  void answeredDemoCallsCarryTheSimulatedCallersSurveyAnswer() {
    try (RunningServer server =
        RunningServer.start(
            "demo_survey",
            Application.Mode.DEMO,
            Map.of(
                "HOTLINE_AGI_PORT",
                Integer.toString(RunningServer.freePort()),
                "HOTLINE_AGI_BIND",
                "127.0.0.1",
                "HOTLINE_SIM_CALLS_PER_MINUTE",
                "120",
                "HOTLINE_SIM_SPEED",
                "30"))) {
      var api = server.client();
      String lead = api.login("lead1", "hotline");
      JsonObject[] surveyed = new JsonObject[1];

      AmiRig.await(
          "an answered demo call with a survey answer",
          Duration.ofSeconds(60),
          () -> {
            JsonArray items =
                api.get("/api/v1/calls?outcome=ANSWERED&size=100", lead)
                    .json()
                    .getJsonArray("items");
            for (int i = 0; i < items.size(); i++) {
              if (items.getJsonObject(i).getJsonObject("survey") != null) {
                surveyed[0] = items.getJsonObject(i).getJsonObject("survey");
                return true;
              }
            }
            return false;
          });

      assertThat(surveyed[0].getString("label")).isIn("满意", "基本满意", "不满意");
      assertThat(surveyed[0].getString("digit")).isIn("1", "2", "3");
    }
  }
}
