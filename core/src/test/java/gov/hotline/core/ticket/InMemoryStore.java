package gov.hotline.core.ticket;

import gov.hotline.core.citizen.MemoryCitizenAppeals;
import gov.hotline.core.city.MemoryCityOutbox;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.notice.OneTimeNotice;
import gov.hotline.core.port.CitizenAppealRepository;
import gov.hotline.core.port.CityRepository;
import gov.hotline.core.port.NoticeRepository;
import gov.hotline.core.port.RatingRepository;
import gov.hotline.core.port.ReferenceDataRepository;
import gov.hotline.core.port.Repositories;
import gov.hotline.core.port.TicketRepository;
import gov.hotline.core.port.Transactions;
import gov.hotline.core.port.UserRepository;
import gov.hotline.core.rating.MemoryRatings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Tickets and history kept in memory behind the ports, with the version check a real repository
 * does; shared with other modules' service tests through core's test jar.
 */
public final class InMemoryStore implements Transactions, Repositories, TicketRepository {
  private final Map<TicketId, Ticket> tickets = new LinkedHashMap<>();
  private final List<HistoryEntry> history = new ArrayList<>();
  private final MemoryRatings ratings =
      new MemoryRatings(
          callId ->
              tickets.values().stream()
                  .filter(t -> callId.equals(t.appeal().callId()))
                  .map(Ticket::id)
                  .toList());
  private final MemoryCitizenAppeals citizenAppeals = new MemoryCitizenAppeals();
  private final Map<TicketId, OneTimeNotice> notices = new LinkedHashMap<>();
  private TicketQuery lastQuery;
  private long nextId = 1000;

  @Override
  public <T> T inTransaction(Function<Repositories, T> work) {
    return work.apply(this);
  }

  @Override
  public TicketRepository tickets() {
    return this;
  }

  @Override
  public UserRepository users() {
    throw new UnsupportedOperationException("not used by tickets");
  }

  @Override
  public ReferenceDataRepository referenceData() {
    throw new UnsupportedOperationException("not used by tickets");
  }

  @Override
  public RatingRepository ratings() {
    return ratings;
  }

  private final MemoryCityOutbox city = new MemoryCityOutbox();

  @Override
  public CityRepository city() {
    return city;
  }

  /** The updates for the city (the 好差评 sync among them), in order. */
  public MemoryCityOutbox cityOutbox() {
    return city;
  }

  @Override
  public CitizenAppealRepository citizenAppeals() {
    return citizenAppeals;
  }

  @Override
  public NoticeRepository notices() {
    return new NoticeRepository() {
      @Override
      public void save(TicketId ticketId, OneTimeNotice notice, Instant at) {
        notices.put(ticketId, notice);
      }

      @Override
      public Optional<OneTimeNotice> of(TicketId ticketId) {
        return Optional.ofNullable(notices.get(ticketId));
      }
    };
  }

  @Override
  public TicketId insert(Ticket ticket) {
    TicketId id = TicketId.of(nextId++);
    tickets.put(id, ticket.withId(id));
    return id;
  }

  @Override
  public void update(Ticket ticket) {
    Ticket stored = tickets.get(ticket.id());
    if (stored == null || stored.version() != ticket.version()) {
      throw new IllegalStateException("stale ticket " + ticket.id());
    }
    tickets.put(ticket.id(), ticket.nextVersion());
  }

  @Override
  public Optional<Ticket> find(TicketId id) {
    return Optional.ofNullable(tickets.get(id));
  }

  @Override
  public Optional<Ticket> findForUpdate(TicketId id) {
    return find(id);
  }

  @Override
  public void appendHistory(HistoryEntry entry) {
    history.add(entry);
  }

  @Override
  public List<HistoryEntry> history(TicketId id) {
    return history.stream().filter(e -> e.ticketId().equals(id)).toList();
  }

  @Override
  public Page<Ticket> search(TicketQuery query) {
    lastQuery = query;
    return new Page<>(List.of(), 0, query.page(), query.size());
  }

  public Ticket stored(TicketId id) {
    return tickets.get(id);
  }

  /** Stores {@code t} under a new id. */
  public TicketId put(Ticket t) {
    return insert(t);
  }

  /** Stores {@code t} under its own id, as a ticket already in the database. */
  public Ticket keep(Ticket t) {
    tickets.put(t.id(), t);
    return t;
  }

  /** Every history entry appended, in order. */
  public List<HistoryEntry> history() {
    return List.copyOf(history);
  }

  TicketQuery lastQuery() {
    return lastQuery;
  }
}
