package gov.hotline.telephony.port;

import gov.hotline.telephony.domain.IngestResult;

/** What ingestion reports about itself (implemented with Micrometer in infra). */
public interface IngestionMetrics {
  /** A batch was stored: its counts and how long storing took. */
  void stored(String serverId, IngestResult.Counts counts, long storeNanos);

  /** One message's time from the socket to its commit. */
  void latency(String serverId, long nanos);

  /** Storing a batch failed; it is retried. */
  void failed(String serverId);

  /**
   * A message could not be folded into calls: it is kept raw, flagged with its error, and folding
   * goes on.
   */
  default void foldError(String serverId) {}

  IngestionMetrics NONE =
      new IngestionMetrics() {
        @Override
        public void stored(String serverId, IngestResult.Counts counts, long storeNanos) {}

        @Override
        public void latency(String serverId, long nanos) {}

        @Override
        public void failed(String serverId) {}
      };
}
