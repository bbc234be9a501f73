package gov.hotline.dispatch.port;

import gov.hotline.dispatch.domain.Decision;
import gov.hotline.dispatch.domain.DecisionStats;
import java.util.Collection;
import java.util.Map;

/**
 * Storage of dispatch decisions (派单决定): where each ticket was sent, and what was recommended then.
 */
public interface DecisionRepository {
  void insert(Decision decision);

  /** The latest decision of each of these tickets that has one. */
  Map<Long, Decision> latestFor(Collection<Long> ticketIds);

  /**
   * Per category, how often each catalogue reference got a ticket as lead, counting each ticket's
   * latest decision.
   */
  DecisionStats stats();

  /** Decisions so far, and how many followed the recommendation's first candidate. */
  long[] followedCount();
}
