package gov.hotline.dispatch.service;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.dispatch.SampleDirectory;
import gov.hotline.dispatch.domain.DuplicateRule;
import gov.hotline.dispatch.domain.HotspotRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The recommender on the Haidian sample, as ./hotline dispatch-eval measures it (issue 5's quality
 * targets).
 */
class DispatchEvaluationTest {
  private static EvalReport report;

  @BeforeAll
  static void evaluate() {
    report =
        new DispatchEvaluation(
                SampleDirectory.recommender(), DuplicateRule.DEFAULT, HotspotRule.DEFAULT)
            .run(SampleDirectory.appeals());
  }

  @Test
  void theLeadUnitIsFirstForAtLeast85PercentOfTheSampleWithoutAnyHistory() {
    assertThat(report.cold().leadTop1()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void theLeadUnitIsAmongTheFirstThreeForAtLeast95PercentOfTheSample() {
    assertThat(report.cold().leadTop3()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void everyTerritorialAppealIsPlacedInTheRightStreet() {
    assertThat(report.cold().street()).isEqualTo(1.0);
  }

  @Test
  void feedingDecisionsBackDoesNotMakeTheLeadWorse() {
    assertThat(report.learned().leadTop3()).isGreaterThanOrEqualTo(report.cold().leadTop3());
  }

  @Test
  void everyLabelledDuplicatePairIsFound() {
    assertThat(report.duplicates().recall()).isEqualTo(1.0);
  }

  @Test
  void appealsWrittenApartFromTheSampleAreRoutedAsWell() {
    EvalReport other =
        new DispatchEvaluation(
                SampleDirectory.recommender(), DuplicateRule.DEFAULT, HotspotRule.DEFAULT)
            .run(SampleDirectory.paraphrases());

    assertThat(other.cold().leadTop1()).isGreaterThanOrEqualTo(0.85);
    assertThat(other.cold().leadTop3()).isGreaterThanOrEqualTo(0.95);
    assertThat(other.learned().leadTop1()).isGreaterThanOrEqualTo(other.cold().leadTop1() - 0.05);
  }

  @Test
  void theSampleOutageRaisesOneHotspotWithAllSixCalls() {
    assertThat(report.hotspots()).hasSize(1);
    assertThat(report.hotspots().get(0)).contains("power-outage-2025-06-09=6");
  }
}
