package gov.hotline.dispatch.domain;

import gov.hotline.core.id.CategoryId;
import java.util.Map;

/**
 * How dispatchers decided so far, per category: how often each catalogue reference (a unit, or
 * {@code @territory} …) got the ticket as lead. Corrections of the recommendation show up here and
 * shift later recommendations.
 */
public record DecisionStats(Map<CategoryId, Map<UnitRef, Integer>> counts) {
  public static final DecisionStats NONE = new DecisionStats(Map.of());

  public DecisionStats {
    counts = Map.copyOf(counts);
  }

  public int total(CategoryId c) {
    return counts.getOrDefault(c, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
  }

  public Map<UnitRef, Integer> of(CategoryId c) {
    return counts.getOrDefault(c, Map.of());
  }
}
