package gov.hotline.dispatch.port;

import gov.hotline.core.ticket.AppealType;
import java.time.Instant;

/**
 * A dispatch (派单) from the ticket history: which ticket went to which lead unit, when and by whom.
 */
public record DispatchRecord(
    long historyId,
    long ticketId,
    String ticketNo,
    Instant at,
    long actorId,
    String leadUnitId,
    String categoryId,
    String content,
    String address,
    AppealType appealType) {}
