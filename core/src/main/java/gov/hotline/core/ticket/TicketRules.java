package gov.hotline.core.ticket;

import static gov.hotline.core.ticket.TicketStatus.ARBITRATION;
import static gov.hotline.core.ticket.TicketStatus.CALLBACK_DONE;
import static gov.hotline.core.ticket.TicketStatus.CLOSED;
import static gov.hotline.core.ticket.TicketStatus.DIRECT_CLOSED;
import static gov.hotline.core.ticket.TicketStatus.DISPATCHED;
import static gov.hotline.core.ticket.TicketStatus.EXTENSION_REQUESTED;
import static gov.hotline.core.ticket.TicketStatus.PENDING_DISPATCH;
import static gov.hotline.core.ticket.TicketStatus.RECEIVED;
import static gov.hotline.core.ticket.TicketStatus.REOPENED;
import static gov.hotline.core.ticket.TicketStatus.REPLIED;
import static gov.hotline.core.ticket.TicketStatus.RETURN_REQUESTED;
import static gov.hotline.core.ticket.TicketStatus.SIGNED;
import static gov.hotline.core.user.Role.AGENT;
import static gov.hotline.core.user.Role.DISPATCHER;
import static gov.hotline.core.user.Role.MANAGER;
import static gov.hotline.core.user.Role.TEAM_LEAD;
import static gov.hotline.core.user.Role.UNIT_HANDLER;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what from which status: the table behind {@link TicketLifecycle}. {@code unitScoped}
 * actions are done by the lead unit (主办单位) or a unit above it, never by another unit.
 */
public final class TicketRules {

  /** One row of the table. */
  public record Rule(Set<TicketStatus> from, Set<Role> roles, boolean unitScoped) {}

  private static final Set<TicketStatus> WITH_UNIT =
      EnumSet.of(DISPATCHED, SIGNED, RETURN_REQUESTED, ARBITRATION, EXTENSION_REQUESTED);
  private static final Set<TicketStatus> AFTER_DISPATCH =
      EnumSet.of(
          DISPATCHED,
          SIGNED,
          RETURN_REQUESTED,
          ARBITRATION,
          EXTENSION_REQUESTED,
          REPLIED,
          CALLBACK_DONE,
          CLOSED);
  private static final Map<TicketAction, Rule> RULES = new EnumMap<>(TicketAction.class);

  static {
    put(TicketAction.DIRECT_CLOSE, EnumSet.of(RECEIVED), EnumSet.of(AGENT, TEAM_LEAD), false);
    put(TicketAction.SUBMIT, EnumSet.of(RECEIVED), EnumSet.of(AGENT, TEAM_LEAD), false);
    put(
        TicketAction.DISPATCH,
        EnumSet.of(PENDING_DISPATCH, REOPENED),
        EnumSet.of(DISPATCHER),
        false);
    put(TicketAction.SIGN, EnumSet.of(DISPATCHED), EnumSet.of(UNIT_HANDLER), true);
    put(TicketAction.RETURN, EnumSet.of(DISPATCHED, SIGNED), EnumSet.of(UNIT_HANDLER), true);
    put(TicketAction.APPROVE_RETURN, EnumSet.of(RETURN_REQUESTED), EnumSet.of(DISPATCHER), false);
    put(TicketAction.REJECT_RETURN, EnumSet.of(RETURN_REQUESTED), EnumSet.of(DISPATCHER), false);
    put(TicketAction.ARBITRATE, EnumSet.of(ARBITRATION), EnumSet.of(TEAM_LEAD, MANAGER), false);
    put(TicketAction.REQUEST_EXTENSION, EnumSet.of(SIGNED), EnumSet.of(UNIT_HANDLER), true);
    put(
        TicketAction.APPROVE_EXTENSION,
        EnumSet.of(EXTENSION_REQUESTED),
        EnumSet.of(DISPATCHER),
        false);
    put(
        TicketAction.REJECT_EXTENSION,
        EnumSet.of(EXTENSION_REQUESTED),
        EnumSet.of(DISPATCHER),
        false);
    put(TicketAction.URGE, WITH_UNIT, EnumSet.of(DISPATCHER, TEAM_LEAD, MANAGER), false);
    Set<TicketStatus> supervisable = EnumSet.copyOf(WITH_UNIT);
    supervisable.addAll(EnumSet.of(PENDING_DISPATCH, REOPENED));
    put(TicketAction.SUPERVISE, supervisable, EnumSet.of(DISPATCHER, MANAGER), false);
    put(TicketAction.REPLY, EnumSet.of(SIGNED), EnumSet.of(UNIT_HANDLER), true);
    put(TicketAction.CALLBACK, EnumSet.of(REPLIED), EnumSet.of(AGENT, TEAM_LEAD), false);
    put(
        TicketAction.CLOSE,
        EnumSet.of(CALLBACK_DONE),
        EnumSet.of(AGENT, TEAM_LEAD, DISPATCHER),
        false);
    put(
        TicketAction.REOPEN,
        EnumSet.of(CALLBACK_DONE, CLOSED, DIRECT_CLOSED),
        EnumSet.of(TEAM_LEAD, DISPATCHER),
        false);
    put(
        TicketAction.MERGE,
        EnumSet.of(RECEIVED, PENDING_DISPATCH, DISPATCHED, REOPENED),
        EnumSet.of(DISPATCHER),
        false);
    put(TicketAction.REQUEST_EXCLUSION, AFTER_DISPATCH, EnumSet.of(UNIT_HANDLER), true);
    put(TicketAction.REVIEW_EXCLUSION, AFTER_DISPATCH, EnumSet.of(DISPATCHER, MANAGER), false);
    put(TicketAction.REVOKE_EXCLUSION, AFTER_DISPATCH, EnumSet.of(DISPATCHER, MANAGER), false);
  }

  private TicketRules() {}

  private static void put(TicketAction a, Set<TicketStatus> from, Set<Role> roles, boolean scoped) {
    RULES.put(a, new Rule(Set.copyOf(from), Set.copyOf(roles), scoped));
  }

  /**
   * Refuses an actor whose role may never take this action (checked before anything else about the
   * request).
   */
  public static void requireRole(TicketAction action, Actor actor) {
    if (!of(action).roles().contains(actor.role())) {
      throw DomainException.forbidden(
          "当前角色（" + actor.role().label() + "）无权执行“" + action.label() + "”操作");
    }
  }

  public static Rule of(TicketAction action) {
    Rule r = RULES.get(action);
    if (r == null) {
      throw new IllegalArgumentException("no rule for " + action);
    }
    return r;
  }

  /** Roles that may create tickets (受理). */
  public static final Set<Role> CAN_CREATE = Set.of(AGENT, TEAM_LEAD, DISPATCHER);
}
