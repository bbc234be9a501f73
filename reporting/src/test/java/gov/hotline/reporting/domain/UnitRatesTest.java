package gov.hotline.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class UnitRatesTest {
  // 10 dispatched, 8 signed in time; 6 callbacks: 4 resolved, 3 满意 + 1 基本满意 + 2 不满意
  private static final UnitCounters STREET =
      new UnitCounters(10, 9, 8, 7, 6, 6, 4, 3, 1, 2, 1, 1, 2);

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
    assertThat(r.compositeScore(UnitRates.Weights.DEFAULT).getAsDouble())
        .isCloseTo(69.333, offset(0.001));
    // only satisfaction counts
    assertThat(r.compositeScore(new UnitRates.Weights(0, 0, 1)).getAsDouble())
        .isCloseTo(66.667, offset(0.001));
  }

  @Test
  void aUnitWithNothingToAnswerForHasNoScoreAndItsRatesReadNoData() {
    UnitRates r = new UnitRates(UnitCounters.ZERO);

    assertThat(UnitRates.text(r.responseRate())).isEqualTo("无数据");
    assertThat(r.measuredRates()).isZero();
    assertThat(r.compositeScore(UnitRates.Weights.DEFAULT)).isEmpty();
  }

  @Test
  void aRateWithoutDenominatorDropsOutAndTheOtherWeightsAreRenormalised() {
    // 3 dispatched, none signed in time, no callback: 100 × (0.2 × 0) / 0.2 = 0, not 80
    UnitRates none = new UnitRates(new UnitCounters(3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    // 4 dispatched, 3 in time; 2 callbacks, 1 resolved, 2 满意: 100 × (0.2 × 0.75 + 0.4 × 0.5 + 0.4 ×
    // 1) / 1 = 75
    UnitRates all = new UnitRates(new UnitCounters(4, 3, 3, 2, 2, 2, 1, 2, 0, 0, 0, 0, 0));
    // nothing dispatched in the period, 2 callbacks, both resolved, 1 满意 + 1 不满意: 100 × (0.4 × 1 +
    // 0.4 × 0.5) / 0.8
    UnitRates noDispatch = new UnitRates(new UnitCounters(0, 0, 0, 0, 0, 2, 2, 1, 0, 1, 0, 0, 0));

    assertThat(none.compositeScore(UnitRates.Weights.DEFAULT).getAsDouble()).isEqualTo(0.0);
    assertThat(all.compositeScore(UnitRates.Weights.DEFAULT).getAsDouble())
        .isCloseTo(75.0, offset(1e-9));
    assertThat(noDispatch.compositeScore(UnitRates.Weights.DEFAULT).getAsDouble())
        .isCloseTo(75.0, offset(1e-9));
    assertThat(noDispatch.measuredRates()).isEqualTo(2);
  }

  @Test
  void aUnitMeasuredOnlyOnRatesThatWeighNothingHasNoScore() {
    UnitRates onlyResponse = new UnitRates(new UnitCounters(3, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));

    assertThat(onlyResponse.compositeScore(new UnitRates.Weights(0, 1, 1))).isEmpty();
  }

  @Test
  void countersOfDaysAddUp() {
    assertThat(STREET.plus(STREET).dispatched()).isEqualTo(20);
    assertThat(UnitCounters.ZERO.plus(STREET)).isEqualTo(STREET);
  }

  @Test
  void weightsMustNotAllBeZero() {
    assertThatThrownBy(() -> new UnitRates.Weights(0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
