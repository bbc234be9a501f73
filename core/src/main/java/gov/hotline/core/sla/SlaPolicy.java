package gov.hotline.core.sla;

import gov.hotline.core.calendar.TimeLimit;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.ticket.Urgency;
import java.util.Objects;

/**
 * Time limits for one (category, urgency): sign-for (签收), handling (办理) and callback (回访). A policy
 * without a category is the default for its urgency; a policy on a category group applies to its
 * leaves.
 */
public record SlaPolicy(
    CategoryId categoryId,
    Urgency urgency,
    TimeLimit signFor,
    TimeLimit handling,
    TimeLimit callback) {
  public SlaPolicy {
    Objects.requireNonNull(urgency);
    Objects.requireNonNull(signFor);
    Objects.requireNonNull(handling);
    Objects.requireNonNull(callback);
  }
}
