package gov.hotline.core.event;

import java.time.Instant;

/** A ticket moved through its lifecycle (or got an urge, supervision …); published after commit. */
public record TicketTransitioned(
    long ticketId,
    String ticketNo,
    String action,
    String fromStatus,
    String toStatus,
    String leadUnitId,
    long actorId,
    Instant at) {}
