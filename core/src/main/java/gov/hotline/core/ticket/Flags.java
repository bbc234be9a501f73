package gov.hotline.core.ticket;

import java.time.Instant;

/**
 * Counters and flags that do not change the status: urges (催办), supervision (督办), the exclusion request
 * (不纳入考核), returns and extensions so far; {@code resumeStatus} is where a rejected return goes back to and
 * {@code requestedDueAt} the due date a pending extension asks for.
 */
public record Flags(int urgeCount, boolean supervised, ExclusionStatus exclusion, int returnCount, int extensionCount,
                    TicketStatus resumeStatus, Instant requestedDueAt) {
  public static final Flags NONE = new Flags(0, false, ExclusionStatus.NONE, 0, 0, null, null);

  public Flags urged() {
    return new Flags(urgeCount + 1, supervised, exclusion, returnCount, extensionCount, resumeStatus, requestedDueAt);
  }

  public Flags supervisedNow() {
    return new Flags(urgeCount, true, exclusion, returnCount, extensionCount, resumeStatus, requestedDueAt);
  }

  public Flags withExclusion(ExclusionStatus e) {
    return new Flags(urgeCount, supervised, e, returnCount, extensionCount, resumeStatus, requestedDueAt);
  }

  public Flags returnRequested(TicketStatus from) {
    return new Flags(urgeCount, supervised, exclusion, returnCount, extensionCount, from, requestedDueAt);
  }

  public Flags returnDecided(boolean approved) {
    return new Flags(urgeCount, supervised, exclusion, returnCount + (approved ? 1 : 0), extensionCount, null,
        requestedDueAt);
  }

  public Flags extensionRequested(Instant due) {
    return new Flags(urgeCount, supervised, exclusion, returnCount, extensionCount, resumeStatus, due);
  }

  public Flags extensionDecided(boolean approved) {
    return new Flags(urgeCount, supervised, exclusion, returnCount, extensionCount + (approved ? 1 : 0), resumeStatus,
        null);
  }
}
