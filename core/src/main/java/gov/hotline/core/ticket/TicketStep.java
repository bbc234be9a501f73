package gov.hotline.core.ticket;

import gov.hotline.core.calendar.DeadlineCalculator;
import gov.hotline.core.city.CityUpdate;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.event.TicketTransitioned;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.port.Repositories;
import gov.hotline.core.rating.Rating;
import gov.hotline.core.rating.RatingSource;
import gov.hotline.core.rating.Ratings;
import gov.hotline.core.sla.TicketDeadlines;
import gov.hotline.core.user.Actor;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * The one ticket transition step (流转一步): find the ticket for update, apply a {@link TicketCommand}
 * through the {@link TicketLifecycle}, store the next version and its history entry, and build the
 * event to publish after commit. It runs inside a transaction the caller opened, so that a caller
 * (core's {@link TicketService}, dispatch's escalation and merging) may do more in the same
 * transaction; it never publishes.
 */
public final class TicketStep {
  private final TicketLifecycle lifecycle;
  private final Ratings ratings;

  /**
   * {@code ratings} stores the callback's rating (好差评) in the step's transaction and opens the
   * follow-up of a 差评.
   */
  public TicketStep(TicketLifecycle lifecycle, Ratings ratings) {
    this.lifecycle = lifecycle;
    this.ratings = ratings;
  }

  /** The step on the current reference data (unit tree, SLA policies, calendar). */
  public static TicketStep on(ReferenceData reference) {
    TicketDeadlines deadlines =
        new TicketDeadlines(reference.slaPolicies(), new DeadlineCalculator(reference.calendar()));
    return new TicketStep(
        new TicketLifecycle(reference.orgTree(), deadlines), new Ratings(deadlines));
  }

  /**
   * Runs {@code cmd} on ticket {@code id} inside the transaction of {@code r}; returns the ticket
   * as stored (its new version) and the event. Refusals ({@link DomainException}) are thrown before
   * anything is written.
   */
  public TicketService.Outcome<TicketTransitioned> run(
      Repositories r, TicketId id, TicketCommand cmd, Actor actor, Instant at) {
    return run(r, id, cmd, actor, at, null);
  }

  /**
   * As above, for a client that read version {@code expectedVersion} of the ticket (null: any): a
   * ticket changed since is refused (409 {@code STALE_TICKET}) rather than acted on unseen.
   */
  public TicketService.Outcome<TicketTransitioned> run(
      Repositories r,
      TicketId id,
      TicketCommand cmd,
      Actor actor,
      Instant at,
      Long expectedVersion) {
    Ticket current =
        r.tickets()
            .findForUpdate(id)
            .orElseThrow(() -> DomainException.notFound("TICKET_NOT_FOUND", "工单不存在：" + id));
    if (expectedVersion != null && expectedVersion != current.version()) {
      throw DomainException.conflict("STALE_TICKET", "工单已被他人更新，请刷新");
    }
    Transition t = lifecycle.apply(current, cmd, actor, at);
    if (cmd instanceof TicketCommand.Callback c && c.callId() != null) {
      requireCallbackCallOf(r, c.callId(), current);
    }
    r.tickets().update(t.after());
    r.tickets().appendHistory(t.entry());
    if (cmd instanceof TicketCommand.DirectClose c && c.notice() != null) {
      r.notices().save(id, c.notice(), at);
    }
    if (cmd instanceof TicketCommand.Callback c) {
      ratings.record(
          r,
          t.after(),
          Rating.of(c.satisfaction()),
          RatingSource.CALLBACK,
          c.note(),
          c.callId(),
          actor,
          at,
          false);
    }
    Ticket stored = t.after().nextVersion();
    // the city hears of its cases' changes through the outbox, written in this very transaction
    CityUpdate.of(t, stored).ifPresent(u -> r.city().enqueue(u));
    return new TicketService.Outcome<>(stored, event(t));
  }

  /**
   * A callback result (回访) is tied to a recorded call only when that call is the callback call
   * placed for this very ticket: another ticket's call, an inbound call or an unknown id would link
   * the result to a recording of something else. Checked after the lifecycle allowed the step, so
   * that an actor who may not record a callback learns nothing about calls.
   */
  private static void requireCallbackCallOf(Repositories r, String callId, Ticket t) {
    String of =
        r.callbackCalls()
            .ticketNoOf(callId)
            .orElseThrow(
                () ->
                    DomainException.invalid(
                        "UNKNOWN_CALLBACK_CALL", "回访通话不存在或不是回访外呼：" + callId + "，请先点击“回访外呼”"));
    if (!of.equals(t.no().value())) {
      throw DomainException.conflict(
          "CALLBACK_CALL_OF_OTHER_TICKET",
          "该通话是工单 " + of + " 的回访外呼，不属于本工单（" + t.no().value() + "），请选择本工单的回访通话");
    }
  }

  /** The event a transition publishes. */
  static TicketTransitioned event(Transition tr) {
    Ticket after = tr.after();
    UnitId lead = after.assignment().leadUnitId();
    return new TicketTransitioned(
        after.id().value(),
        after.no().value(),
        tr.entry().action().code(),
        tr.before().status().name(),
        after.status().name(),
        lead == null ? null : lead.value(),
        tr.entry().actor().userId().value(),
        tr.entry().at(),
        Stream.concat(tr.before().assignment().allUnits(), after.assignment().allUnits())
            .map(UnitId::value)
            .distinct()
            .toList());
  }
}
