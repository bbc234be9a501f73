package gov.hotline.core.ticket;

import java.time.Instant;

/**
 * Counters and flags that do not change the status: urges (催办), supervision (督办), the exclusion
 * request (不纳入考核), returns and extensions so far; {@code resumeStatus} is where a rejected return
 * goes back to and {@code requestedDueAt} the due date a pending extension asks for; {@code
 * returnRejections} counts the returns rejected since the current unit took the ticket (the {@value
 * #ARBITRATION_AFTER}th goes to arbitration).
 */
public record Flags(
    int urgeCount,
    boolean supervised,
    ExclusionStatus exclusion,
    int returnCount,
    int extensionCount,
    TicketStatus resumeStatus,
    Instant requestedDueAt,
    int returnRejections) {
  public static final Flags NONE = new Flags(0, false, ExclusionStatus.NONE, 0, 0, null, null, 0);

  /** Rejected returns after which the next decision is the team lead's or manager's (仲裁). */
  public static final int ARBITRATION_AFTER = 2;

  public Flags(
      int urgeCount,
      boolean supervised,
      ExclusionStatus exclusion,
      int returnCount,
      int extensionCount,
      TicketStatus resumeStatus,
      Instant requestedDueAt) {
    this(
        urgeCount,
        supervised,
        exclusion,
        returnCount,
        extensionCount,
        resumeStatus,
        requestedDueAt,
        0);
  }

  public Flags urged() {
    return new Flags(
        urgeCount + 1,
        supervised,
        exclusion,
        returnCount,
        extensionCount,
        resumeStatus,
        requestedDueAt,
        returnRejections);
  }

  public Flags supervisedNow() {
    return new Flags(
        urgeCount,
        true,
        exclusion,
        returnCount,
        extensionCount,
        resumeStatus,
        requestedDueAt,
        returnRejections);
  }

  public Flags withExclusion(ExclusionStatus e) {
    return new Flags(
        urgeCount,
        supervised,
        e,
        returnCount,
        extensionCount,
        resumeStatus,
        requestedDueAt,
        returnRejections);
  }

  public Flags returnRequested(TicketStatus from) {
    return new Flags(
        urgeCount,
        supervised,
        exclusion,
        returnCount,
        extensionCount,
        from,
        requestedDueAt,
        returnRejections);
  }

  /**
   * A return decided: approved (to another unit: the count of rejections starts again) or rejected.
   */
  public Flags returnDecided(boolean approved) {
    return new Flags(
        urgeCount,
        supervised,
        exclusion,
        returnCount + (approved ? 1 : 0),
        extensionCount,
        null,
        requestedDueAt,
        approved ? 0 : returnRejections + 1);
  }

  /**
   * A return rejected for the {@value #ARBITRATION_AFTER}th time: it waits for arbitration, its
   * origin kept.
   */
  public Flags returnRejectedToArbitration() {
    return new Flags(
        urgeCount,
        supervised,
        exclusion,
        returnCount,
        extensionCount,
        resumeStatus,
        requestedDueAt,
        returnRejections + 1);
  }

  /**
   * Arbitration decided: the return approved (as a dispatcher's approval) or the unit ordered to
   * handle the ticket (back where it came from; the rejections stay counted, so a further rejected
   * return goes to arbitration again).
   */
  public Flags arbitrated(boolean returnApproved) {
    return returnApproved
        ? returnDecided(true)
        : new Flags(
            urgeCount,
            supervised,
            exclusion,
            returnCount,
            extensionCount,
            null,
            requestedDueAt,
            returnRejections);
  }

  /** Whether rejecting the pending return now sends the ticket to arbitration. */
  public boolean nextRejectionGoesToArbitration() {
    return returnRejections + 1 >= ARBITRATION_AFTER;
  }

  public Flags extensionRequested(Instant due) {
    return new Flags(
        urgeCount,
        supervised,
        exclusion,
        returnCount,
        extensionCount,
        resumeStatus,
        due,
        returnRejections);
  }

  public Flags extensionDecided(boolean approved) {
    return new Flags(
        urgeCount,
        supervised,
        exclusion,
        returnCount,
        extensionCount + (approved ? 1 : 0),
        resumeStatus,
        null,
        returnRejections);
  }
}
