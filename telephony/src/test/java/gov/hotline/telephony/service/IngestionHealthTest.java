package gov.hotline.telephony.service;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.telephony.domain.AmiFrame;
import gov.hotline.telephony.domain.CallFolder;
import gov.hotline.telephony.domain.FoldPolicy;
import gov.hotline.telephony.port.IngestionMetrics;
import gov.hotline.telephony.support.MemoryTelephony;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The pump tells how old the oldest frame is that is not stored and folded yet, on the clock frames
 * carry.
 */
class IngestionHealthTest {
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final IngestionQueue queue = new IngestionQueue(10);
  private final IngestionPump pump =
      new IngestionPump(
          queue,
          new IngestionService(
              "lab", new MemoryTelephony(), new CallFolder("lab", FoldPolicy.defaults())),
          IngestionMetrics.NONE,
          r -> {},
          Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC),
          nanos::get);

  @Test
  void nothingWaitingMeansNoAge() {
    assertThat(pump.health().oldestPending()).isEqualTo(Duration.ZERO);
    assertThat(pump.health().failing()).isFalse();
  }

  @Test
  void theAgeIsThatOfTheOldestFrameStillQueued() {
    queue.offer(frame(0, nanos.get()));
    nanos.addAndGet(Duration.ofSeconds(5).toNanos());
    queue.offer(frame(1, nanos.get()));

    nanos.addAndGet(Duration.ofSeconds(40).toNanos());

    assertThat(pump.health().oldestPending()).isEqualTo(Duration.ofSeconds(45));
  }

  private static AmiFrame frame(long seq, long receivedNanos) {
    return new AmiFrame(
        AmiFrame.Type.MESSAGE,
        "lab",
        1,
        seq,
        Instant.parse("2026-12-03T08:00:00Z"),
        receivedNanos,
        "Event: Ping\r\n\r\n",
        false);
  }
}
