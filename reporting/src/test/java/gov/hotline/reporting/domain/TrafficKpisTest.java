package gov.hotline.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrafficKpisTest {
  private static final Instant T0 = Instant.parse("2026-11-21T01:00:00Z");

  private static TrafficKpis kpis(List<CallFact> calls) {
    TrafficCounters c = new TrafficCounters();
    calls.forEach(c::add);
    return new TrafficKpis(c, 10);
  }

  private static CallFact answered(long waitS, long talkS, long holdS, long wrapS) {
    return new CallFact(
        "a",
        "hotline",
        "PJSIP/6001",
        T0,
        true,
        waitS * 1000,
        talkS * 1000,
        holdS * 1000,
        wrapS * 1000,
        false,
        null);
  }

  private static CallFact abandoned(long waitS) {
    return new CallFact("b", "hotline", null, T0, false, waitS * 1000, 0, 0, 0, false, null);
  }

  private static JsonObject truth(String fixture) {
    try (InputStream in =
        TrafficKpisTest.class.getResourceAsStream("/fixtures/ami/" + fixture + ".truth.json")) {
      return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "answered",
        "answered_ts",
        "answered_agent_hangup",
        "abandoned",
        "abandoned_ts",
        "short_abandon",
        "ring_no_answer",
        "transfer",
        "transfer_blind",
        "agent_session",
        "recordings",
        "recordings_empty",
        "reconnect",
        "load"
      })
  void countsFromAsterisksQueueLogEqualTheFixturesTruth(String fixture) {
    JsonObject summary = truth(fixture).getJsonObject("summary");

    TrafficKpis k = kpis(QueueLogOracle.read(fixture));

    assertThat(k.offered()).isEqualTo(summary.getLong("queue_joins"));
    assertThat(k.answered()).isEqualTo(summary.getLong("answered"));
    assertThat(k.abandoned()).isEqualTo(summary.getLong("abandoned"));
  }

  @Test
  void theLoadRunHasTheAbandonRateAndAverageWaitComputedByHand() {
    TrafficKpis k = kpis(QueueLogOracle.read("load"));

    // 300 offered, 49 answered: (300 − 49) / 300 = 83.666…%
    assertThat(k.abandonRate().percent()).isEqualTo("83.7%");
    assertThat(k.answerRate().percent()).isEqualTo("16.3%");
    // truth: answered_wait_s_avg 15.53
    assertThat(k.asaSeconds()).isCloseTo(15.53, offset(0.01));
    // the 49 COMPLETECALLER/COMPLETEAGENT lines add up to 109 s of talk (the truth file's 2.25
    // leaves out one call
    // whose talk time it did not measure)
    assertThat(k.avgTalkSeconds()).isEqualTo(109.0 / 49);
  }

  @Test
  void aCallAfterHoursIsCountedApartAndNotOffered() {
    TrafficCounters c = new TrafficCounters();
    c.add(new CallFact("x", null, null, null, false, 0, 0, 0, 0, true, null));

    TrafficKpis k = new TrafficKpis(c, 10);

    assertThat(k.afterHours()).isEqualTo(1);
    assertThat(k.offered()).isZero();
  }

  @Test
  void shortAbandonsAreThoseThatWaitedLessThanTheThreshold() {
    TrafficKpis k =
        kpis(
            List.of(
                abandoned(2), abandoned(9), abandoned(10), abandoned(40), answered(3, 60, 0, 0)));

    assertThat(k.abandoned()).isEqualTo(4);
    assertThat(k.shortAbandoned()).isEqualTo(2);
    // excluding short abandons: (4 − 2) / (5 − 2)
    assertThat(k.abandonRateExcludingShort().percent()).isEqualTo("66.7%");
  }

  @Test
  void serviceLevelCountsAnswersWithinNSecondsInclusiveOverAllOfferedCalls() {
    TrafficKpis k =
        kpis(
            List.of(
                answered(15, 10, 0, 0),
                answered(16, 10, 0, 0),
                answered(3, 10, 0, 0),
                abandoned(30)));

    assertThat(k.serviceLevel(15)).isEqualTo(new Ratio(2, 4));
    assertThat(k.serviceLevel(20)).isEqualTo(new Ratio(3, 4));
  }

  @Test
  void handlingTimeIsTalkPlusHoldPlusWrapUpPerAnsweredCall() {
    TrafficKpis k = kpis(List.of(answered(5, 100, 20, 30), answered(7, 200, 0, 50), abandoned(12)));

    assertThat(k.asaSeconds()).isEqualTo(6.0);
    assertThat(k.avgTalkSeconds()).isEqualTo(150.0);
    assertThat(k.ahtSeconds()).isEqualTo(200.0);
    assertThat(k.longestWaitSeconds()).isEqualTo(12);
  }

  @Test
  void aDayWithoutCallsIsAReportOfZerosWithUndefinedRatesShownAsDash() {
    TrafficKpis k = kpis(List.of());

    assertThat(k.offered()).isZero();
    assertThat(k.abandonRate().value()).isNull();
    assertThat(k.abandonRate().percent()).isEqualTo("—");
    assertThat(k.asaSeconds()).isNull();
    assertThat(Formats.minutesSeconds(k.ahtSeconds())).isEqualTo("—");
  }

  @Test
  void slicesMergeToTheSameCountersAsTheWhole() {
    List<CallFact> calls = QueueLogOracle.read("load");
    TrafficCounters whole = new TrafficCounters();
    calls.forEach(whole::add);
    TrafficCounters first = new TrafficCounters();
    TrafficCounters second = new TrafficCounters();
    calls.subList(0, 123).forEach(first::add);
    calls.subList(123, calls.size()).forEach(second::add);

    TrafficKpis merged = new TrafficKpis(first.merge(second), 10);
    TrafficKpis direct = new TrafficKpis(whole, 10);

    assertThat(merged.abandonRate()).isEqualTo(direct.abandonRate());
    assertThat(merged.serviceLevel(15)).isEqualTo(direct.serviceLevel(15));
    assertThat(merged.asaSeconds()).isEqualTo(direct.asaSeconds());
    assertThat(merged.shortAbandoned()).isEqualTo(direct.shortAbandoned());
    assertThat(merged.longestWaitSeconds()).isEqualTo(direct.longestWaitSeconds());
  }

  @Test
  void durationsReadAsMinutesAndSeconds() {
    assertThat(Formats.minutesSeconds(75.0)).isEqualTo("1:15");
    assertThat(Formats.minutesSeconds(3725.4)).isEqualTo("62:05");
    assertThat(Formats.minutesSeconds(null)).isEqualTo("—");
  }
}
