package gov.hotline.telephony.port;

import gov.hotline.telephony.domain.RecordingStatus;

/** What the recording checks report (implemented with Micrometer in infra). */
public interface RecordingMetrics {
  /** {@code n} recordings were checked after their calls ended and found in this status. */
  void checked(RecordingStatus status, long n);

  RecordingMetrics NONE = (status, n) -> {};
}
