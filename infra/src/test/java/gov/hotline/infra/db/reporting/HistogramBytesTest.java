package gov.hotline.infra.db.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.reporting.domain.WaitHistogram;
import org.junit.jupiter.api.Test;

class HistogramBytesTest {

  @Test
  void aStoredHistogramReadsBackBucketForBucket() {
    long[] buckets = new long[WaitHistogram.MAX_SECONDS + 2];
    buckets[0] = 1;
    buckets[15] = 127;
    buckets[16] = 128;
    buckets[120] = 3_000_000_000L;
    buckets[WaitHistogram.MAX_SECONDS + 1] = 42; // the overflow bucket
    WaitHistogram h = WaitHistogram.of(buckets);

    assertThat(HistogramBytes.decode(HistogramBytes.encode(h)).toArray()).isEqualTo(buckets);
  }

  @Test
  void smallCountsTakeOneBytePerBucketUpToTheLastNonEmptyOne() {
    WaitHistogram h = new WaitHistogram();
    h.add(2_000);
    h.add(9_999);

    assertThat(HistogramBytes.encode(h)).hasSize(10);
    assertThat(HistogramBytes.encode(new WaitHistogram())).isEmpty();
    assertThat(HistogramBytes.decode(new byte[0]).total()).isZero();
  }
}
