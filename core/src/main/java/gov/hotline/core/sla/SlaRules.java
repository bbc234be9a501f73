package gov.hotline.core.sla;

import gov.hotline.core.calendar.TimeLimit;
import gov.hotline.core.error.DomainException;

/**
 * What makes an SLA policy sensible: sign-for no longer than handling (a unit cannot have longer to
 * sign for a ticket than to settle it) and every limit within a bound (a typo such as 700wd is
 * refused, not stored).
 */
public final class SlaRules {
  /** The longest limit accepted, in nominal minutes: 60 (working) days. */
  static final long MAX_MINUTES = 60L * 24 * 60;

  private SlaRules() {}

  public static void check(SlaPolicy p) {
    within(p.signFor(), "签收时限");
    within(p.handling(), "办理时限");
    within(p.callback(), "回访时限");
    if (nominalMinutes(p.signFor()) > nominalMinutes(p.handling())) {
      throw DomainException.invalid(
          "SIGN_FOR_AFTER_HANDLING",
          "签收时限（" + p.signFor().label() + "）不能长于办理时限（" + p.handling().label() + "）");
    }
  }

  private static void within(TimeLimit t, String what) {
    if (nominalMinutes(t) > MAX_MINUTES) {
      throw DomainException.invalid(
          "TIME_LIMIT_TOO_LONG", what + "过长：" + t.label() + "，最长 60 天（或 60 个工作日）");
    }
  }

  /** Minutes for comparing limits: a working hour counts as an hour and a working day as a day. */
  static long nominalMinutes(TimeLimit t) {
    return switch (t.unit()) {
      case MINUTES -> t.amount();
      case HOURS, WORKING_HOURS -> t.amount() * 60;
      case DAYS, WORKING_DAYS -> t.amount() * 24 * 60;
    };
  }
}
