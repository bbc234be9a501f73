package gov.hotline.dispatch.domain;

import gov.hotline.core.calendar.DeadlineCalculator;
import gov.hotline.core.calendar.TimeLimit;
import java.time.Instant;

/**
 * When a ticket is near-due (临期): once {@code nearDueShare} of the time between its clock's start
 * and its deadline is used, or once no more than {@code nearDueWorkingHours} working hours are left
 * (0 turns that rule off). Overdue (超期) is always "the deadline has passed". Near-due and overdue
 * tickets a unit holds are urged (催办) automatically when {@code autoUrge}.
 */
public record EscalationPolicy(double nearDueShare, int nearDueWorkingHours, boolean autoUrge) {
  /** As core's {@code Ticket.isNearDue}: 80 % of the time used; no working-hours rule. */
  public static final EscalationPolicy DEFAULT = new EscalationPolicy(0.8, 0, true);

  public EscalationPolicy {
    if (nearDueShare <= 0 || nearDueShare >= 1) {
      throw new IllegalArgumentException("nearDueShare must lie in (0, 1)");
    }
    if (nearDueWorkingHours < 0) {
      throw new IllegalArgumentException("nearDueWorkingHours must not be negative");
    }
  }

  /**
   * The deadline up to which a ticket is near-due at {@code now} by the working-hours rule: {@code
   * now} plus that many working hours on the calendar; null when the rule is off.
   */
  public Instant nearDueBy(Instant now, DeadlineCalculator calculator) {
    return nearDueWorkingHours == 0
        ? null
        : calculator.due(now, TimeLimit.workingHours(nearDueWorkingHours));
  }

  /** How the rule reads, for lists and reasons. */
  public String describe() {
    String share = "已用时限达" + Math.round(nearDueShare * 100) + "%";
    return nearDueWorkingHours == 0 ? share : share + "或剩余不足" + nearDueWorkingHours + "个工作小时";
  }
}
