package gov.hotline.core.ticket;

import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;
import java.time.Instant;
import java.util.Set;

/**
 * Filters and paging of the ticket list. {@code unitId} matches the lead or an assisting unit; {@code visibleUnits}
 * (set by the service, null for all) limits a unit to its own subtree; {@code text} matches number, content, address
 * and caller; {@code overdue} compares the current deadline with {@code now}.
 */
public record TicketQuery(Set<TicketStatus> statuses, UnitId unitId, CategoryId categoryId, AppealType appealType,
                          Instant createdFrom, Instant createdTo, Boolean overdue, String text, int page, int size,
                          Set<UnitId> visibleUnits, Instant now) {
  public static final int MAX_SIZE = 200;

  public TicketQuery {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    page = Math.max(page, 1);
    size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
  }

  public TicketQuery scopedTo(Set<UnitId> units, Instant at) {
    return new TicketQuery(statuses, unitId, categoryId, appealType, createdFrom, createdTo, overdue, text, page,
        size, units == null ? null : Set.copyOf(units), at);
  }
}
