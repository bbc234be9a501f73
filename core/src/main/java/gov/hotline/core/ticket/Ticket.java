package gov.hotline.core.ticket;

import gov.hotline.core.id.TicketId;
import gov.hotline.core.id.TicketNo;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A ticket (工单): one citizen appeal and its handling. Immutable; {@link TicketLifecycle} produces
 * the next version. {@code version} guards against lost updates (optimistic locking).
 */
public record Ticket(
    TicketId id,
    TicketNo no,
    TicketStatus status,
    Caller caller,
    Appeal appeal,
    Assignment assignment,
    Deadlines deadlines,
    Progress progress,
    Flags flags,
    Instant createdAt,
    UserId createdBy,
    UnitId createdByUnit,
    long version) {

  /**
   * Near-due (临期) once this share of the time between the clock's start and the deadline is used.
   */
  public static final double NEAR_DUE_SHARE = 0.8;

  public Ticket {
    Objects.requireNonNull(status);
    Objects.requireNonNull(caller);
    Objects.requireNonNull(appeal);
    Objects.requireNonNull(assignment);
    Objects.requireNonNull(deadlines);
    Objects.requireNonNull(progress);
    Objects.requireNonNull(flags);
    Objects.requireNonNull(createdAt);
  }

  /** A freshly received ticket, before it is stored (id 0, version 0). */
  public static Ticket received(
      TicketNo no, Caller caller, Appeal appeal, Instant at, UserId by, UnitId unit) {
    return new Ticket(
        new TicketId(0),
        no,
        TicketStatus.RECEIVED,
        caller,
        appeal,
        Assignment.NONE,
        Deadlines.NONE,
        Progress.NONE,
        Flags.NONE,
        at,
        by,
        unit,
        0);
  }

  /**
   * The deadline that the current status is measured against: sign-for while dispatched, handling
   * while the unit has it (and while a returned ticket waits for re-dispatch), callback once
   * replied; none otherwise. This is the single definition of "due" for near-due and overdue.
   */
  public Instant currentDueAt() {
    return switch (status) {
      case DISPATCHED -> deadlines.signDueAt();
      // after an approved return the citizen's handling clock keeps running while the ticket waits
      // for dispatch
      case PENDING_DISPATCH,
          SIGNED,
          RETURN_REQUESTED,
          ARBITRATION,
          EXTENSION_REQUESTED,
          SUB_HANDLING,
          SUB_REPLIED ->
          deadlines.handleDueAt();
      case REPLIED -> deadlines.callbackDueAt();
      default -> null;
    };
  }

  private Instant currentClockStart() {
    return switch (status) {
      case DISPATCHED -> progress.dispatchedAt();
      case PENDING_DISPATCH,
          SIGNED,
          RETURN_REQUESTED,
          ARBITRATION,
          EXTENSION_REQUESTED,
          SUB_HANDLING,
          SUB_REPLIED ->
          progress.handlingStartedAt();
      case REPLIED -> progress.repliedAt();
      default -> null;
    };
  }

  /** Overdue (超期): the current deadline has passed. Derived, never stored by hand. */
  public boolean isOverdue(Instant now) {
    Instant due = currentDueAt();
    return due != null && now.isAfter(due);
  }

  /** Near-due (临期): not overdue yet, but {@link #NEAR_DUE_SHARE} of the allowed time is used. */
  public boolean isNearDue(Instant now) {
    Instant due = currentDueAt();
    Instant start = currentClockStart();
    if (due == null || start == null || now.isAfter(due)) {
      return false;
    }
    long total = Duration.between(start, due).toMillis();
    long used = Duration.between(start, now).toMillis();
    return total > 0 && used >= total * NEAR_DUE_SHARE;
  }

  public Ticket withId(TicketId newId) {
    return new Ticket(
        newId,
        no,
        status,
        caller,
        appeal,
        assignment,
        deadlines,
        progress,
        flags,
        createdAt,
        createdBy,
        createdByUnit,
        version);
  }

  public Ticket withStatus(TicketStatus s) {
    return new Ticket(
        id,
        no,
        s,
        caller,
        appeal,
        assignment,
        deadlines,
        progress,
        flags,
        createdAt,
        createdBy,
        createdByUnit,
        version);
  }

  public Ticket withAssignment(Assignment a) {
    return new Ticket(
        id,
        no,
        status,
        caller,
        appeal,
        a,
        deadlines,
        progress,
        flags,
        createdAt,
        createdBy,
        createdByUnit,
        version);
  }

  public Ticket withDeadlines(Deadlines d) {
    return new Ticket(
        id,
        no,
        status,
        caller,
        appeal,
        assignment,
        d,
        progress,
        flags,
        createdAt,
        createdBy,
        createdByUnit,
        version);
  }

  public Ticket withProgress(Progress p) {
    return new Ticket(
        id,
        no,
        status,
        caller,
        appeal,
        assignment,
        deadlines,
        p,
        flags,
        createdAt,
        createdBy,
        createdByUnit,
        version);
  }

  public Ticket withFlags(Flags f) {
    return new Ticket(
        id,
        no,
        status,
        caller,
        appeal,
        assignment,
        deadlines,
        progress,
        f,
        createdAt,
        createdBy,
        createdByUnit,
        version);
  }

  /**
   * The version this ticket has once stored by {@link
   * gov.hotline.core.port.TicketRepository#update(Ticket)}.
   */
  public Ticket nextVersion() {
    return new Ticket(
        id,
        no,
        status,
        caller,
        appeal,
        assignment,
        deadlines,
        progress,
        flags,
        createdAt,
        createdBy,
        createdByUnit,
        version + 1);
  }
}
