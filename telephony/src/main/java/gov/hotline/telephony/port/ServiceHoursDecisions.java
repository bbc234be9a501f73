package gov.hotline.telephony.port;

import gov.hotline.telephony.domain.ServiceHoursDecision;
import java.util.Optional;

/** Stored service-hours decisions (服务时间分流记录), one per call: the first one stands. */
public interface ServiceHoursDecisions {
  /**
   * Stores the decision unless its call already has one, and marks the call changed (so that the
   * traffic rollup counts the branch); true when this one was stored.
   */
  boolean addIfAbsent(ServiceHoursDecision decision);

  Optional<ServiceHoursDecision> byCallId(String callId);
}
