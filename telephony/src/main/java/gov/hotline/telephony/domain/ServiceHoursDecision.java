package gov.hotline.telephony.domain;

import gov.hotline.core.calendar.ServiceBranch;
import java.time.Instant;
import java.util.Objects;

/**
 * The service-hours decision of one call (服务时间分流记录): which branch the platform answered when the
 * dialplan asked, for which line, at what time.
 *
 * @param callId the caller channel's Linkedid (the platform's call id)
 * @param uniqueid the uniqueid of the channel that asked
 * @param line the dialled number the decision was made for
 */
public record ServiceHoursDecision(
    String callId, String uniqueid, String line, ServiceBranch branch, Instant at) {
  public ServiceHoursDecision {
    Objects.requireNonNull(callId);
    Objects.requireNonNull(uniqueid);
    Objects.requireNonNull(line);
    Objects.requireNonNull(branch);
    Objects.requireNonNull(at);
  }
}
