package gov.hotline.telephony.domain;

import static gov.hotline.telephony.fixtures.TruthAssert.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.fixtures.Truth;
import gov.hotline.telephony.simulator.AmiTranscript;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Folding each real capture, event by event, gives the calls its ground truth describes. */
class CallFolderFixtureTest {
  private static final List<String> SCENARIOS = Fixtures.SINGLE;
  private static final Instant CONNECTED_AT = Instant.parse("2026-11-21T11:49:52Z");

  /** Folds a transcript with receive times from its capture clock; returns the calls by id. */
  static Map<String, Call> fold(CallFolder folder, AmiTranscript t) {
    Map<String, Call> out = new HashMap<>();
    long seq = 0;
    for (AmiTranscript.Block b : t.blocks()) {
      Instant at = CONNECTED_AT.plusMillis(Math.max(0, b.ms()));
      folder.apply(new ReceivedMessage("lab", 1, seq++, at, 0, AmiMessage.parse(b.text())));
    }
    folder.drain().forEach(c -> out.put(c.after().id(), c.after()));
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("SCENARIOS")
  void eachCaptureFoldsIntoTheCallsOfItsGroundTruth(String scenario) {
    Truth truth = Fixtures.truth(scenario);

    Map<String, Call> calls =
        fold(new CallFolder("lab", FoldPolicy.defaults()), Fixtures.transcript(scenario));

    assertThat(calls.keySet())
        .containsExactlyInAnyOrderElementsOf(
            truth.calls().stream().map(Truth.TruthCall::uniqueid).toList());
    truth.calls().forEach(tc -> assertMatches(calls.get(tc.uniqueid()), tc));
  }

  @Test
  void theThreeHundredCallLoadRunFoldsIntoItsGroundTruth() {
    Truth truth = Fixtures.truth("load");

    Map<String, Call> calls =
        fold(new CallFolder("lab", FoldPolicy.defaults()), Fixtures.transcript("load"));

    assertThat(calls).hasSize(300);
    truth.calls().forEach(tc -> assertMatches(calls.get(tc.uniqueid()), tc));
  }

  @Test
  void foldingTheSameTranscriptTwiceChangesNothing() {
    CallFolder folder = new CallFolder("lab", FoldPolicy.defaults());
    AmiTranscript t = Fixtures.transcript("ring_no_answer");
    Map<String, Call> first = fold(folder, t);

    Map<String, Call> second = fold(folder, t);

    assertThat(first).isNotEmpty();
    assertThat(second).as("calls changed by the replay").isEmpty();
  }
}
