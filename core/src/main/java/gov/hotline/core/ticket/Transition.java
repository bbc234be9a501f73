package gov.hotline.core.ticket;

/**
 * The result of applying a command: the ticket's next version and the history entry that records
 * it.
 */
public record Transition(Ticket before, Ticket after, HistoryEntry entry) {}
