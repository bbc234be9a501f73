package gov.hotline.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One person's figures by hand: logged in 8 h, paused 小休 30 min, 就餐 60 min and 话后整理 20 min; 40
 * calls answered with 4 h of talk, 20 min of hold and 40 min of wrap-up (the 20 min of 话后整理 pause
 * among them). Available = 8 h − 1 h 30 min (the pauses away) = 6 h 30 min = 390 min; handling =
 * 240 + 20 + 40 = 300 min; 占用率 = 300 / 390 = 76.9 %; 每小时接听量 = 40 / 8 = 5.0; AHT = 300 min / 40 =
 * 450 s = 7:30 (talk 6:00 + hold 0:30 + wrap-up 1:00).
 */
class AgentWorkTest {
  private static final long MIN = 60_000;

  private static AgentWork person() {
    return new AgentWork(
        "agent07",
        "王小燕",
        new LoggedInTime(8 * 60 * MIN),
        new PausedTime(Map.of("小休", 30 * MIN, "就餐", 60 * MIN, "话后整理", 20 * MIN)),
        40,
        240 * MIN,
        20 * MIN,
        40 * MIN);
  }

  @Test
  void occupancyIsHandlingOverTheTimeAvailableForCalls() {
    Occupancy o = person().occupancy();

    assertThat(o.handlingMillis()).isEqualTo(300 * MIN);
    assertThat(o.availableMillis()).isEqualTo(390 * MIN);
    assertThat(o.rate().percent()).isEqualTo("76.9%");
  }

  @Test
  void pausedTimeIsShownByReasonAndItsTotal() {
    PausedTime p = person().paused();

    assertThat(p.totalMillis()).isEqualTo(110 * MIN);
    assertThat(p.awayMillis()).isEqualTo(90 * MIN);
    assertThat(p.millisByReason()).containsEntry("就餐", 60 * MIN);
  }

  @Test
  void callsPerHourAndTheAhtWithItsParts() {
    AgentWork w = person();

    assertThat(w.callsPerHour().value()).isEqualTo(5.0);
    assertThat(w.avgTalkSeconds()).isEqualTo(360.0);
    assertThat(w.avgHoldSeconds()).isEqualTo(30.0);
    assertThat(w.avgWrapUpSeconds()).isEqualTo(60.0);
    assertThat(w.ahtSeconds()).isEqualTo(450.0);
  }

  @Test
  void withoutTimeLoggedInTheRatesAreUndefined() {
    AgentWork idle =
        new AgentWork("agent08", "李明", new LoggedInTime(0), new PausedTime(Map.of()), 0, 0, 0, 0);

    assertThat(idle.occupancy().rate().value()).isNull();
    assertThat(idle.callsPerHour().value()).isNull();
    assertThat(idle.ahtSeconds()).isNull();
  }
}
