package gov.hotline.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class UnitRatesTest {
  // 10 dispatched, 8 signed in time; 6 callbacks: 4 resolved, 3 满意 + 1 基本满意 + 2 不满意
  private static final UnitCounters STREET = new UnitCounters(10, 9, 8, 7, 6, 6, 4, 3, 1, 2, 1, 1, 2);

  @Test
  void theThreeRatesFollowTheirDefinitions() {
    UnitRates r = new UnitRates(STREET);

    assertThat(r.responseRate()).isEqualTo(new Ratio(8, 10));
    assertThat(r.resolutionRate()).isEqualTo(new Ratio(4, 6));
    assertThat(r.satisfactionRate()).isEqualTo(new Ratio(4, 6));
    assertThat(r.replyOnTimeRate().percent()).isEqualTo("85.7%");
  }

  @Test
  void theCompositeScoreWeighsTheRatesByConfiguration() {
    UnitRates r = new UnitRates(STREET);

    // 100 × (0.2 × 0.8 + 0.4 × 4/6 + 0.4 × 4/6) = 69.33…
    assertThat(r.compositeScore(UnitRates.Weights.DEFAULT)).isCloseTo(69.333, offset(0.001));
    // only satisfaction counts
    assertThat(r.compositeScore(new UnitRates.Weights(0, 0, 1))).isCloseTo(66.667, offset(0.001));
  }

  @Test
  void aUnitWithNothingToAnswerForScoresFullMarksButShowsDashes() {
    UnitRates r = new UnitRates(UnitCounters.ZERO);

    assertThat(r.responseRate().percent()).isEqualTo("—");
    assertThat(r.compositeScore(UnitRates.Weights.DEFAULT)).isEqualTo(100.0);
  }

  @Test
  void countersOfDaysAddUp() {
    assertThat(STREET.plus(STREET).dispatched()).isEqualTo(20);
    assertThat(UnitCounters.ZERO.plus(STREET)).isEqualTo(STREET);
  }

  @Test
  void weightsMustNotAllBeZero() {
    assertThatThrownBy(() -> new UnitRates.Weights(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
