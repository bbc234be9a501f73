package gov.hotline.telephony.service;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.telephony.domain.AgentOperation;
import gov.hotline.telephony.domain.Dialplan;
import gov.hotline.telephony.domain.PauseReason;
import gov.hotline.telephony.domain.Seat;
import gov.hotline.telephony.port.PbxCommands;
import gov.hotline.telephony.port.TelephonyTransactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What agents and team leads do through AMI (签入/签出/示忙/示闲, 监听/密语/强插, 回访外呼), each written to the
 * agent operation log with who, when, what and Asterisk's answer, whether it worked or not.
 * Blocking: callers run it on a virtual thread.
 */
public final class AgentActions {
  private static final Pattern INTERFACE =
      Pattern.compile("[A-Za-z0-9]{2,16}/[A-Za-z0-9_.@-]{1,60}");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{3,20}");

  private final TelephonyTransactions store;
  private final Function<String, Optional<PbxCommands>> commands;
  private final String server;
  private final String defaultQueue;
  private final Clock clock;

  public AgentActions(
      TelephonyTransactions store,
      Function<String, Optional<PbxCommands>> commands,
      String server,
      String defaultQueue,
      Clock clock) {
    this.store = store;
    this.commands = commands;
    this.server = server;
    this.defaultQueue = defaultQueue;
    this.clock = clock;
  }

  /** The actor logs in to a queue on an interface (QueueAdd) and sits there. */
  public Seat login(Actor actor, String iface, String queue) {
    requireRole(actor, Role.AGENT, Role.TEAM_LEAD);
    String q = queue == null || queue.isBlank() ? defaultQueue : queue.trim();
    checkInterface(iface);
    store
        .inTransaction(r -> r.seats().byInterface(iface))
        .filter(s -> !s.username().equals(actor.username()))
        .ifPresent(
            s -> {
              throw DomainException.conflict(
                  "SEAT_TAKEN", "座席 " + iface + " 已由 " + s.username() + " 签入");
            });
    // a static member (queues.conf) is always in the queue: Asterisk answers "Already there", and
    // the user just sits
    run(
        actor,
        "LOGIN",
        iface,
        q,
        null,
        null,
        pbx()
            .queueAdd(q, iface, actor.username(), false)
            .thenApply(
                r ->
                    !r.success() && String.valueOf(r.message()).contains("Already there")
                        ? new PbxCommands.Result(true, r.message())
                        : r));
    Seat seat = new Seat(actor.username(), actor.userId().value(), iface, q, clock.instant());
    store.inTransaction(
        r -> {
          r.seats().seat(seat);
          return null;
        });
    return seat;
  }

  /** The actor logs out of their queue (QueueRemove). */
  public void logout(Actor actor) {
    Seat seat = seatOf(actor);
    run(
        actor,
        "LOGOUT",
        seat.iface(),
        seat.queue(),
        null,
        null,
        pbx().queueRemove(seat.queue(), seat.iface()));
    store.inTransaction(
        r -> {
          r.seats().release(actor.username());
          return null;
        });
  }

  /**
   * Pauses an agent with a reason from the list (示忙/小休); an agent pauses themselves, a team lead
   * any interface. Asterisk gets the reason's Chinese label, which the live board then shows.
   */
  public void pause(Actor actor, String targetIface, PauseReason reason) {
    Seat seat = target(actor, targetIface);
    run(
        actor,
        "PAUSE",
        seat.iface(),
        seat.queue(),
        reason.label(),
        null,
        pbx().queuePause(seat.queue(), seat.iface(), true, reason.label()));
  }

  /** Unpauses an agent (示闲). */
  public void unpause(Actor actor, String targetIface) {
    Seat seat = target(actor, targetIface);
    run(
        actor,
        "UNPAUSE",
        seat.iface(),
        seat.queue(),
        null,
        null,
        pbx().queuePause(seat.queue(), seat.iface(), false, null));
  }

  /**
   * A team lead listens to (监听), whispers to (密语) or barges in on (强插) an agent's call: Asterisk
   * rings the lead's own phone and runs ChanSpy on the agent's interface.
   */
  public void supervise(Actor lead, String mode, String agentIface, String leadIface) {
    requireRole(lead, Role.TEAM_LEAD);
    checkInterface(agentIface);
    checkInterface(leadIface);
    String options =
        switch (mode) {
          case "LISTEN" -> "qE";
          case "WHISPER" -> "qwE";
          case "BARGE" -> "qBE";
          default ->
              throw DomainException.invalid("INVALID_MODE", "监听方式只能是 LISTEN、WHISPER 或 BARGE");
        };
    run(
        lead,
        mode,
        leadIface,
        null,
        null,
        agentIface,
        pbx()
            .originate(
                leadIface,
                null,
                null,
                "ChanSpy",
                agentIface + "," + options,
                "\"班长监听\" <" + agentIface.substring(agentIface.indexOf('/') + 1) + ">",
                Map.of(),
                "spy-" + clock.millis()));
  }

