package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.event.EventAddresses;
import gov.hotline.core.event.TicketCreated;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.ticket.AppealType;
import gov.hotline.core.ticket.Channel;
import gov.hotline.core.ticket.ExclusionStatus;
import gov.hotline.core.ticket.NewTicket;
import gov.hotline.core.ticket.Page;
import gov.hotline.core.ticket.TextRules;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.ticket.TicketAction;
import gov.hotline.core.ticket.TicketCommand;
import gov.hotline.core.ticket.TicketQuery;
import gov.hotline.core.ticket.TicketRules;
import gov.hotline.core.ticket.TicketService;
import gov.hotline.core.ticket.TicketStatus;
import gov.hotline.core.ticket.Urgency;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.infra.metrics.TicketMetrics;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.exception.DataAccessException;

/** {@code /api/v1/tickets}: intake, lists, details, every lifecycle action and the history. */
public final class TicketRoutes {
  private final TicketService tickets;
  private final TicketJson json;
  private final TicketMetrics metrics;
  private final EventBus bus;
  private final ZoneId zone;
  private final TicketDetails details;

  public TicketRoutes(
      TicketService tickets,
      ReferenceData reference,
      TicketMetrics metrics,
      EventBus bus,
      ZoneId zone,
      TicketDetails details) {
    this.details = details;
    this.tickets = tickets;
    this.json = new TicketJson(reference);
    this.metrics = metrics;
    this.bus = bus;
    this.zone = zone;
  }

  public void mount(Router api) {
    api.post("/tickets").handler(handle(this::create));
    api.get("/tickets").handler(handle(this::list));
    api.post("/tickets/batch-dispatch").handler(handle(this::batchDispatch));
    api.get("/tickets/:id").handler(handle(this::get));
    api.get("/tickets/:id/history").handler(handle(this::history));
    // 分拣转办 inside the unit tree, each documented on its own path (the general route below would
    // take them too)
    api.post("/tickets/:id/sub-assign").handler(handle(ctx -> act(ctx, TicketAction.SUB_ASSIGN)));
    api.post("/tickets/:id/take-back").handler(handle(ctx -> act(ctx, TicketAction.TAKE_BACK)));
    api.post("/tickets/:id/sub-reply").handler(handle(ctx -> act(ctx, TicketAction.SUB_REPLY)));
    api.post("/tickets/:id/reject-sub-reply")
        .handler(handle(ctx -> act(ctx, TicketAction.REJECT_SUB_REPLY)));
    api.post("/tickets/:id/:action").handler(this::action);
  }

  /**
   * The lifecycle actions of {@code POST /tickets/{id}/{action}} by their URL segment (受理 is {@code
   * POST /tickets}). A segment not in the table is not this route's: another context's sub-resource
   * ({@code attachments}, {@code callback-call}) is reached whatever the mount order, and if none
   * takes it the answer is 404 UNKNOWN_ACTION.
   */
  private static final Map<String, TicketAction> ACTIONS =
      Arrays.stream(TicketAction.values())
          .filter(TicketAction::isCommand)
          .collect(Collectors.toUnmodifiableMap(TicketAction::code, a -> a));

  private void action(RoutingContext ctx) {
    String code = ctx.pathParam("action");
    TicketAction action = ACTIONS.get(code);
    if (action == null) {
      Requests.notThisRoute(ctx, DomainException.notFound("UNKNOWN_ACTION", "不支持的工单操作：" + code));
      return;
    }
    handle(c -> act(c, action)).handle(ctx);
  }

  private void create(RoutingContext ctx) {
    Actor actor =
        Requests.requireRole(
            ctx, TicketRules.CAN_CREATE.toArray(Role[]::new)); // before the payload
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    NewTicket n =
        NewTicket.of(
            in.enumValue("channel", Channel.class, "来源渠道"),
            in.text("callerName"),
            in.text("callerPhone"),
            in.text("address"),
            in.enumValue("appealType", AppealType.class, "诉求类型"),
            in.text("categoryId"),
            in.enumValue("urgency", Urgency.class, "紧急程度"),
            in.text("content"),
            in.text("callId"),
            Boolean.TRUE.equals(in.bool("confidential")));
    var key = Idempotency.ticketKey(ctx);
    TicketService.Outcome<TicketCreated> outcome;
    try {
      outcome = tickets.create(n, actor, key);
    } catch (DataAccessException e) {
      if (key == null) {
        throw e;
      }
      // a concurrent request with the same key won the race and its ticket holds the key: answer
      // with that one
      outcome = tickets.create(n, actor, key);
    }
    if (outcome.event()
        == null) { // the key created this ticket before: its answer again, no second event
      ctx.response().putHeader("Idempotent-Replayed", "true");
    } else {
      metrics.created();
      bus.publish(EventAddresses.of(outcome.event()), outcome.event());
    }
    ctx.response().putHeader("Location", "/api/v1/tickets/" + outcome.ticket().id().value());
    Requests.json(ctx, 201, json.ticket(outcome.ticket(), actor, tickets.now()));
  }

  private void get(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    Ticket t = tickets.get(new TicketId(Requests.longParam(ctx, "id", "工单")), actor);
    if (t.caller().confidential()) { // every read of a 保密 ticket is audited
      Audited.record(ctx, "CONFIDENTIAL_READ", "ticket " + t.no().value(), "SUCCESS", null);
    }
    Instant now = tickets.now();
    Requests.ok(ctx, details.addTo(json.ticket(t, actor, now), t, actor, now));
  }

