package gov.hotline.core.ticket;

import gov.hotline.core.id.CategoryId;
import java.util.Objects;

/**
 * What the citizen asked for, as recorded at intake (受理). {@code callId} is the Asterisk Linkedid,
 * if any.
 */
public record Appeal(
    Channel channel,
    AppealType appealType,
    CategoryId categoryId,
    Urgency urgency,
    String address,
    String content,
    String callId) {
  public Appeal {
    Objects.requireNonNull(channel);
    Objects.requireNonNull(appealType);
    Objects.requireNonNull(categoryId);
    Objects.requireNonNull(urgency);
    Objects.requireNonNull(content);
  }
}
