package gov.hotline.core.ticket;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.org.OrgTree;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Who sees which ticket and which caller details. Units see only tickets of their own unit or units
 * below it (as lead or assisting unit, or as the community a street passed the ticket down to); the
 * hotline roles see all.
 */
public final class TicketAccess {
  private final OrgTree org;

  public TicketAccess(OrgTree org) {
    this.org = org;
  }

  public boolean canView(Actor actor, Ticket t) {
    if (actor.role() != Role.UNIT_HANDLER) {
      return true;
    }
    return t.assignment().allUnits().anyMatch(u -> org.isWithin(u, actor.unitId()));
  }

  /**
   * Whether the actor may follow an event of a ticket that was with {@code units} at that step: the
   * hotline roles always, a unit handler when one of them is its unit or below it.
   */
  public boolean followsAnyOf(Actor actor, Collection<UnitId> units) {
    if (actor.role() != Role.UNIT_HANDLER) {
      return true;
    }
    return units.stream().anyMatch(u -> org.isWithin(u, actor.unitId()));
  }

  public void requireView(Actor actor, Ticket t) {
    if (!canView(actor, t)) {
      throw DomainException.forbidden("无权查看该工单：工单不属于本单位");
    }
  }

  /** True when the actor acts for the lead unit (主办) of the ticket. */
  public boolean actsForLeadUnit(Actor actor, Ticket t) {
    return t.assignment().isAssigned() && org.isWithin(t.assignment().leadUnitId(), actor.unitId());
  }

  /** True when the actor is a handler of the lead unit itself (not of a unit above it). */
  public boolean isOfLeadUnit(Actor actor, Ticket t) {
    return t.assignment().isAssigned() && t.assignment().leadUnitId().equals(actor.unitId());
  }

  /** True when the actor is a handler of the community the ticket was passed down to (分拣转办). */
  public boolean isOfSubUnit(Actor actor, Ticket t) {
    return t.assignment().isHandedDown() && t.assignment().subUnitId().equals(actor.unitId());
  }

  /** Whether the actor belongs to the unit that {@code scope} asks for. */
  public boolean inScope(TicketRules.Scope scope, Actor actor, Ticket t) {
    return switch (scope) {
      case NONE -> true;
      case LEAD_UNIT -> actsForLeadUnit(actor, t);
      case LEAD_UNIT_ITSELF -> isOfLeadUnit(actor, t);
      case SUB_UNIT -> isOfSubUnit(actor, t);
    };
  }

  /**
   * Every action this actor may take on the ticket now, in the order of {@link TicketAction}: the
   * role and the status from {@link TicketRules}, the lead unit for unit-scoped actions, and the
   * exclusion state ({@link ExclusionStatus#allows}) — the conditions {@link TicketLifecycle}
   * refuses by. Intake and merging are not offered on a ticket (merging is chosen from the
   * duplicate and hotspot lists); nothing for a ticket the actor may not see.
   */
  public List<TicketAction> actionsNow(Actor actor, Ticket t) {
    if (!canView(actor, t)) {
      return List.of();
    }
    List<TicketAction> out = new ArrayList<>();
    for (TicketAction a : TicketAction.values()) {
      if (!a.isCommand()
          || a == TicketAction.MERGE
          || (a == TicketAction.RETURN_TO_CITY && !t.appeal().fromCity())) {
        continue;
      }
      TicketRules.Rule rule = TicketRules.of(a);
      if (rule.roles().contains(actor.role())
          && rule.from().contains(t.status())
          && inScope(rule.scope(), actor, t)
          && t.flags().exclusion().allows(a)) {
        out.add(a);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The caller as this actor may see it: hidden from units when confidential (保密); phone masked
   * (138****5678) for roles that do not call citizens.
   */
  public Caller visibleCaller(Actor actor, Ticket t) {
    Caller c = t.caller();
    if (c.confidential() && actor.role() == Role.UNIT_HANDLER) {
      return new Caller(null, null, true);
    }
    return seesFullNumbers(actor)
        ? c
        : new Caller(c.name(), maskPhone(c.phone()), c.confidential());
  }

  /**
   * Roles that call citizens back see their full numbers; the others see them masked (138****5678).
   */
  public static boolean seesFullNumbers(Actor actor) {
    return actor.is(Role.AGENT, Role.TEAM_LEAD, Role.UNIT_HANDLER);
  }

  /**
   * How far a ticket search may look at the caller: only roles that see the caller in full, and
   * units only where the ticket is not confidential — otherwise a search would confirm what masking
   * and 保密 hide.
   */
  public static TicketQuery.CallerSearch callerSearch(Actor actor) {
    if (!seesFullNumbers(actor)) {
      return TicketQuery.CallerSearch.NONE;
    }
    return actor.role() == Role.UNIT_HANDLER
        ? TicketQuery.CallerSearch.NOT_CONFIDENTIAL
        : TicketQuery.CallerSearch.ALL;
  }

  /** 13812345678 → 138****5678; short numbers keep only their last two digits. */
  public static String maskPhone(String phone) {
    if (phone == null) {
      return null;
    }
    if (phone.length() >= 11) {
      return phone.substring(0, phone.length() - 8) + "****" + phone.substring(phone.length() - 4);
    }
    if (phone.length() <= 2) {
      return "**";
    }
    return "*".repeat(phone.length() - 2) + phone.substring(phone.length() - 2);
  }
}
