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
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Correct to the call: every real capture is replayed through the AMI simulator into the running
 * server, and the traffic report moves by exactly what Asterisk's own queue_log of that capture
 * says (read independently by the {@link QueueLogOracle}), and by the after-hours calls its ground
 * truth lists.
 */
@Tag("db")
@Tag("ami")
class TrafficReportFixtureTest {
  private static final List<String> SCENARIOS = Fixtures.SINGLE;
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /**
   * The in-process server runs on the system clock; the receive day of an untimestamped capture is
   * its today.
   */
  private static final Clock SERVER_CLOCK = Clock.system(ZONE);

  private static final Pattern TIMESTAMP = Pattern.compile("(?m)^Timestamp: (\\d+)");
  private static final List<String> FIELDS =
      List.of("offered", "answered", "abandoned", "shortAbandoned", "afterHours");
  private static final JsonObject NOTHING =
      new JsonObject(FIELDS.stream().collect(Collectors.toMap(f -> f, f -> (Object) 0L)));
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

  static JsonObject day(LocalDate date) {
    var r = rig.api().get("/api/v1/reports/traffic?period=day&date=" + date, manager);
    if (r.status() == 400 && "FUTURE_PERIOD".equals(r.errorCode())) {
      return NOTHING; // a day that has not begun has counted nothing yet
    }
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  /**
   * The days a replayed call can be counted on: the days of the capture's own {@code Timestamp:}
   * headers (Asterisk dates the events), and, for a capture without them, the day the server
   * receives it — the server's today or, when the replay crosses midnight, tomorrow. Summing the
   * report over all of them makes the delta independent of the day and hour the suite runs at;
   * {@link #countedDay} checks that the calls really fell on one of them.
   */
  static Set<LocalDate> candidateDays(String scenario) throws IOException {
    Set<LocalDate> days = new TreeSet<>();
    Matcher m = TIMESTAMP.matcher(Files.readString(Fixtures.ami(scenario + ".ami")));
    while (m.find()) {
      days.add(Instant.ofEpochSecond(Long.parseLong(m.group(1))).atZone(ZONE).toLocalDate());
    }
    LocalDate received = LocalDate.now(SERVER_CLOCK);
    days.add(received);
    days.add(received.plusDays(1));
    return days;
  }

  static LocalDate countedDay(JsonObject call) {
    String at =
        call.getString("enteredQueueAt") != null
            ? call.getString("enteredQueueAt")
            : call.getString("startedAt");
    return OffsetDateTime.parse(at).atZoneSameInstant(ZONE).toLocalDate();
  }

  static TrafficKpis oracle(String scenario) {
    TrafficCounters c = new TrafficCounters();
    QueueLogOracle.read(scenario).forEach(c::add);
    return new TrafficKpis(c, 10);
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("SCENARIOS")
  void replayingACaptureMovesTheDailyReportByWhatItsQueueLogSays(String scenario)
      throws IOException {
    Truth truth = Fixtures.truth(scenario);
    Set<LocalDate> days = candidateDays(scenario);
    Map<String, Long> before = totals(days);

    rig.sim().play(Replay.of(Fixtures.transcript(scenario))).join();
    truth
        .calls()
        .forEach(c -> assertThat(days).contains(countedDay(rig.awaitEndedCall(c.uniqueid()))));
    TrafficKpis expected = oracle(scenario);
    // a call's final outcome may be written a moment after its end (transfers, recording checks):
    // wait for it
    List<Map<String, Long>> seen = new ArrayList<>(List.of(before));
    AmiRig.await(
        "the report counts the replayed calls",
        Duration.ofSeconds(15),
        () -> {
          seen.set(0, totals(days));
          return delta(seen.get(0), before, "offered") >= expected.offered()
              && delta(seen.get(0), before, "afterHours") + delta(seen.get(0), before, "offered")
                  >= truth.calls().stream()
                      .filter(c -> c.outcome() != null && c.outcome().name().equals("AFTER_HOURS"))
                      .count();
        });
    Map<String, Long> after = seen.get(0);

    assertThat(delta(after, before, "offered")).isEqualTo(expected.offered());
    assertThat(delta(after, before, "answered")).isEqualTo(expected.answered());
    assertThat(delta(after, before, "abandoned")).isEqualTo(expected.abandoned());
    assertThat(delta(after, before, "shortAbandoned")).isEqualTo(expected.shortAbandoned());
    long afterHours =
        truth.json().getJsonObject("summary").getLong("queue_joins") == 0
                && truth.calls().stream()
                    .allMatch(c -> c.outcome() != null && c.outcome().name().equals("AFTER_HOURS"))
            ? 1
            : 0;
    assertThat(delta(after, before, "afterHours")).isEqualTo(afterHours * truth.calls().size());
  }

  private static Map<String, Long> totals(Set<LocalDate> days) {
    Map<String, Long> sums = new HashMap<>();
    for (LocalDate d : days) {
      JsonObject report = day(d);
      for (String field : FIELDS) {
        sums.merge(field, report.getLong(field), Long::sum);
      }
    }
    return sums;
  }

  private static long delta(Map<String, Long> after, Map<String, Long> before, String field) {
    return after.get(field) - before.get(field);
  }
}
