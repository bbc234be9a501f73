package gov.hotline.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WaitHistogramTest {

  @Test
  void storedWithoutTrailingEmptyBucketsItRestoresTheSameCounts() {
    WaitHistogram waits = new WaitHistogram();
    waits.add(3_400);
    waits.add(14_999);
    waits.add(15_000);

    long[] stored = waits.trimmed();
    WaitHistogram restored = WaitHistogram.of(stored);

    assertThat(stored).hasSize(16);
    assertThat(restored.atMost(14)).isEqualTo(2);
    assertThat(restored.atMost(15)).isEqualTo(3);
    assertThat(restored.toArray()).isEqualTo(waits.toArray());
  }

  @Test
  void anEmptyHistogramIsStoredAsNoBucketsAtAll() {
    assertThat(new WaitHistogram().trimmed()).isEmpty();
    assertThat(WaitHistogram.of(new long[0]).total()).isZero();
  }

  @Test
  void moreBucketsThanWaitsCanFillAreRefused() {
    assertThatThrownBy(() -> WaitHistogram.of(new long[WaitHistogram.MAX_SECONDS + 3]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