  private void history(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    var entries = tickets.history(new TicketId(Requests.longParam(ctx, "id", "工单")), actor);
    Requests.ok(ctx, new JsonObject().put("items", Requests.array(entries, json::history)));
  }

  private void act(RoutingContext ctx, TicketAction action) {
    Actor actor = Requests.actor(ctx);
    TicketId id = new TicketId(Requests.longParam(ctx, "id", "工单"));
    // the role before the payload: a caller who may not act learns nothing about the body's
    // validity
    if (hasRule(action)) {
      TicketRules.requireRole(action, actor);
    }
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    var cmd = TicketCommands.parse(action.code(), in);
    var outcome = tickets.act(id, cmd, actor, in.longValue("version", "工单版本"));
    metrics.transitioned(cmd.action().code());
    bus.publish(EventAddresses.of(outcome.event()), outcome.event());
    Requests.ok(ctx, json.ticket(outcome.ticket(), actor, tickets.now()));
  }

  /**
   * {@code {ticketIds:[…], leadUnitId, assistUnitIds, note}}: 200 with one result per ticket, in
   * the order given.
   */
  private void batchDispatch(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    TicketRules.requireRole(TicketAction.DISPATCH, actor); // before the payload
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    List<TicketId> ids = in.longList("ticketIds", "工单").stream().map(TicketId::new).toList();
    TicketCommand cmd = TicketCommands.parse(TicketAction.DISPATCH.code(), in);
    var items = tickets.actOnEach(ids, cmd, actor);
    Instant now = tickets.now();
    JsonArray results = new JsonArray();
    int ok = 0;
    for (var item : items) {
      JsonObject r = new JsonObject().put("ticketId", item.id().value()).put("ok", item.ok());
      if (item.ok()) {
        ok++;
        metrics.transitioned(cmd.action().code());
        bus.publish(EventAddresses.of(item.outcome().event()), item.outcome().event());
        r.put("ticket", json.ticket(item.outcome().ticket(), actor, now));
      } else {
        r.put(
            "error",
            new JsonObject()
                .put("code", item.error().code())
                .put("message", item.error().getMessage()));
      }
      results.add(r);
    }
    Requests.ok(
        ctx,
        new JsonObject()
            .put("dispatched", ok)
            .put("failed", items.size() - ok)
            .put("items", results));
  }

  private void list(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    Paging paging =
        Paging.of(
            ctx,
            "status",
            "unitId",
            "categoryId",
            "appealType",
            "createdFrom",
            "createdTo",
            "overdue",
            "nearDue",
            "exclusion",
            "text",
            "callerPhone",
            "mine");
    TicketQuery q =
        new TicketQuery(
                statuses(Requests.query(ctx, "status")),
                opt(Requests.query(ctx, "unitId"), UnitId::of),
                opt(Requests.query(ctx, "categoryId"), CategoryId::of),
                opt(
                    Requests.query(ctx, "appealType"),
                    v -> JsonInput.parseEnum(v, "appealType", AppealType.class, "诉求类型")),
                Requests.timeQuery(ctx, "createdFrom", zone, false),
                Requests.timeQuery(ctx, "createdTo", zone, true),
                opt(Requests.query(ctx, "overdue"), v -> bool(v, "overdue")),
                limitText(Requests.query(ctx, "text")),
                paging.page(),
                paging.size(),
                null,
                null)
            .withCallerPhone(
                TextRules.optional(Requests.query(ctx, "callerPhone"), "callerPhone", "来电号码", 30))
            .withNearDue(opt(Requests.query(ctx, "nearDue"), v -> bool(v, "nearDue")))
            .withExclusion(
                opt(
                    Requests.query(ctx, "exclusion"),
                    v -> JsonInput.parseEnum(v, "exclusion", ExclusionStatus.class, "不纳入考核状态")))
            .withCreatedBy(
                Boolean.TRUE.equals(opt(Requests.query(ctx, "mine"), v -> bool(v, "mine")))
                    ? actor.userId()
                    : null);
    Page<Ticket> page = tickets.list(q, actor);
    Instant now = tickets.now();
    Requests.ok(ctx, Paging.reply(page, t -> json.ticket(t, actor, now)));
  }

  private static Set<TicketStatus> statuses(String v) {
    if (v == null) {
      return Set.of();
    }
    return Arrays.stream(v.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(s -> JsonInput.parseEnum(s, "status", TicketStatus.class, "工单状态"))
        .collect(Collectors.toSet());
  }

  private static boolean hasRule(TicketAction a) {
    try {
      TicketRules.of(a);
      return true;
    } catch (
        IllegalArgumentException
            e) { // not an action of this route (e.g. merge): the parser answers for it
      return false;
    }
  }

  private static Boolean bool(String v, String name) {
    return switch (v) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw DomainException.invalid("INVALID_PARAM", "参数 " + name + " 只能是 true 或 false");
    };
  }

  private static String limitText(String v) {
    return TextRules.optional(v, "text", "检索词", 100);
  }

  private static <T> T opt(String v, Function<String, T> f) {
    return v == null ? null : f.apply(v);
  }
}
