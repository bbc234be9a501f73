package gov.hotline.dispatch.domain;

import gov.hotline.core.id.UnitId;
import gov.hotline.core.ticket.TicketStatus;
import java.time.Instant;

/**
 * A ticket on the near-due/overdue list (临期/超期清单): which deadline, which unit holds it, how often
 * urged.
 */
public record DueTicket(
    long ticketId,
    String ticketNo,
    TicketStatus status,
    AlertKind kind,
    Instant dueAt,
    UnitId leadUnitId,
    int urgeCount,
    boolean supervised) {}
