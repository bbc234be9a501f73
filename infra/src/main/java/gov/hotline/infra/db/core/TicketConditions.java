package gov.hotline.infra.db.core;

import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.core.Tables.TICKET;

import gov.hotline.core.id.UnitId;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.ticket.TicketQuery;
import gov.hotline.core.ticket.TicketStatus;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** The WHERE clause of a ticket list query. */
final class TicketConditions {
  private TicketConditions() {}

  static Condition of(TicketQuery q) {
    List<Condition> all = new ArrayList<>();
    if (!q.statuses().isEmpty()) {
      all.add(TICKET.STATUS.in(q.statuses().stream().map(TicketStatus::name).toList()));
    }
    if (q.unitId() != null) {
      all.add(involves(List.of(q.unitId())));
    }
    if (q.visibleUnits() != null) {
      all.add(involves(List.copyOf(q.visibleUnits())));
    }
    if (q.categoryId() != null) {
      all.add(TICKET.CATEGORY_ID.eq(q.categoryId().value()));
    }
    if (q.appealType() != null) {
      all.add(TICKET.APPEAL_TYPE.eq(q.appealType().name()));
    }
    if (q.createdFrom() != null) {
      all.add(TICKET.CREATED_AT.ge(offset(q.createdFrom())));
    }
    if (q.createdTo() != null) {
      all.add(TICKET.CREATED_AT.lt(offset(q.createdTo())));
    }
    if (q.overdue() != null) {
      // due_at holds Ticket.currentDueAt(), so this is Ticket.isOverdue(now) in SQL
      Condition overdue = TICKET.DUE_AT.lt(offset(q.now()));
      all.add(q.overdue() ? overdue : DSL.not(overdue).or(TICKET.DUE_AT.isNull()));
    }
    if (q.nearDue() != null) {
      all.add(q.nearDue() ? nearDue(q) : DSL.not(nearDue(q)));
    }
    if (q.exclusion() != null) {
      all.add(TICKET.EXCLUSION.eq(q.exclusion().name()));
    }
    if (q.text() != null && !q.text().isBlank()) {
      String like = "%" + escapeLike(q.text().strip()) + "%";
      Condition text =
          TICKET
              .TICKET_NO
              .likeIgnoreCase(like, '!')
              .or(TICKET.CONTENT.like(like, '!'))
              .or(TICKET.ADDRESS.like(like, '!'));
      all.add(
          switch (q.callerSearch()) {
            case NONE -> text;
            case NOT_CONFIDENTIAL ->
                text.or(TICKET.CALLER_NAME.like(like, '!').and(TICKET.CONFIDENTIAL.isFalse()));
            case ALL -> text.or(TICKET.CALLER_NAME.like(like, '!'));
          });
    }
    if (q.callerPhone() != null) {
      // exact only, and never for roles that see masked numbers (the service refuses those before)
      all.add(
          switch (q.callerSearch()) {
            case NONE -> DSL.falseCondition();
            case NOT_CONFIDENTIAL ->
                TICKET.CALLER_PHONE.eq(q.callerPhone()).and(TICKET.CONFIDENTIAL.isFalse());
            case ALL -> TICKET.CALLER_PHONE.eq(q.callerPhone());
          });
    }
    if (q.createdBy() != null) {
      all.add(TICKET.CREATED_BY.eq(q.createdBy().value()));
    }
    return DSL.and(all);
  }

  /**
   * {@code Ticket.isNearDue(now)} in SQL: the current deadline not passed yet and at least {@link
   * Ticket#NEAR_DUE_SHARE} of the time from the current clock's start (as {@code
   * currentClockStart}: the dispatch while waiting to be signed for, the reply while waiting for
   * the callback, the handling clock otherwise) to the deadline used.
   */
  private static Condition nearDue(TicketQuery q) {
    var start =
        DSL.when(TICKET.STATUS.eq(TicketStatus.DISPATCHED.name()), TICKET.DISPATCHED_AT)
            .when(TICKET.STATUS.eq(TicketStatus.REPLIED.name()), TICKET.REPLIED_AT)
            .when(TICKET.STATUS.in(HANDLING_CLOCK), TICKET.HANDLING_STARTED_AT);
    return TICKET
        .DUE_AT
        .isNotNull()
        .and(TICKET.DUE_AT.ge(offset(q.now())))
        .and(
            DSL.condition(
                "{0} IS NOT NULL AND {1} > {0} AND {2} >= {0} + ({1} - {0}) * {3}",
                start, TICKET.DUE_AT, DSL.val(offset(q.now())), DSL.inline(Ticket.NEAR_DUE_SHARE)));
  }

  /** Statuses measured against the handling clock ({@code Ticket.currentClockStart}). */
  private static final List<String> HANDLING_CLOCK =
      List.of(
          TicketStatus.PENDING_DISPATCH.name(),
          TicketStatus.SIGNED.name(),
          TicketStatus.RETURN_REQUESTED.name(),
          TicketStatus.ARBITRATION.name(),
          TicketStatus.EXTENSION_REQUESTED.name(),
          TicketStatus.SUB_HANDLING.name(),
          TicketStatus.SUB_REPLIED.name());

  /**
   * Lead or assisting unit, or the community the ticket was passed down to, among {@code units} (as
   * {@code Assignment.allUnits}).
   */
  private static Condition involves(List<UnitId> units) {
    String[] ids = units.stream().map(UnitId::value).toArray(String[]::new);
    return TICKET
        .LEAD_UNIT_ID
        .in(ids)
        .or(DSL.arrayOverlap(TICKET.ASSIST_UNIT_IDS, ids))
        .or(TICKET.SUB_UNIT_ID.in(ids));
  }

  private static String escapeLike(String s) {
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
