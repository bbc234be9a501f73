package gov.hotline.core.rating;

import gov.hotline.core.calendar.DeadlineCalculator;
import gov.hotline.core.city.CityUpdate;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.port.Repositories;
import gov.hotline.core.sla.TicketDeadlines;
import gov.hotline.core.ticket.HistoryEntry;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.ticket.TicketAction;
import gov.hotline.core.user.Actor;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Storing a rating (好差评) inside the transaction of the step that produced it (the callback, the
 * survey answer, the citizen's own rating): the rating goes into the one local store, not yet
 * synced, with its sync to the city's 好差评 system in the outbox of the same transaction (marked
 * synced when the relay delivered it), and a 差评 opens a follow-up (整改) with its own deadline — the
 * ticket's handling time limit (SLA) counted on the business calendar from the rating — recorded in
 * the ticket's history.
 */
public final class Ratings {
  private final TicketDeadlines deadlines;

  public Ratings(TicketDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  /** On the current reference data (SLA policies, calendar). */
  public static Ratings on(ReferenceData reference) {
    return new Ratings(
        new TicketDeadlines(reference.slaPolicies(), new DeadlineCalculator(reference.calendar())));
  }

  /** What recording a rating did: the rating as stored and the follow-up it opened, if any. */
  public record Recorded(TicketRating rating, FollowUp followUp) {}

  /**
   * Stores the rating of {@code t}; {@code historyEntry} adds a 评价 line to the history (the
   * callback's own line already says how satisfied the citizen was).
   */
  public Recorded record(
      Repositories r,
      Ticket t,
      Rating rating,
      RatingSource source,
      String comment,
      String callId,
      Actor actor,
      Instant at,
      boolean historyEntry) {
    TicketRating stored = new TicketRating(0, t.id(), rating, source, comment, callId, at, null);
    stored = stored.withId(r.ratings().insert(stored));
    r.city().enqueue(CityUpdate.rating(t, stored));
    if (historyEntry) {
      Map<String, String> details = new LinkedHashMap<>();
      details.put("rating", rating.name());
      details.put("source", source.name());
      r.tickets()
          .appendHistory(
              new HistoryEntry(
                  t.id(),
                  at,
                  actor,
                  TicketAction.RATE,
                  t.status(),
                  t.status(),
                  source.label() + "：" + rating.label() + (comment == null ? "" : "，" + comment),
                  details,
                  t.assignment().leadUnitId()));
    }
    if (!rating.bad()) {
      return new Recorded(stored, null);
    }
    Instant due = deadlines.handlingDue(t.appeal(), at);
    String reason = source.label() + "差评（" + rating.label() + "）";
    FollowUp f = new FollowUp(0, t.id(), stored.id(), reason, at, due);
    f = f.withId(r.ratings().openFollowUp(f));
    Map<String, String> details = new LinkedHashMap<>();
    details.put("ratingId", Long.toString(stored.id()));
    details.put("followUpDueAt", due.toString());
    r.tickets()
        .appendHistory(
            new HistoryEntry(
                t.id(),
                at,
                actor,
                TicketAction.FOLLOW_UP,
                t.status(),
                t.status(),
                reason + "，须于期限内整改",
                details,
                t.assignment().leadUnitId()));
    return new Recorded(stored, f);
  }
}
