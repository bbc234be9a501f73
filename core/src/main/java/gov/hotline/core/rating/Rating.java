package gov.hotline.core.rating;

import gov.hotline.core.ticket.Satisfaction;

/**
 * A rating (好差评) on the five levels of the national 政务服务“好差评” scale: 非常满意, 满意, 基本满意, 不满意, 非常不满意.
 * The last two are 差评 ({@link #bad()}): each opens a follow-up (整改) on the ticket. The callback's
 * and the post-call survey's three levels map onto the middle three.
 */
public enum Rating {
  VERY_SATISFIED("非常满意"),
  SATISFIED("满意"),
  BASICALLY_SATISFIED("基本满意"),
  DISSATISFIED("不满意"),
  VERY_DISSATISFIED("非常不满意");

  private final String label;

  Rating(String label) {
    this.label = label;
  }

  /** Chinese label shown to users. */
  public String label() {
    return label;
  }

  /** 差评: 不满意 or 非常不满意. */
  public boolean bad() {
    return this == DISSATISFIED || this == VERY_DISSATISFIED;
  }

  /** The callback's (回访) three-level answer on this scale. */
  public static Rating of(Satisfaction s) {
    return switch (s) {
      case SATISFIED -> SATISFIED;
      case BASICALLY_SATISFIED -> BASICALLY_SATISFIED;
      case DISSATISFIED -> DISSATISFIED;
    };
  }
}
