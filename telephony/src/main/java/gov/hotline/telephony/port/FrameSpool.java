package gov.hotline.telephony.port;

import gov.hotline.telephony.domain.AmiFrame;
import java.util.List;

/**
 * A durable first-in first-out store of AMI frames that could not be written yet (the database is
 * unreachable, or the ingestion lease not live): appended in batches, each batch on disk before
 * {@link #append} returns, so that a crash (kill -9) during a database outage loses nothing; read
 * back in order once the database is there again, and forgotten batch by batch as they commit.
 */
public interface FrameSpool {
  /** No spool: frames wait in memory only (tests, and deployments without a data directory). */
  FrameSpool NONE =
      new FrameSpool() {
        @Override
        public boolean pending() {
          return false;
        }

        @Override
        public void append(List<AmiFrame> frames) {}

        @Override
        public List<AmiFrame> peek(int max) {
          return List.of();
        }

        @Override
        public void commit(int n) {}

        @Override
        public long oldestReceivedNanos() {
          return Long.MAX_VALUE;
        }

        @Override
        public boolean enabled() {
          return false;
        }
      };

  /** Whether frames wait in the spool. */
  boolean pending();

  /** Appends frames after those waiting, durably (fsync) before returning. */
  void append(List<AmiFrame> frames);

  /** Up to {@code max} of the oldest waiting frames, not removed. */
  List<AmiFrame> peek(int max);

  /** The {@code n} oldest waiting frames were stored: forget them (durably). */
  void commit(int n);

  /** When the oldest waiting frame was received ({@code System.nanoTime}), or MAX_VALUE. */
  long oldestReceivedNanos();

  /** Whether this spool keeps anything at all. */
  default boolean enabled() {
    return true;
  }
}
