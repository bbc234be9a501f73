package gov.hotline.core.port;

import gov.hotline.core.citizen.CitizenAppeal;
import gov.hotline.core.citizen.TrackingNo;
import java.time.Instant;
import java.util.Optional;

/** Appeals citizens filed themselves (public intake) and their tracking numbers. */
public interface CitizenAppealRepository {
  /**
   * Holds {@code key} until the transaction ends, so that two submissions of one appeal (or of one
   * idempotency key) arriving together are decided one after the other.
   */
  void lock(String key);

  void insert(CitizenAppeal appeal);

  Optional<CitizenAppeal> byTrackingNo(TrackingNo no);

  Optional<CitizenAppeal> byIdempotencyKey(String key);

  /** The latest appeal with this duplicate key filed at or after {@code since}. */
  Optional<CitizenAppeal> recent(String duplicateKey, Instant since);
}
