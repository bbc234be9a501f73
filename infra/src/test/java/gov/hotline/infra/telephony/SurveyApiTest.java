package gov.hotline.infra.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.AmiRig;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TicketIntake;
import gov.hotline.telephony.adapter.agi.SurveyScript;
import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.simulator.Replay;
import gov.hotline.telephony.support.AsteriskAgiCall;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The post-call survey end to end: a scripted Asterisk runs {@code hotline-survey} against the
 * server's FastAGI port after a replayed call; the answer is stored in PostgreSQL and shows on the
 * call and on its ticket over HTTP.
 */
@Tag("db")
@Tag("ami")
class SurveyApiTest {
  private static AmiRig rig;
  private static int agiPort;
  private static String answeredCall;
  private static String abandonedCall;
  private static long ticketId;
  private static String agent;

  @BeforeAll
  static void start() {
    agiPort = RunningServer.freePort();
    rig =
        AmiRig.start(
            "survey",
            Map.of("HOTLINE_AGI_PORT", Integer.toString(agiPort), "HOTLINE_AGI_BIND", "127.0.0.1"));
    rig.sim().play(Replay.of(Fixtures.transcript("answered"))).join();
    rig.sim().play(Replay.of(Fixtures.transcript("abandoned"))).join();
    answeredCall = Fixtures.truth("answered").calls().getFirst().uniqueid();
    abandonedCall = Fixtures.truth("abandoned").calls().getFirst().uniqueid();
    rig.awaitEndedCall(answeredCall);
    rig.awaitEndedCall(abandonedCall);
    agent = rig.api().login("agent1", "hotline");
    ticketId =
        TicketIntake.consultationOnCall(answeredCall)
            .content("咨询垃圾分类投放时间")
            .create(rig.api(), agent);
    // given: after the agent hung up, the caller pressed 1 (满意)
    survey(answeredCall).pressing("1").run();
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  private static AsteriskAgiCall survey(String callId) {
    return AsteriskAgiCall.to(agiPort, SurveyScript.NAME + "?callid=" + callId).uniqueid(callId);
  }

  @Test
  void theAnswerShowsOnTheCall() {
    JsonObject s =
        rig.api().get("/api/v1/calls/" + answeredCall, agent).json().getJsonObject("survey");

    assertThat(s.getString("result")).isEqualTo("SATISFIED");
    assertThat(s.getString("label")).isEqualTo("满意");
    assertThat(s.getString("digit")).isEqualTo("1");
    assertThat(s.getString("at")).isNotBlank();
  }

  @Test
  void theAnswerShowsAmongTheTicketsCalls() {
    JsonObject call =
        rig.api()
            .get("/api/v1/tickets/" + ticketId + "/calls", agent)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);

    assertThat(call.getString("id")).isEqualTo(answeredCall);
    assertThat(call.getJsonObject("survey").getString("label")).isEqualTo("满意");
  }

  @Test
  void theAnswerIsStoredAsTheTicketsRatingWithItsSourceNotYetSynced() {
    JsonObject rating =
        rig.api()
            .get("/api/v1/tickets/" + ticketId, agent)
            .json()
            .getJsonArray("ratings")
            .getJsonObject(0);

    assertThat(rating.getString("source")).isEqualTo("SURVEY");
    assertThat(rating.getString("rating")).isEqualTo("SATISFIED");
    assertThat(rating.getBoolean("synced")).isFalse();
  }

  @Test
  void theCallListShowsTheAnswerAndNullForACallWithout() {
    var items = rig.api().get("/api/v1/calls?size=50", agent).json().getJsonArray("items");

    JsonObject answered = find(items, answeredCall);
    JsonObject abandoned = find(items, abandonedCall);
    assertThat(answered.getJsonObject("survey").getString("result")).isEqualTo("SATISFIED");
    assertThat(abandoned.containsKey("survey")).isTrue();
    assertThat(abandoned.getValue("survey")).isNull();
  }

  @Test
  void aSecondSurveyOfTheSameCallLeavesTheFirstAnswer() {
    survey(answeredCall).pressing("3").run();

    JsonObject s =
        rig.api().get("/api/v1/calls/" + answeredCall, agent).json().getJsonObject("survey");
    assertThat(s.getString("result")).isEqualTo("SATISFIED");
  }

  @Test
  void anAnswerForACallNotStoredYetIsKeptAndShowsOnceTheCallArrives() {
    String later = Fixtures.truth("answered_agent_hangup").calls().getFirst().uniqueid();

    survey(later).pressing("2").run();
    rig.sim().play(Replay.of(Fixtures.transcript("answered_agent_hangup"))).join();

    JsonObject s = rig.awaitEndedCall(later).getJsonObject("survey");
    assertThat(s.getString("result")).isEqualTo("BASICALLY_SATISFIED");
    assertThat(s.getString("label")).isEqualTo("基本满意");
  }

  @Test
  void silenceStoresNothingAndIsCountedAsNoInput() {
    double before = sessions("NO_INPUT");

    survey("1795299999.9").silent().silent().silent().run();

    assertThat(
            rig.server()
                .database()
                .number(
                    "SELECT count(*) FROM telephony.call_survey WHERE call_id = '1795299999.9'"))
        .isZero();
    assertThat(sessions("NO_INPUT")).isEqualTo(before + 1);
  }

  @Test
  void aWrongKeyThenARightOneStoresTheRightOne() {
    survey("1795299998.8").pressing("7").pressing("3").run();

    assertThat(
            rig.server()
                .database()
                .text("SELECT result FROM telephony.call_survey WHERE call_id = '1795299998.8'"))
        .isEqualTo("DISSATISFIED");
  }

  private static double sessions(String outcome) {
    String metrics = rig.api().get("/metrics", null).body();
    Matcher m =
        Pattern.compile("(?m)^hotline_survey_sessions_total\\{outcome=\"" + outcome + "\"} (\\S+)$")
            .matcher(metrics);
    assertThat(m.find()).as("survey counter for %s in /metrics", outcome).isTrue();
    return Double.parseDouble(m.group(1));
  }

  private static JsonObject find(JsonArray items, String id) {
    for (int i = 0; i < items.size(); i++) {
      if (id.equals(items.getJsonObject(i).getString("id"))) {
        return items.getJsonObject(i);
      }
    }
    throw new AssertionError("call " + id + " not in the list");
  }
}
