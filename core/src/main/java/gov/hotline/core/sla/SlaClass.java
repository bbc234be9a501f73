package gov.hotline.core.sla;

import gov.hotline.core.calendar.TimeLimit;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.ticket.Urgency;

/**
 * The four reply-limit classes of the Haidian rules (海淀区接诉即办时限): emergencies and threats to life or
 * property 2 h, water/power/gas/heating (水电气热) 24 h, general appeals 7 working days, complex ones
 * 15 working days. Each class also fixes the sign-for (签收) and callback (回访) limits; an admin gives
 * a category a class or limits of its own.
 */
public enum SlaClass {
  EMERGENCY_2H(
      "紧急类（2 小时）",
      new TimeLimit(30, TimeLimit.Unit.MINUTES),
      TimeLimit.hours(2),
      TimeLimit.hours(4)),
  UTILITY_24H("水电气热类（24 小时）", TimeLimit.hours(2), TimeLimit.hours(24), TimeLimit.workingDays(1)),
  GENERAL_7D(
      "一般类（7 个工作日）", TimeLimit.workingHours(4), TimeLimit.workingDays(7), TimeLimit.workingDays(2)),
  COMPLEX_15D(
      "疑难复杂类（15 个工作日）",
      TimeLimit.workingHours(4),
      TimeLimit.workingDays(15),
      TimeLimit.workingDays(2));

  private final String label;
  private final TimeLimit signFor;
  private final TimeLimit handling;
  private final TimeLimit callback;

  SlaClass(String label, TimeLimit signFor, TimeLimit handling, TimeLimit callback) {
    this.label = label;
    this.signFor = signFor;
    this.handling = handling;
    this.callback = callback;
  }

  public String label() {
    return label;
  }

  public TimeLimit signFor() {
    return signFor;
  }

  public TimeLimit handling() {
    return handling;
  }

  public TimeLimit callback() {
    return callback;
  }

  /** This class's limits as the policy of a category (null: the default) for an urgency. */
  public SlaPolicy policy(CategoryId category, Urgency urgency) {
    return new SlaPolicy(category, urgency, signFor, handling, callback);
  }

  /**
   * The class whose three limits a policy has, if any (a policy with limits of its own has none).
   */
  public static SlaClass of(SlaPolicy p) {
    for (SlaClass c : values()) {
      if (c.signFor.equals(p.signFor())
          && c.handling.equals(p.handling())
          && c.callback.equals(p.callback())) {
        return c;
      }
    }
    return null;
  }
}
