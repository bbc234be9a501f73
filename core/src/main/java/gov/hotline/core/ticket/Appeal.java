package gov.hotline.core.ticket;

import gov.hotline.core.id.CategoryId;
import java.util.Objects;

/**
 * What the citizen asked for, as recorded at intake (受理). {@code callId} is the Asterisk Linkedid,
 * if any; {@code cityCaseNo} the city platform's case number (市级工单编号) when the case came down from
 * the city's 12345 centre (市级派单), else null.
 */
public record Appeal(
    Channel channel,
    AppealType appealType,
    CategoryId categoryId,
    Urgency urgency,
    String address,
    String content,
    String callId,
    String cityCaseNo) {
  /** An appeal taken at the district itself (not from the city). */
  public Appeal(
      Channel channel,
      AppealType appealType,
      CategoryId categoryId,
      Urgency urgency,
      String address,
      String content,
      String callId) {
    this(channel, appealType, categoryId, urgency, address, content, callId, null);
  }

  /** Whether the case came down from the city platform, which must hear of its progress. */
  public boolean fromCity() {
    return cityCaseNo != null;
  }

  public Appeal {
    Objects.requireNonNull(channel);
    Objects.requireNonNull(appealType);
    Objects.requireNonNull(categoryId);
    Objects.requireNonNull(urgency);
    Objects.requireNonNull(content);
  }
}
