package gov.hotline.infra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.AmiRig;
import gov.hotline.reporting.domain.QueueLogOracle;
import gov.hotline.reporting.domain.TrafficCounters;
import gov.hotline.reporting.domain.TrafficKpis;
import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.fixtures.Truth;
import gov.hotline.telephony.simulator.Replay;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Correct to the call: every real capture is replayed through the AMI simulator into the running server, and the
 * traffic report moves by exactly what Asterisk's own queue_log of that capture says (read independently by the
 * {@link QueueLogOracle}), and by the after-hours calls its ground truth lists.
 */
@Tag("db")
@Tag("ami")
class TrafficReportFixtureTest {
  private static final List<String> SCENARIOS = Fixtures.SINGLE;
  private static AmiRig rig;
  private static String manager;

  @BeforeAll
  static void start() {
    rig = AmiRig.start("traffic_fixtures", Map.of());
    manager = rig.api().login("manager1", "hotline");
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  static JsonObject today(String token) {
    var r = rig.api().get("/api/v1/reports/traffic?period=day&date=" + LocalDate.now(ZoneId.of("Asia/Shanghai")),
        token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  static TrafficKpis oracle(String scenario) {
    TrafficCounters c = new TrafficCounters();
    QueueLogOracle.read(scenario).forEach(c::add);
    return new TrafficKpis(c, 10);
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("SCENARIOS")
  void replayingACaptureMovesTheDailyReportByWhatItsQueueLogSays(String scenario) {
    Truth truth = Fixtures.truth(scenario);
    JsonObject before = today(manager);

    rig.sim().play(Replay.of(Fixtures.transcript(scenario))).join();
    truth.calls().forEach(c -> rig.awaitEndedCall(c.uniqueid()));
    TrafficKpis expected = oracle(scenario);
    // a call's final outcome may be written a moment after its end (transfers, recording checks): wait for it
    JsonObject[] seen = new JsonObject[1];
    AmiRig.await("the report counts the replayed calls", Duration.ofSeconds(15), () -> {
      seen[0] = today(manager);
      return delta(seen[0], before, "offered") >= expected.offered()
          && delta(seen[0], before, "afterHours") + delta(seen[0], before, "offered") >= truth.calls().stream()
              .filter(c -> c.outcome() != null && c.outcome().name().equals("AFTER_HOURS")).count();
    });
    JsonObject after = seen[0];

    assertThat(delta(after, before, "offered")).isEqualTo(expected.offered());
    assertThat(delta(after, before, "answered")).isEqualTo(expected.answered());
    assertThat(delta(after, before, "abandoned")).isEqualTo(expected.abandoned());
    assertThat(delta(after, before, "shortAbandoned")).isEqualTo(expected.shortAbandoned());
    long afterHours = truth.json().getJsonObject("summary").getLong("queue_joins") == 0
        && truth.calls().stream().allMatch(c -> c.outcome() != null && c.outcome().name().equals("AFTER_HOURS")) ? 1 : 0;
    assertThat(delta(after, before, "afterHours")).isEqualTo(afterHours * truth.calls().size());
  }

  private static long delta(JsonObject after, JsonObject before, String field) {
    return after.getLong(field) - before.getLong(field);
  }
}
