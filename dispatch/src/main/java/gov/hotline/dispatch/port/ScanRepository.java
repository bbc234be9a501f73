package gov.hotline.dispatch.port;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What dispatch reads of new tickets and dispatches, in id order, with a stored position per job,
 * so that every ticket and every dispatch is handled whichever server instance runs the scan. Reads
 * look back {@link #LOOK_BACK} ids behind the position for rows not handled yet: ids are handed out
 * before commit, so a slow transaction may commit after a later one.
 */
public interface ScanRepository {
  /** How many ids behind its position a scan looks again. */
  int LOOK_BACK = 1000;

  long position(String job);

  void moveTo(String job, long position);

  /** Tickets without a profile with an id above {@code position - LOOK_BACK}, lowest first. */
  List<IntakeTicket> ticketsToProfile(long position, int limit);

  /**
   * Those of {@code ticketIds} whose tickets are still open (not closed, directly closed or
   * merged).
   */
  Set<Long> open(Collection<Long> ticketIds);

  /**
   * Dispatch entries of the ticket history without a decision with an id above {@code position -
   * LOOK_BACK}, lowest first.
   */
  List<DispatchRecord> dispatchesToRecord(long position, int limit);
}