  /**
   * Calls a citizen back for a ticket (回访): Asterisk rings the agent's own interface, then the
   * dialplan's callback context records the call (MixMonitor) and dials the citizen; TICKET_ID
   * links the call to the ticket.
   */
  public String callback(Actor agent, String ticketRef, String phone) {
    requireRole(agent, Role.AGENT, Role.TEAM_LEAD);
    if (phone == null || !PHONE.matcher(phone).matches()) {
      throw DomainException.invalid("INVALID_PHONE", "诉求人电话不可外呼：" + phone);
    }
    Seat seat = seatOf(agent);
    String actionId = "callback-" + ticketRef + "-" + clock.millis();
    run(
        agent,
        "CALLBACK",
        seat.iface(),
        null,
        null,
        ticketRef,
        pbx()
            .originate(
                seat.iface(),
                Dialplan.CALLBACK_CONTEXT,
                phone,
                null,
                null,
                "\"12345\" <12345>",
                Map.of(Dialplan.TICKET_VARIABLE, ticketRef),
                actionId));
    return actionId;
  }

  /**
   * The operation log: an agent sees their own entries, team leads, managers and admins everyone's.
   */
  public List<AgentOperation> operations(
      Actor actor, String username, Instant from, Instant to, int limit) {
    String who = actor.is(Role.TEAM_LEAD, Role.MANAGER, Role.ADMIN) ? username : actor.username();
    if (!actor.is(Role.AGENT, Role.TEAM_LEAD, Role.MANAGER, Role.ADMIN)) {
      throw DomainException.forbidden("当前角色（" + actor.role().label() + "）无权查看座席操作日志");
    }
    return store.inTransaction(
        r -> r.operations().search(who, from, to, Math.min(10_000, Math.max(1, limit))));
  }

  public List<Seat> seats() {
    return store.inTransaction(r -> r.seats().all());
  }

  private Seat target(Actor actor, String targetIface) {
    if (targetIface == null || targetIface.isBlank()) {
      return seatOf(actor);
    }
    requireRole(actor, Role.TEAM_LEAD);
    checkInterface(targetIface);
    return store
        .inTransaction(r -> r.seats().byInterface(targetIface))
        .orElse(new Seat(null, 0, targetIface, defaultQueue, clock.instant()));
  }

  private Seat seatOf(Actor actor) {
    requireRole(actor, Role.AGENT, Role.TEAM_LEAD);
    return store
        .inTransaction(r -> r.seats().byUsername(actor.username()))
        .orElseThrow(() -> DomainException.conflict("NOT_LOGGED_IN", "尚未签入座席，请先签入"));
  }

  private PbxCommands pbx() {
    return commands
        .apply(server)
        .orElseThrow(
            () ->
                new DomainException(
                    ErrorKind.CONFLICT, "PBX_UNAVAILABLE", "未连接 Asterisk，无法执行话务操作"));
  }

  /** Waits for Asterisk's answer and logs the operation either way. */
  private void run(
      Actor actor,
      String action,
      String iface,
      String queue,
      String reason,
      String target,
      CompletableFuture<PbxCommands.Result> pending) {
    PbxCommands.Result result;
    try {
      result = pending.join();
    } catch (CompletionException e) {
      result =
          new PbxCommands.Result(
              false, e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
    }
    PbxCommands.Result r = result;
    store.inTransaction(
        t -> {
          t.operations()
              .append(
                  new AgentOperation(
                      clock.instant(),
                      actor.userId().value(),
                      actor.username(),
                      actor.role().name(),
                      action,
                      iface,
                      queue,
                      reason,
                      target,
                      r.success(),
                      r.message()));
          return null;
        });
    if (!r.success()) {
      throw DomainException.conflict("PBX_REFUSED", "Asterisk 未执行该操作：" + r.message());
    }
  }

  private static void checkInterface(String iface) {
    if (iface == null || !INTERFACE.matcher(iface).matches()) {
      throw DomainException.invalid("INVALID_INTERFACE", "座席接口格式不正确（示例：PJSIP/6001）：" + iface);
    }
  }

  private static void requireRole(Actor actor, Role... roles) {
    if (!actor.is(roles)) {
      throw DomainException.forbidden("当前角色（" + actor.role().label() + "）无权执行该话务操作");
    }
  }
}
