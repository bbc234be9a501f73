package gov.hotline.dispatch.port;

import gov.hotline.core.ticket.AppealType;
import java.time.Instant;

/** A ticket as dispatch's scan reads it: who called, where, what about, and its category. */
public record IntakeTicket(
    long ticketId,
    String ticketNo,
    Instant createdAt,
    String callerPhone,
    String address,
    String content,
    String categoryId,
    AppealType appealType) {}
