package gov.hotline.core.sla;

import gov.hotline.core.calendar.TimeLimit;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.ticket.Urgency;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the policy for a ticket: the category's own, else its group's, else the default for the
 * urgency, else the built-in defaults (Beijing's reply limits: urgent 2 h, general 7 working days).
 */
public final class SlaPolicies {
  /** Used only when no policy is configured at all for an urgency. */
  public static final SlaPolicy BUILT_IN_NORMAL =
      new SlaPolicy(
          null,
          Urgency.NORMAL,
          TimeLimit.workingHours(4),
          TimeLimit.workingDays(7),
          TimeLimit.workingDays(2));

  public static final SlaPolicy BUILT_IN_URGENT =
      new SlaPolicy(
          null,
          Urgency.URGENT,
          new TimeLimit(30, TimeLimit.Unit.MINUTES),
          TimeLimit.hours(2),
          TimeLimit.hours(4));

  private final Map<String, SlaPolicy> byKey = new HashMap<>();
  private final Function<CategoryId, CategoryId> parentOf;

  /**
   * @param parentOf the group of a leaf category, or null for a group
   */
  public SlaPolicies(Collection<SlaPolicy> policies, Function<CategoryId, CategoryId> parentOf) {
    for (SlaPolicy p : policies) {
      byKey.put(key(p.categoryId(), p.urgency()), p);
    }
    this.parentOf = parentOf;
  }

  public SlaPolicy policyFor(CategoryId category, Urgency urgency) {
    SlaPolicy own = byKey.get(key(category, urgency));
    if (own != null) {
      return own;
    }
    CategoryId group = category == null ? null : parentOf.apply(category);
    SlaPolicy ofGroup = group == null ? null : byKey.get(key(group, urgency));
    if (ofGroup != null) {
      return ofGroup;
    }
    SlaPolicy fallback = byKey.get(key(null, urgency));
    if (fallback != null) {
      return fallback;
    }
    return urgency == Urgency.URGENT ? BUILT_IN_URGENT : BUILT_IN_NORMAL;
  }

  private static String key(CategoryId c, Urgency u) {
    return (c == null ? "*" : c.value()) + "|" + u;
  }
}
