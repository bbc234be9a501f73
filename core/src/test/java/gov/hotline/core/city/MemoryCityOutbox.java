package gov.hotline.core.city;

import gov.hotline.core.id.TicketId;
import gov.hotline.core.port.CityRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The outbox half of the city link for in-memory stores: what was enqueued, in order. Intake of
 * city cases is PostgreSQL's (infra's tests).
 */
public final class MemoryCityOutbox implements CityRepository {
  private final List<CityUpdate> updates = new CopyOnWriteArrayList<>();

  public List<CityUpdate> updates() {
    return List.copyOf(updates);
  }

  @Override
  public void enqueue(CityUpdate update) {
    updates.add(update);
  }

  @Override
  public boolean claim(String caseNo, Instant at) {
    throw new UnsupportedOperationException("city intake is tested on PostgreSQL");
  }

  @Override
  public Optional<TicketId> ticketOf(String caseNo) {
    return Optional.empty();
  }

  @Override
  public void link(CityCase c, TicketId ticket, String ticketNo) {
    throw new UnsupportedOperationException("city intake is tested on PostgreSQL");
  }

  @Override
  public void rejected(
      String caseNo, String reasonCode, String reason, String payload, Instant at) {
    throw new UnsupportedOperationException("city intake is tested on PostgreSQL");
  }

  @Override
  public boolean recordVerdict(CityVerdict verdict, String outcome, Instant receivedAt) {
    throw new UnsupportedOperationException("city verdicts are tested on PostgreSQL");
  }
}
