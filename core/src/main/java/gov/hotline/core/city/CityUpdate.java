package gov.hotline.core.city;

import gov.hotline.core.rating.TicketRating;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.ticket.Transition;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One status update for the city platform (the outbox message, 待报送消息): which case, what happened,
 * when, the ticket's status afterwards, and the fields of that kind (reason, reply text, requested
 * deadline, callback result). {@code sequence} orders the updates of one case (the ticket's version
 * after the change) and, with the case number, makes the idempotency key.
 */
public record CityUpdate(
    String caseNo,
    long ticketId,
    String ticketNo,
    CityUpdateKind kind,
    String status,
    Instant at,
    long sequence,
    Map<String, String> fields) {

  private static final String RATING_KEY = ":rating:";

  public CityUpdate {
    fields = Map.copyOf(fields);
  }

  /**
   * The idempotency key the city deduplicates on: case number and sequence; for a rating, which is
   * no step of the case, the rating's own id.
   */
  public String idempotencyKey() {
    return kind == CityUpdateKind.RATING
        ? caseNo + RATING_KEY + fields.get("ratingId")
        : caseNo + ":" + sequence;
  }

  /** The rating a {@code RATING} update's idempotency key names (its inverse). */
  public static long ratingIdOf(String idempotencyKey) {
    return Long.parseLong(
        idempotencyKey.substring(idempotencyKey.lastIndexOf(RATING_KEY) + RATING_KEY.length()));
  }

  /**
   * The 好差评 sync of a rating just stored, for any ticket: a city case under its case number, the
   * district's own ticket under its ticket number (the city's 好差评 system registers both).
   */
  public static CityUpdate rating(Ticket t, TicketRating r) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("ratingId", Long.toString(r.id()));
    f.put("rating", r.rating().name());
    f.put("ratingLabel", r.rating().label());
    f.put("source", r.source().name());
    f.put("bad", Boolean.toString(r.rating().bad()));
    put(f, "comment", r.comment());
    f.put("districtTicket", Boolean.toString(!t.appeal().fromCity()));
    return new CityUpdate(
        t.appeal().fromCity() ? t.appeal().cityCaseNo() : t.no().value(),
        t.id().value(),
        t.no().value(),
        CityUpdateKind.RATING,
        t.status().name(),
        r.ratedAt(),
        t.version(),
        f);
  }

  /**
   * The update a transition sends, for a ticket that came from the city and an action the city
   * hears of; empty otherwise. {@code stored} is the ticket as stored (its new version).
   */
  public static Optional<CityUpdate> of(Transition t, Ticket stored) {
    if (!stored.appeal().fromCity()) {
      return Optional.empty();
    }
    return CityUpdateKind.of(t.entry().action())
        .map(
            kind ->
                new CityUpdate(
                    stored.appeal().cityCaseNo(),
                    stored.id().value(),
                    stored.no().value(),
                    kind,
                    stored.status().name(),
                    t.entry().at(),
                    stored.version(),
                    fields(kind, t, stored)));
  }

  private static Map<String, String> fields(CityUpdateKind kind, Transition t, Ticket stored) {
    Map<String, String> f = new LinkedHashMap<>();
    String reason = t.entry().reason();
    switch (kind) {
      case REPLIED -> put(f, "reply", stored.progress().reply());
      case RETURNED -> {
        put(f, "reasonCode", t.entry().details().get("cityReturnReason"));
        put(f, "reason", reason);
      }
      case EXTENSION_REQUESTED -> {
        put(f, "requestedDueAt", t.entry().details().get("requestedDueAt"));
        put(f, "reason", reason);
      }
      case CALLBACK -> {
        put(f, "resolved", t.entry().details().get("resolved"));
        put(f, "satisfaction", t.entry().details().get("satisfaction"));
      }
      case SIGNED, CLOSED -> put(f, "note", reason);
    }
    return f;
  }

  private static void put(Map<String, String> f, String key, String value) {
    if (value != null) {
      f.put(key, value);
    }
  }
}
