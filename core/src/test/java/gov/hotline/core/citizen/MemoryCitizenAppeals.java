package gov.hotline.core.citizen;

import gov.hotline.core.port.CitizenAppealRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Citizen appeals in memory, for service tests. */
public final class MemoryCitizenAppeals implements CitizenAppealRepository {
  private final List<CitizenAppeal> appeals = new ArrayList<>();

  @Override
  public void lock(String key) {
    // one thread in the tests
  }

  @Override
  public void insert(CitizenAppeal appeal) {
    appeals.add(appeal);
  }

  @Override
  public Optional<CitizenAppeal> byTrackingNo(TrackingNo no) {
    return appeals.stream().filter(a -> a.trackingNo().equals(no)).findFirst();
  }

  @Override
  public Optional<CitizenAppeal> byIdempotencyKey(String key) {
    return appeals.stream().filter(a -> key.equals(a.idempotencyKey())).findFirst();
  }

  @Override
  public Optional<CitizenAppeal> recent(String duplicateKey, Instant since) {
    return appeals.stream()
        .filter(a -> a.duplicateKey().equals(duplicateKey) && !a.filedAt().isBefore(since))
        .reduce((a, b) -> b);
  }

  public int size() {
    return appeals.size();
  }
}
