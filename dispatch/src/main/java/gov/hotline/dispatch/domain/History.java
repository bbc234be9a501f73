package gov.hotline.dispatch.domain;

import java.util.List;

/**
 * What past dispatching says about an appeal: similar decided tickets and the decision counts per
 * category.
 */
public record History(List<PastDecision> similar, DecisionStats stats) {
  public static final History NONE = new History(List.of(), DecisionStats.NONE);

  public History {
    similar = List.copyOf(similar);
  }
}
