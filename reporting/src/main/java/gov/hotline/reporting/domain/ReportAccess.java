package gov.hotline.reporting.domain;

import static gov.hotline.core.user.Role.ADMIN;
import static gov.hotline.core.user.Role.DISPATCHER;
import static gov.hotline.core.user.Role.MANAGER;
import static gov.hotline.core.user.Role.TEAM_LEAD;
import static gov.hotline.core.user.Role.UNIT_HANDLER;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.org.OrgTree;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Who may read which report, which rows they see, and which periods may be archived — the one place
 * these rules live, so that the HTTP routes, the console, the city link and a command all get the
 * same answer.
 *
 * <ul>
 *   <li>话务报表 and 工单报表: managers, team leads, dispatchers and administrators.
 *   <li>承办单位三率排名: the same and unit handlers, who see their own unit and the units below it (with
 *       their place in the whole ranking) — the same scope as the ticket list.
 *   <li>单位报表 (one unit's figures): the same roles as the ranking; a unit handler only for its own
 *       unit or one below it. An unknown unit is 404.
 *   <li>The archive: managers, administrators, team leads and dispatchers read it; only managers
 *       and administrators generate into it, and only for a period that has ended unless they ask
 *       for a partial report.
 *   <li>The verification of the rollups against raw history: managers and administrators.
 * </ul>
 */
public final class ReportAccess {
  private ReportAccess() {}

  /** What an actor wants to do with reports, and the roles that may. */
  public enum Use {
    TRAFFIC(MANAGER, TEAM_LEAD, DISPATCHER, ADMIN),
    TICKETS(MANAGER, TEAM_LEAD, DISPATCHER, ADMIN),
    UNITS(MANAGER, DISPATCHER, TEAM_LEAD, ADMIN, UNIT_HANDLER),
    UNIT_REPORT(MANAGER, DISPATCHER, TEAM_LEAD, ADMIN, UNIT_HANDLER),
    ARCHIVE_READ(MANAGER, ADMIN, TEAM_LEAD, DISPATCHER),
    ARCHIVE_GENERATE(MANAGER, ADMIN),
    VERIFY(MANAGER, ADMIN);

    private final List<Role> roles;

    Use(Role... roles) {
      this.roles = List.of(roles);
    }

    /** The roles that may, in the order the refusal names them. */
    public List<Role> roles() {
      return roles;
    }
  }

  public static boolean allows(Actor actor, Use use) {
    return use.roles.contains(actor.role());
  }

  /** The actor, if its role may; else 403 naming the roles that may. */
  public static Actor require(Actor actor, Use use) {
    return actor.requireOneOf(use.roles);
  }

  /**
   * The units whose rows the actor sees: a unit handler its own unit and those below it; null (all)
   * for the hotline's own roles.
   */
  public static Set<UnitId> unitScope(Actor actor, OrgTree org) {
    return actor.role() == UNIT_HANDLER ? org.subtree(actor.unitId()) : null;
  }

  /** Whether the actor sees the row of {@code unit}. */
  public static boolean sees(Set<UnitId> scope, UnitId unit) {
    return scope == null || scope.contains(unit);
  }

  /**
   * The unit whose report {@code actor} asks for, if it exists (else 404) and the actor may read it
   * (else 403): the hotline's own roles any unit, a unit handler its own unit and those below.
   */
  public static OrgUnit requireUnitReport(Actor actor, OrgTree org, UnitId unit) {
    require(actor, Use.UNIT_REPORT);
    OrgUnit u =
        org.find(unit)
            .orElseThrow(() -> DomainException.notFound("UNKNOWN_UNIT", "单位不存在：" + unit.value()));
    if (!sees(unitScope(actor, org), unit)) {
      throw DomainException.forbidden("只能查看本单位及下级单位的报表：" + u.name() + " 不在本单位范围内");
    }
    return u;
  }

  /**
   * Refuses to archive a period that has not ended at {@code now} unless {@code partial} is asked
   * for: an archived report stands for a whole period.
   */
  public static void requireEnded(Period period, Instant now, boolean partial) {
    if (!partial && !period.end().isBefore(now.plusSeconds(1))) {
      throw DomainException.invalid(
          "PERIOD_NOT_ENDED", "统计周期尚未结束：" + period.title() + "。如需生成截至当前的报表，请传 partial: true");
    }
  }
}
