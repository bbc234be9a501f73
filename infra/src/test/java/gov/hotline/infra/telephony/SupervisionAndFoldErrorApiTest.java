package gov.hotline.infra.telephony;

import static gov.hotline.telephony.fixtures.TruthAssert.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.AmiRig;
import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.fixtures.Truth;
import gov.hotline.telephony.simulator.CallGenerator;
import gov.hotline.telephony.simulator.Replay;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The running server fed by the simulator: a team lead's ChanSpy originate, captured from a real
 * Asterisk (the message that froze ingestion), is a supervision call in {@code /calls} and the
 * calls after it are folded; a message the fold cannot read is kept, flagged and counted, later
 * calls still arrive, and {@code /health} says so.
 */
@Tag("db")
@Tag("ami")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisionAndFoldErrorApiTest {
  private static final String SPY_CALL = "1796288058.0";
  private static AmiRig rig;

  @BeforeAll
  static void start() {
    rig = AmiRig.start("ami_supervise", Map.of());
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  @Test
  @Order(1)
  void aChanSpyOriginateIsASupervisionCallAndTheNextCallIsStillFolded() {
    rig.sim().play(Replay.of(Fixtures.transcript("originate_application_answered"))).join();
    rig.sim().play(Replay.of(Fixtures.transcript("answered"))).join();

    JsonObject spy = rig.awaitEndedCall(SPY_CALL);
    Truth.TruthCall next = Fixtures.truth("answered").calls().getFirst();
    assertMatches(AmiRig.observed(rig.awaitEndedCall(next.uniqueid())), next);
    assertThat(spy.getString("direction")).isEqualTo("SUPERVISION");
    assertThat(spy.getString("directionLabel")).isEqualTo("班长监听");
    assertThat(spy.getString("outcome")).isEqualTo("SUPERVISION");
    assertThat(spy.getString("callerNumber")).isNull();
    assertThat(spy.getString("did")).isNull();
    assertThat(healthOfLab().getString("status")).isEqualTo("UP");
    assertThat(healthOfLab().getInteger("foldErrors")).isZero();
  }

  @Test
  @Order(2)
  void aMessageTheFoldCannotReadIsFlaggedCountedAndShownWhileLaterCallsArrive() {
    long storedBefore = rig.storedMessages();
    rig.sim()
        .broadcast(
            "Response: Success\r\nActionID: resync-channels-77\r\nEventList: start\r\n"
                + "Message: Channels will follow\r\n\r\n");
    rig.sim()
        .broadcast(
            "Event: CoreShowChannel\r\nActionID: resync-channels-77\r\nChannel: PJSIP/6009-00000001\r\n"
                + "Application: Queue\r\nApplicationData: hotline\r\n\r\n");
    rig.sim()
        .broadcast(
            "Event: CoreShowChannelsComplete\r\nActionID: resync-channels-77\r\nEventList: Complete\r\n"
                + "ListItems: 1\r\n\r\n");
    rig.sim().play(Replay.of(Fixtures.transcript("abandoned"))).join();

    Truth.TruthCall later = Fixtures.truth("abandoned").calls().getFirst();
    assertMatches(AmiRig.observed(rig.awaitEndedCall(later.uniqueid())), later);
    AmiRig.await(
        "the fold error counted",
        Duration.ofSeconds(10),
        () -> healthOfLab().getInteger("foldErrors") == 1);
    JsonObject health = rig.api().get("/health", null).json();
    JsonObject lab = healthOfLab();
    assertThat(health.getString("status")).isEqualTo("DEGRADED");
    assertThat(rig.api().get("/health", null).status()).isEqualTo(200);
    assertThat(rig.api().get("/health/ingestion", null).status()).isEqualTo(503);
    assertThat(lab.getString("status")).isEqualTo("DEGRADED");
    assertThat(lab.getString("problem")).contains("无法归并为通话");
    assertThat(lab.getString("lastFoldError")).contains("NullPointerException");
    assertThat(rig.api().get("/metrics", null).body())
        .contains("hotline_ami_fold_errors_total{server=\"lab\"} 1.0");
    assertThat(
            rig.server()
                .database()
                .number(
                    "SELECT count(*) FROM telephony.ami_fold_error WHERE name = "
                        + "'CoreShowChannelsComplete'"))
        .isEqualTo(1);
    assertThat(rig.storedMessages()).isGreaterThanOrEqualTo(storedBefore + 3);
  }

  @Test
  @Order(3)
  void aTeamLeadsListenThroughTheApiIsFoldedAsASupervisionCall() {
    CallGenerator pbx = new CallGenerator(0, 100, null, 11);
    rig.sim().pbx(pbx);
    rig.sim().playForever(pbx);

    var r =
        rig.api()
            .post(
                "/api/v1/agents/supervise",
                rig.leadToken(),
                new JsonObject()
                    .put("mode", "LISTEN")
                    .put("agentInterface", "PJSIP/6003")
                    .put("leadInterface", "PJSIP/6004"));

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    AmiRig.await(
        "the spy leg listed as a supervision call",
        Duration.ofSeconds(20),
        () ->
            rig.allCalls().stream()
                .anyMatch(
                    c ->
                        "SUPERVISION".equals(c.getString("direction"))
                            && c.getString("endedAt") != null
                            && "PJSIP/6004".equals(c.getString("agentInterface"))
                            && !SPY_CALL.equals(c.getString("id"))));
    assertThat(rig.allCalls())
        .filteredOn(c -> "PJSIP/6004".equals(c.getString("agentInterface")))
        .extracting(c -> c.getString("direction"))
        .isNotEmpty()
        .doesNotContain("INBOUND");
  }

  private static JsonObject healthOfLab() {
    return rig.api()
        .get("/health", null)
        .json()
        .getJsonObject("checks")
        .getJsonObject("ami")
        .getJsonArray("servers")
        .getJsonObject(0);
  }
}
