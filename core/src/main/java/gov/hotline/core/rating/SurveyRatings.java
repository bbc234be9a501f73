package gov.hotline.core.rating;

import gov.hotline.core.id.TicketId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.port.Transactions;
import gov.hotline.core.ticket.Satisfaction;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The post-call survey's answer (满意度测评, 1 满意 / 2 基本满意 / 3 不满意) as the rating (好差评) of every ticket
 * taken on that call, in one transaction: stored with source SURVEY and the call id, written in
 * each ticket's history, a 不满意 opening a follow-up (整改).
 */
public final class SurveyRatings {
  private final Transactions tx;
  private final ReferenceData reference;
  private final Clock clock;

  public SurveyRatings(Transactions tx, ReferenceData reference, Clock clock) {
    this.tx = tx;
    this.reference = reference;
    this.clock = clock;
  }

  /** Rates the call's tickets; returns how many there were. */
  public int rate(String callId, Satisfaction answer) {
    Ratings ratings = Ratings.on(reference);
    Instant now = clock.instant();
    return tx.inTransaction(
        r -> {
          List<TicketId> ids = r.ratings().ticketsOfCall(callId);
          for (TicketId id : ids) {
            Ticket t = r.tickets().findForUpdate(id).orElseThrow();
            // the survey speaks for the caller; history shows it as 'survey' of the intake's unit
            Actor survey =
                new Actor(
                    new UserId(0),
                    "survey",
                    Role.AGENT,
                    t.createdByUnit() == null ? UnitId.of("SYSTEM") : t.createdByUnit());
            ratings.record(
                r, t, Rating.of(answer), RatingSource.SURVEY, null, callId, survey, now, true);
          }
          return ids.size();
        });
  }
}
