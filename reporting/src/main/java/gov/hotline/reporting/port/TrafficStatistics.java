package gov.hotline.reporting.port;

import gov.hotline.reporting.domain.AgentComplaintRate;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.TrafficRollup;

/**
 * Call traffic kept as rollups (hourly per queue, daily per agent) of the calls the telephony
 * context recorded.
 */
public interface TrafficStatistics extends Rollup {
  /** The stored rollup of the period. */
  TrafficRollup slices(Period period);

  /**
   * 接听数 of the period and the answered calls with an upheld complaint: the stored hourly slices,
   * summed by the store.
   */
  AgentComplaintRate agentComplaintRate(Period period);

  /**
   * The same rollup computed straight from the raw calls (slow; used to prove the rollups right).
   */
  TrafficRollup recompute(Period period);
}
