package gov.hotline.core.event;

import java.time.Instant;

/**
 * A ticket was received (受理); published after commit. {@code callId} links it to its call, if any.
 */
public record TicketCreated(
    long ticketId, String ticketNo, String categoryId, String channel, String callId, Instant at) {}
