package gov.hotline.telephony.port;

import gov.hotline.telephony.domain.Recording;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The recordings index: one entry per call. */
public interface RecordingRepository {
  void upsert(Recording recording);

  Optional<Recording> byCallId(String callId);

  List<Recording> byCallIds(Collection<String> callIds);

  /**
   * Calls whose recording is not settled: ended in {@code [endedFrom, endedBefore)} and either
   * never checked or checked as PENDING; oldest first, at most {@code limit}.
   */
  List<String> unsettled(Instant endedFrom, Instant endedBefore, int limit);
}
