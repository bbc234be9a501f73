package gov.hotline.telephony.port;

import gov.hotline.core.calendar.ServiceBranch;

/** What the service-hours script reports about itself (implemented with Micrometer in infra). */
public interface ServiceHoursMetrics {
  /** One call was sent this way; {@code stored} false when its decision could not be stored. */
  void decided(ServiceBranch branch, boolean stored);

  ServiceHoursMetrics NONE = (branch, stored) -> {};
}
