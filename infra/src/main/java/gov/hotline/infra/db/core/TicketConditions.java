package gov.hotline.infra.db.core;

import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.core.Tables.TICKET;

import gov.hotline.core.id.UnitId;
import gov.hotline.core.ticket.TicketQuery;
import gov.hotline.core.ticket.TicketStatus;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** The WHERE clause of a ticket list query. */
final class TicketConditions {
  private TicketConditions() {
  }

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
    if (q.text() != null && !q.text().isBlank()) {
      String like = "%" + escapeLike(q.text().strip()) + "%";
      Condition text = TICKET.TICKET_NO.likeIgnoreCase(like, '!')
          .or(TICKET.CONTENT.like(like, '!'))
          .or(TICKET.ADDRESS.like(like, '!'));
      all.add(switch (q.callerSearch()) {
        case NONE -> text;
        case NOT_CONFIDENTIAL -> text.or(TICKET.CALLER_NAME.like(like, '!').and(TICKET.CONFIDENTIAL.isFalse()));
        case ALL -> text.or(TICKET.CALLER_NAME.like(like, '!'));
      });
    }
    if (q.callerPhone() != null) {
      // exact only, and never for roles that see masked numbers (the service refuses those before)
      all.add(switch (q.callerSearch()) {
        case NONE -> DSL.falseCondition();
        case NOT_CONFIDENTIAL -> TICKET.CALLER_PHONE.eq(q.callerPhone()).and(TICKET.CONFIDENTIAL.isFalse());
        case ALL -> TICKET.CALLER_PHONE.eq(q.callerPhone());
      });
    }
    return DSL.and(all);
  }

  /** Lead or assisting unit among {@code units}. */
  private static Condition involves(List<UnitId> units) {
    String[] ids = units.stream().map(UnitId::value).toArray(String[]::new);
    return TICKET.LEAD_UNIT_ID.in(ids).or(DSL.arrayOverlap(TICKET.ASSIST_UNIT_IDS, ids));
  }

  private static String escapeLike(String s) {
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
