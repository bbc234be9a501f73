package gov.hotline.infra.telephony;

import static gov.hotline.telephony.fixtures.TruthAssert.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.AmiRig;
import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.fixtures.Truth;
import gov.hotline.telephony.simulator.AmiTranscript;
import gov.hotline.telephony.simulator.Replay;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every real capture replayed through the AMI simulator into the running server (the real
 * Asterisk-Java client, the real database): the calls the API then shows are the ones the ground
 * truth describes.
 */
@Tag("db")
@Tag("ami")
class CallIngestionApiTest {
  private static final List<String> SCENARIOS = Fixtures.SINGLE;
  private static AmiRig rig;

  @BeforeAll
  static void start() {
    rig = AmiRig.start("call_ingest", Map.of());
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("SCENARIOS")
  void aReplayedCaptureIsStoredAsTheCallsOfItsGroundTruth(String scenario) {
    Truth truth = Fixtures.truth(scenario);

    rig.sim().play(Replay.of(Fixtures.transcript(scenario))).join();

    truth
        .calls()
        .forEach(tc -> assertMatches(AmiRig.observed(rig.awaitEndedCall(tc.uniqueid())), tc));
  }

  @Test
  void replayingTheSameCaptureAgainLeavesExactlyTheSameCalls() {
    AmiTranscript t = Fixtures.transcript("ring_no_answer");
    String id = Fixtures.truth("ring_no_answer").calls().getFirst().uniqueid();
    rig.sim().play(Replay.of(t)).join();
    JsonObject first = rig.awaitEndedCall(id);
    int callsBefore = rig.allCalls().size();
    long storedBefore = rig.storedMessages();

    rig.sim().play(Replay.of(t)).join();
    AmiRig.await(
        "the replay is stored",
        Duration.ofSeconds(20),
        () -> rig.storedMessages() >= storedBefore + t.events().size() - 2);

    assertThat(rig.allCalls()).hasSize(callsBefore);
    assertThat(rig.awaitEndedCall(id)).isEqualTo(first);
  }

  @Test
  void aCallWhoseAnswerFellIntoAReconnectGapIsStillComplete() {
    Truth truth = Fixtures.truth("reconnect");
    int loginsBefore = rig.sim().logins();

    rig.sim().play(Replay.of(AmiTranscript.read(Fixtures.ami("reconnect.part1.ami"))).thenCut());
    rig.sim().play(Replay.of(AmiTranscript.read(Fixtures.ami("reconnect.part2.ami")))).join();

    JsonObject call = rig.awaitEndedCall(truth.calls().getFirst().uniqueid());
    assertMatches(AmiRig.observed(call), truth.calls().getFirst());
    assertThat(rig.sim().logins()).isEqualTo(loginsBefore + 1);
  }
}
