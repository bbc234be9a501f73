package gov.hotline.kb.domain;

import java.time.Instant;

/**
 * An earlier ticket whose content resembles a given one; {@code snippet} is HTML-escaped with
 * {@code <em>} marks.
 */
public record SimilarTicket(
    long ticketId,
    String ticketNo,
    String categoryId,
    Instant createdAt,
    double score,
    String snippet) {}
