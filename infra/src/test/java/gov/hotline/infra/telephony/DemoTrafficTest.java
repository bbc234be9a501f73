package gov.hotline.infra.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.AmiRig;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TicketIntake;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code ./hotline demo} without an Asterisk: the AMI simulator generates calls and the server
 * ingests them through the same Asterisk-Java client. The simulated clock runs 30 times faster
 * here, so that minutes pass in seconds.
 */
@Tag("db")
@Tag("ami")
class DemoTrafficTest {
  private static RunningServer server;
  private static ApiClient api;
  private static String lead;

  @BeforeAll
  static void start() {
    server =
        RunningServer.start(
            "demo_traffic",
            Application.Mode.DEMO,
            Map.of(
                "HOTLINE_SIM_CALLS_PER_MINUTE",
                "120",
                "HOTLINE_SIM_SPEED",
                "30",
                "HOTLINE_RECORDING_GRACE_SECONDS",
                "1"));
    api = server.client();
    lead = api.login("lead1", "hotline");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static List<JsonObject> calls() {
    JsonArray items = api.get("/api/v1/calls?size=200", lead).json().getJsonArray("items");
    return items.stream().map(JsonObject.class::cast).toList();
  }

  @Test
  void generatedCallsArriveThroughTheAmiClientAndEndAnsweredOrAbandoned() {
    // answered calls end after their talk time, abandoned ones sooner: wait for what is asserted,
    // not
    // for a count a burst of abandons can reach first (a loaded machine delivers the first calls at
    // once)
    AmiRig.await(
        "an answered inbound call from the simulator that has ended",
        Duration.ofSeconds(60),
        () ->
            calls().stream()
                .anyMatch(
                    c ->
                        c.getString("endedAt") != null
                            && "INBOUND".equals(c.getString("direction"))
                            && "ANSWERED".equals(c.getString("outcome"))));

    List<JsonObject> ended =
        calls().stream()
            .filter(c -> c.getString("endedAt") != null)
            .filter(c -> "INBOUND".equals(c.getString("direction")))
            .toList();
    assertThat(ended)
        .allSatisfy(
            c ->
                assertThat(c.getString("outcome"))
                    .isIn("ANSWERED", "ABANDONED", "SHORT_ABANDONED"));
    assertThat(ended)
        .anySatisfy(
            c -> {
              assertThat(c.getString("outcome")).isEqualTo("ANSWERED");
              assertThat(c.getString("agentInterface")).startsWith("PJSIP/600");
              assertThat(c.getString("callerNumber")).matches("1[3-9]\\d{9}");
            });
    assertThat(
            api.get("/health", null)
                .json()
                .getJsonObject("checks")
                .getJsonObject("ami")
                .getString("status"))
        .isEqualTo("UP");
  }

  @Test
  void answeredCallsHaveVerifiedRecordingsThatCanBePlayed() {
    AmiRig.await(
        "a verified recording",
        Duration.ofSeconds(45),
        () ->
            calls().stream()
                .anyMatch(
                    c -> "VERIFIED".equals(c.getJsonObject("recording").getString("status"))));
    String id =
        calls().stream()
            .filter(c -> "VERIFIED".equals(c.getJsonObject("recording").getString("status")))
            .findFirst()
            .orElseThrow()
            .getString("id");

    ApiClient.Bytes wav =
        api.getBytes("/api/v1/calls/" + id + "/recording", lead, "Range", "bytes=0-3");

    assertThat(wav.status()).isEqualTo(206);
    assertThat(new String(wav.body())).isEqualTo("RIFF");
  }

  @Test
  void theBoardShowsTheFourAgentsOfTheQueue() {
    AmiRig.await(
        "four members",
        Duration.ofSeconds(20),
        () ->
            api.get("/api/v1/live/queues", lead).json().getJsonArray("queues").stream()
                .map(JsonObject.class::cast)
                .anyMatch(q -> q.getJsonArray("members").size() == 4));
  }

  @Test
  void aCallbackForATicketBecomesAnOutboundCallLinkedToTheTicket() {
    String agent = api.login("agent1", "hotline");
    assertThat(
            api.post("/api/v1/agent/login", agent, new JsonObject().put("interface", "PJSIP/6003"))
                .status())
        .isEqualTo(200);
    long ticket =
        TicketIntake.aTicket()
            .callerPhone("13900139000")
            .appealType("HELP")
            .categoryId("SR01")
            .content("回访测试")
            .create(api, agent);

    assertThat(
            api.post("/api/v1/tickets/" + ticket + "/callback-call", agent, new JsonObject())
                .status())
        .isEqualTo(202);

    AmiRig.await(
        "the callback call, ended and linked",
        Duration.ofSeconds(45),
        () -> {
          JsonArray linked =
              api.get("/api/v1/tickets/" + ticket + "/calls", agent).json().getJsonArray("items");
          return linked.stream()
              .map(JsonObject.class::cast)
              .anyMatch(c -> "OUTBOUND".equals(c.getString("outcome")));
        });
    JsonObject call =
        api.get("/api/v1/tickets/" + ticket + "/calls", agent)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(call.getString("callerNumber")).isEqualTo("13900139000");
    assertThat(call.getString("agentInterface")).isEqualTo("PJSIP/6003");
    JsonObject detail = api.get("/api/v1/calls/" + call.getString("id"), agent).json();
    assertThat(detail.getJsonArray("tickets").getJsonObject(0).getLong("id")).isEqualTo(ticket);
  }
}
