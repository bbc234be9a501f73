package gov.hotline.infra.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import gov.hotline.infra.support.AmiRig;
import gov.hotline.infra.support.TestClock;
import gov.hotline.reporting.domain.QueueLogOracle;
import gov.hotline.reporting.domain.TrafficCounters;
import gov.hotline.reporting.domain.TrafficKpis;
import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.fixtures.Truth;
import gov.hotline.telephony.simulator.Replay;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The 300-call load capture on a fresh server: the whole daily report against the queue_log and the
 * truth file.
 */
@Tag("db")
@Tag("ami")
class TrafficReportLoadTest {
  private static String TODAY;
  private static AmiRig rig;
  private static String manager;
  private static JsonObject report;
  private static TrafficKpis oracle;
  private static Truth truth;

  @BeforeAll
  static void replayLoad() {
    rig = AmiRig.start("traffic_load", Map.of());
    manager = rig.api().login("manager1", "hotline");
    truth = Fixtures.truth("load");
    // the capture has no Timestamp headers: its calls fall on the day the server receives them,
    // kept to one day
    TODAY =
        TestClock.awaitClearOfMidnight(Clock.system(TestClock.ZONE), Duration.ofMinutes(3))
            .toString();
    rig.sim().play(Replay.of(Fixtures.transcript("load"))).join();
    truth.calls().forEach(c -> rig.awaitEndedCall(c.uniqueid()));
    report = rig.api().get("/api/v1/reports/traffic?period=day&date=" + TODAY, manager).json();
    TrafficCounters c = new TrafficCounters();
    QueueLogOracle.read("load").forEach(c::add);
    oracle = new TrafficKpis(c, 10);
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  @Test
  void countsAndRatesEqualTheQueueLog() {
    assertThat(report.getLong("offered")).isEqualTo(300).isEqualTo(oracle.offered());
    assertThat(report.getLong("answered")).isEqualTo(49).isEqualTo(oracle.answered());
    assertThat(report.getLong("abandoned")).isEqualTo(251);
    assertThat(report.getLong("shortAbandoned")).isEqualTo(oracle.shortAbandoned());
    assertThat(report.getString("abandonRateText")).isEqualTo("83.7%");
    assertThat(report.getDouble("answerRate")).isEqualTo(oracle.answerRate().value());
    assertThat(report.getJsonObject("serviceLevel").getDouble("15"))
        .isEqualTo(oracle.serviceLevel(15).value());
    assertThat(report.getJsonObject("serviceLevel").getDouble("20"))
        .isEqualTo(oracle.serviceLevel(20).value());
  }

  @Test
  void averagesEqualTheQueueLogAndTheTruthFile() {
    assertThat(report.getDouble("asaSeconds")).isEqualTo(oracle.asaSeconds());
    assertThat(report.getDouble("asaSeconds"))
        .isCloseTo(
            truth.json().getJsonObject("summary").getDouble("answered_wait_s_avg"), offset(0.01));
    // one call of the capture talked 0.98 s: queue_log rounds that up to 1 s, the AMI times give 0
    // s; seconds are
    // compared within ±1 per call, so the average of 49 answered calls may differ by at most 1/49 s
    assertThat(report.getDouble("avgTalkSeconds"))
        .isCloseTo(oracle.avgTalkSeconds(), offset(1.0 / 49 + 1e-9));
    assertThat(report.getLong("longestWaitSeconds")).isEqualTo(oracle.longestWaitSeconds());
  }

  @Test
  void answersPerAgentEqualTheTruthFile() {
    JsonObject perAgent = truth.json().getJsonObject("summary").getJsonObject("answered_per_agent");
    List<JsonObject> rows =
        report.getJsonArray("byAgent").stream().map(o -> (JsonObject) o).toList();

    assertThat(rows).hasSize(perAgent.size());
    rows.forEach(
        r ->
            assertThat(r.getLong("answered"))
                .as(r.getString("agent"))
                .isEqualTo(perAgent.getLong(r.getString("agent"))));
  }

  @Test
  void theHourlyRowsAddUpToTheTotals() {
    long offered =
        report.getJsonArray("byHour").stream()
            .mapToLong(o -> ((JsonObject) o).getLong("offered"))
            .sum();

    assertThat(report.getJsonArray("byHour")).hasSize(24);
    assertThat(offered).isEqualTo(300);
  }

  @Test
  void theRollupsEqualARecomputationFromTheRawCalls() {
    var r = rig.api().get("/api/v1/reports/traffic/verify?period=day&date=" + TODAY, manager);

    assertThat(r.json().getBoolean("consistent")).as(r.body()).isTrue();
    assertThat(r.json().getJsonObject("rollup").size()).isPositive();
  }

  @Test
  void theSameReportDownloadsAsCsvXlsxAndHtml() {
    var csv = rig.api().get("/api/v1/reports/traffic?period=day&format=csv&date=" + TODAY, manager);
    var html =
        rig.api().get("/api/v1/reports/traffic?period=day&format=html&date=" + TODAY, manager);
    var xlsx =
        rig.api().get("/api/v1/reports/traffic?period=day&format=xlsx&date=" + TODAY, manager);

    assertThat(csv.body()).contains("话务日报").contains(",300,49,251,").contains("83.7%");
    assertThat(html.body()).contains("<svg").contains("合同考核指标");
    assertThat(xlsx.raw().headers().firstValue("content-type").orElse(""))
        .contains("spreadsheetml");
  }
}
