package gov.hotline.infra.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.AmiRig;
import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.fixtures.Truth;
import gov.hotline.telephony.fixtures.TruthAssert;
import gov.hotline.telephony.simulator.AmiTranscript;
import gov.hotline.telephony.simulator.Replay;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The 300-call load run with the AMI connection cut in the middle for five seconds of traffic: the
 * events of the gap never arrive (the simulated Asterisk lives through them). After the reconnect
 * the resynchronisation closes the calls that ended meanwhile and queue_log fills in what the gap
 * hid; then every call of the ground truth is there exactly once, with its outcome, agent, queue
 * and seconds.
 */
@Tag("db")
@Tag("ami")
@Tag("slow")
class AmiOutageRecoveryTest {
  private static AmiRig rig;
  private static Truth truth;
  private static List<JsonObject> calls;
  private static String lastMismatch = "";
  private static long cutMs;

  @BeforeAll
  static void cutTheLoadRunInTheMiddle() throws IOException {
    Path queueLog = Path.of("target", "test-data", "ami_outage_queue_log").toAbsolutePath();
    Files.createDirectories(queueLog.getParent());
    Files.deleteIfExists(queueLog);
    rig = AmiRig.start("ami_outage", Map.of("HOTLINE_AMI_QUEUE_LOG", queueLog.toString()));
    truth = Fixtures.truth("load");
    AmiTranscript load = Fixtures.transcript("load");
    List<AmiTranscript.Block> blocks = load.blocks();
    int cut = blocks.size() / 2;
    cutMs = blocks.get(cut).ms();
    long resumeAtMs = blocks.get(cut).ms() + 5_000;
    int resume = cut;
    while (resume < blocks.size() && blocks.get(resume).ms() < resumeAtMs) {
      resume++;
    }

    // the platform repairs from queue_log after every login, its own start included; let that first
    // run pass
    AmiRig.await(
        "the start-up reconciliation",
        Duration.ofSeconds(10),
        () ->
            rig.api()
                .get("/metrics", null)
                .body()
                .contains("hotline_ami_reconcile_runs_total{server=\"lab\"} 1.0"));
    rig.sim().play(Replay.of(load).slice(0, cut).thenCut().awayUntil(resume)).join();
    // Asterisk's queue_log holds what happened so far (here: the whole run, which the replay is
    // about to catch up on)
    Files.copy(Fixtures.ami("load.queue_log"), queueLog);
    rig.sim().play(Replay.of(load).slice(resume, blocks.size())).join();

    try {
      AmiRig.await(
          "every call of the load run complete",
          Duration.ofSeconds(60),
          () -> {
            calls = rig.allCalls();
            lastMismatch =
                calls.size()
                    + " calls, "
                    + calls.stream().filter(c -> c.getString("endedAt") == null).count()
                    + " open";
            return calls.size() >= truth.calls().size()
                && calls.stream().allMatch(c -> c.getString("endedAt") != null)
                && matchesTruth(calls);
          });
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "; last state: " + lastMismatch, e);
    }
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  private static boolean matchesTruth(List<JsonObject> calls) {
    Map<String, JsonObject> byId =
        calls.stream().collect(Collectors.toMap(c -> c.getString("id"), Function.identity()));
    List<String> mismatches = new ArrayList<>();
    for (Truth.TruthCall tc : truth.calls()) {
      try {
        assertMatches(byId.get(tc.uniqueid()), tc);
      } catch (AssertionError e) {
        mismatches.add(e.getMessage().replace('\n', ' '));
      }
    }
    lastMismatch =
        mismatches.size()
            + " mismatches: "
            + String.join(" | ", mismatches.stream().limit(8).toList());
    return mismatches.isEmpty();
  }

  private static void assertMatches(JsonObject call, Truth.TruthCall tc) {
    assertThat(call).as("call %s", tc.uniqueid()).isNotNull();
    TruthAssert.Observed o = AmiRig.observed(call);
    // Ring attempts and the recording's name exist only as events; those that fell into the gap are
    // gone (the file
    // itself is found on disk by the recording check). A call the gap touched says so in its
    // repairs.
    boolean touched = !call.getJsonArray("repairs").isEmpty();
    String recording = o.recordingFile() == null && touched ? tc.recording() : o.recordingFile();
    TruthAssert.assertMatches(
        new TruthAssert.Observed(
            o.outcome(),
            o.callerNumber(),
            o.agentInterface(),
            o.queue(),
            o.waitSeconds(),
            o.talkSeconds(),
            recording,
            o.ended(),
            null),
        tc);
  }

  @Test
  void everyCallOfTheRunIsThereExactlyOnce() {
    assertThat(calls)
        .extracting(c -> c.getString("id"))
        .containsExactlyInAnyOrderElementsOf(
            truth.calls().stream().map(Truth.TruthCall::uniqueid).toList());
  }

  @Test
  void everyCallHasTheOutcomeAgentQueueAndSecondsOfTheGroundTruth() {
    Map<String, JsonObject> byId =
        calls.stream().collect(Collectors.toMap(c -> c.getString("id"), Function.identity()));

    truth.calls().forEach(tc -> assertMatches(byId.get(tc.uniqueid()), tc));
  }

  @Test
  void theCallsTheGapTouchedSayHowTheyWereRepaired() {
    assertThat(calls)
        .anySatisfy(c -> assertThat(c.getJsonArray("repairs").stream()).contains("queue_log"));
    assertThat(calls).anySatisfy(c -> assertThat(c.getBoolean("endMissed")).isTrue());
    Map<String, JsonObject> byId =
        calls.stream().collect(Collectors.toMap(c -> c.getString("id"), Function.identity()));
    List<String> endedLongBeforeTheCut =
        truth.json().getJsonArray("calls").stream()
            .map(JsonObject.class::cast)
            .filter(c -> c.getLong("hangup_ms") < cutMs - 1000)
            .map(c -> c.getString("uniqueid"))
            .toList();
    assertThat(endedLongBeforeTheCut)
        .hasSizeGreaterThan(50)
        .allSatisfy(
            id -> assertThat(byId.get(id).getJsonArray("repairs").isEmpty()).as(id).isTrue());
  }

  @Test
  void theOutageIsVisibleInHealthAndMetrics() {
    JsonObject ami =
        rig.api().get("/health", null).json().getJsonObject("checks").getJsonObject("ami");

    assertThat(ami.getString("status")).isEqualTo("UP");
    assertThat(ami.getJsonArray("servers").getJsonObject(0).getLong("reconnects"))
        .isGreaterThanOrEqualTo(1);
    assertThat(rig.api().get("/metrics", null).body())
        .containsPattern("hotline_ami_reconnects_total\\{server=\"lab\"} [1-9]");
  }
}
