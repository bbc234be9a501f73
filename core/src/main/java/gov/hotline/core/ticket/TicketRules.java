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
import static gov.hotline.core.ticket.TicketStatus.RETURNED_TO_CITY;
import static gov.hotline.core.ticket.TicketStatus.RETURN_REQUESTED;
import static gov.hotline.core.ticket.TicketStatus.SIGNED;
import static gov.hotline.core.ticket.TicketStatus.SUB_HANDLING;
import static gov.hotline.core.ticket.TicketStatus.SUB_REPLIED;
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
 * Who may do what from which status: the table behind {@link TicketLifecycle}. Each action has a
 * {@link Scope}: which unit the acting handler must belong to.
 */
public final class TicketRules {

  /** Which unit may take a unit handler's action. */
  public enum Scope {
    /** No unit condition (the hotline roles' actions). */
    NONE,
    /** The lead unit (主办单位) or a unit above it, never another unit. */
    LEAD_UNIT,
    /**
     * The lead unit's own handlers only, not a unit above it: passing a ticket down to a community
     * and reviewing its reply (分拣转办) is the street's own work.
     */
    LEAD_UNIT_ITSELF,
    /** The community the lead unit passed the ticket down to (承接转办的社区). */
    SUB_UNIT
  }

  /** One row of the table. */
  public record Rule(Set<TicketStatus> from, Set<Role> roles, Scope scope) {
    /** Whether a unit condition applies. */
    public boolean unitScoped() {
      return scope != Scope.NONE;
    }
  }

  /** Statuses in which a unit holds the ticket (and can be urged, 催办). */
  public static final Set<TicketStatus> WITH_UNIT =
      Set.copyOf(
          EnumSet.of(
              DISPATCHED,
              SIGNED,
              RETURN_REQUESTED,
              ARBITRATION,
              EXTENSION_REQUESTED,
              SUB_HANDLING,
              SUB_REPLIED));

  private static final Set<TicketStatus> AFTER_DISPATCH =
      EnumSet.of(
          DISPATCHED,
          SIGNED,
          RETURN_REQUESTED,
          ARBITRATION,
          EXTENSION_REQUESTED,
          SUB_HANDLING,
          SUB_REPLIED,
          REPLIED,
          CALLBACK_DONE,
          CLOSED);

  /** Statuses in which a ticket has an answer the citizen may rate. */
  public static final Set<TicketStatus> RATED =
      Set.copyOf(EnumSet.of(REPLIED, CALLBACK_DONE, CLOSED, DIRECT_CLOSED));

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
    // 分拣转办: the street passes a signed ticket down to one of its communities and takes it back;
    // the community replies to the street, which sends the reply back or makes it the unit's 反馈
    put(
        TicketAction.SUB_ASSIGN,
        EnumSet.of(SIGNED),
        EnumSet.of(UNIT_HANDLER),
        Scope.LEAD_UNIT_ITSELF);
    put(
        TicketAction.TAKE_BACK,
        EnumSet.of(SUB_HANDLING, SUB_REPLIED),
        EnumSet.of(UNIT_HANDLER),
        Scope.LEAD_UNIT_ITSELF);
    put(TicketAction.SUB_REPLY, EnumSet.of(SUB_HANDLING), EnumSet.of(UNIT_HANDLER), Scope.SUB_UNIT);
    put(
        TicketAction.REJECT_SUB_REPLY,
        EnumSet.of(SUB_REPLIED),
        EnumSet.of(UNIT_HANDLER),
        Scope.LEAD_UNIT_ITSELF);
    // 反馈: the unit's own, or the street's on its community's reply (the text it approves)
    put(
        TicketAction.REPLY,
        EnumSet.of(SIGNED, SUB_REPLIED),
        EnumSet.of(UNIT_HANDLER),
        Scope.LEAD_UNIT);
    put(TicketAction.CALLBACK, EnumSet.of(REPLIED), EnumSet.of(AGENT, TEAM_LEAD), false);
    put(
        TicketAction.CLOSE,
        EnumSet.of(CALLBACK_DONE),
        EnumSet.of(AGENT, TEAM_LEAD, DISPATCHER),
        false);
    put(
        TicketAction.REOPEN,
        EnumSet.of(CALLBACK_DONE, CLOSED, DIRECT_CLOSED, RETURNED_TO_CITY),
        EnumSet.of(TEAM_LEAD, DISPATCHER),
        false);
    // 退市: a city case the district will not handle goes back to the city; the city's 驳回 reopens it
    put(
        TicketAction.RETURN_TO_CITY,
        EnumSet.of(PENDING_DISPATCH, REOPENED, RETURN_REQUESTED),
        EnumSet.of(DISPATCHER),
        false);
    put(
        TicketAction.MERGE,
        EnumSet.of(RECEIVED, PENDING_DISPATCH, DISPATCHED, REOPENED),
        EnumSet.of(DISPATCHER),
        false);
    put(TicketAction.REQUEST_EXCLUSION, AFTER_DISPATCH, EnumSet.of(UNIT_HANDLER), true);
    put(TicketAction.REVIEW_EXCLUSION, AFTER_DISPATCH, EnumSet.of(DISPATCHER, MANAGER), false);
    put(TicketAction.REVOKE_EXCLUSION, AFTER_DISPATCH, EnumSet.of(DISPATCHER, MANAGER), false);
    // history lines of ratings (好差评) and the follow-ups (整改) of 差评: written by the rating itself,
    // never offered as an action (TicketAction#isCommand)
    put(TicketAction.RATE, RATED, EnumSet.of(AGENT, TEAM_LEAD), false);
    put(TicketAction.FOLLOW_UP, RATED, EnumSet.of(TEAM_LEAD, DISPATCHER), false);
  }

  private TicketRules() {}

  private static void put(TicketAction a, Set<TicketStatus> from, Set<Role> roles, boolean scoped) {
    put(a, from, roles, scoped ? Scope.LEAD_UNIT : Scope.NONE);
  }

  private static void put(TicketAction a, Set<TicketStatus> from, Set<Role> roles, Scope scope) {
    RULES.put(a, new Rule(Set.copyOf(from), Set.copyOf(roles), scope));
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
