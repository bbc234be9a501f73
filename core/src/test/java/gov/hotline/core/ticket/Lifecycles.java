package gov.hotline.core.ticket;

import gov.hotline.core.calendar.DeadlineCalculator;
import gov.hotline.core.calendar.OfficialCalendars;
import gov.hotline.core.calendar.TimeLimit;
import gov.hotline.core.org.Units;
import gov.hotline.core.sla.SlaPolicies;
import gov.hotline.core.sla.SlaPolicy;
import gov.hotline.core.sla.TicketDeadlines;
import java.util.List;

/**
 * The lifecycle of the tests: the Haidian unit tree, the official calendar, and a policy on the
 * 城乡建设 group that is stricter than the default (sign for within 2 working hours, handle within 7
 * working days, call back within 2).
 */
public final class Lifecycles {
  public static final SlaPolicy URBAN_CONSTRUCTION_POLICY =
      new SlaPolicy(
          Tickets.URBAN_CONSTRUCTION,
          Urgency.NORMAL,
          TimeLimit.workingHours(2),
          TimeLimit.workingDays(7),
          TimeLimit.workingDays(2));
  public static final SlaPolicy DEFAULT_POLICY =
      new SlaPolicy(
          null,
          Urgency.NORMAL,
          TimeLimit.workingHours(4),
          TimeLimit.workingDays(15),
          TimeLimit.workingDays(3));

  private Lifecycles() {}

  public static TicketLifecycle haidianOnTheOfficialCalendar() {
    return new TicketLifecycle(Units.haidian(), deadlines());
  }

  /** The deadlines of these policies on the official calendar. */
  public static TicketDeadlines deadlines() {
    return new TicketDeadlines(
        policies(), new DeadlineCalculator(OfficialCalendars.china2025And2026()));
  }

  /** The two policies, 违法建设 belonging to the 城乡建设 group. */
  public static SlaPolicies policies() {
    return new SlaPolicies(
        List.of(URBAN_CONSTRUCTION_POLICY, DEFAULT_POLICY),
        c -> c.equals(Tickets.ILLEGAL_BUILDING) ? Tickets.URBAN_CONSTRUCTION : null);
  }
}
