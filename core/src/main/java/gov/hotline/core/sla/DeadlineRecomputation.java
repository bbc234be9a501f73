package gov.hotline.core.sla;

import gov.hotline.core.ticket.Deadlines;
import gov.hotline.core.ticket.Ticket;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Deadlines of an open ticket computed again after the business calendar changed (a holiday or 调休
 * workday added or removed): each running clock from the time it started, as when it started. A
 * handling deadline moved by an approved extension (延期) stays — the approver set that date by hand
 * — and so does the supervision deadline.
 */
public final class DeadlineRecomputation {
  private DeadlineRecomputation() {}

  /** The ticket with its running clocks recomputed, or empty when nothing changes. */
  public static Optional<Ticket> recompute(Ticket t, TicketDeadlines deadlines) {
    Deadlines d = t.deadlines();
    var p = t.progress();
    Deadlines next = d;
    switch (t.status()) {
      case DISPATCHED ->
          next =
              next.withSignDueAt(
                  again(
                      d.signDueAt(),
                      p.dispatchedAt(),
                      start -> deadlines.signForDue(t.appeal(), start)));
      case REPLIED ->
          next =
              next.withCallbackDueAt(
                  again(
                      d.callbackDueAt(),
                      p.repliedAt(),
                      start -> deadlines.callbackDue(t.appeal(), start)));
      default -> {}
    }
    boolean handling =
        switch (t.status()) {
          case PENDING_DISPATCH,
              DISPATCHED,
              SIGNED,
              RETURN_REQUESTED,
              EXTENSION_REQUESTED,
              SUB_HANDLING,
              SUB_REPLIED ->
              true;
          default -> false;
        };
    if (handling && t.flags().extensionCount() == 0) {
      next =
          next.withHandleDueAt(
              again(
                  d.handleDueAt(),
                  p.handlingStartedAt(),
                  start -> deadlines.handlingDue(t.appeal(), start)));
    }
    return next.equals(d) ? Optional.empty() : Optional.of(t.withDeadlines(next));
  }

  private static Instant again(Instant current, Instant start, UnaryOperator<Instant> due) {
    return current == null || start == null ? current : Objects.requireNonNull(due.apply(start));
  }
}
