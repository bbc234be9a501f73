package gov.hotline.kb.domain;

import java.time.Instant;

/**
 * What the knowledge base indexes of a ticket (工单) for similar-ticket search: its appeal text and
 * where it is.
 */
public record TicketText(
    long ticketId,
    String ticketNo,
    String categoryId,
    String address,
    String content,
    Instant createdAt) {}
