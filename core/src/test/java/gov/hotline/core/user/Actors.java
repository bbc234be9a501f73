package gov.hotline.core.user;

import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.org.Units;

/**
 * The people who act on tickets in the tests: hotline staff at the centre and handlers of units.
 */
public final class Actors {

  private Actors() {}

  public static Actor agent() {
    return new Actor(new UserId(101), "agent-07", Role.AGENT, Units.CENTER);
  }

  public static Actor teamLead() {
    return new Actor(new UserId(102), "lead-01", Role.TEAM_LEAD, Units.CENTER);
  }

  public static Actor dispatcher() {
    return new Actor(new UserId(103), "dispatch-03", Role.DISPATCHER, Units.CENTER);
  }

  public static Actor manager() {
    return new Actor(new UserId(104), "manager-01", Role.MANAGER, Units.CENTER);
  }

  public static Actor admin() {
    return new Actor(new UserId(105), "admin", Role.ADMIN, Units.CENTER);
  }

  public static Actor handlerOf(UnitId unit) {
    return new Actor(new UserId(201), "handler-" + unit.value(), Role.UNIT_HANDLER, unit);
  }
}
