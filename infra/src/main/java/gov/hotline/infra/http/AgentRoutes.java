package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.ticket.TicketService;
import gov.hotline.core.user.Actor;
import gov.hotline.infra.telephony.AgentNames;
import gov.hotline.telephony.domain.AsteriskReplies;
import gov.hotline.telephony.domain.LiveSettings;
import gov.hotline.telephony.domain.PauseReason;
import gov.hotline.telephony.domain.Seat;
import gov.hotline.telephony.service.AgentActions;
import gov.hotline.telephony.service.BoardSettingsService;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * Agent actions through AMI: log in/out of a queue (签入/签出), pause with a reason and unpause
 * (示忙/示闲), a team lead's listen/whisper/barge (监听/密语/强插), the callback call for a ticket (回访外呼),
 * and the operation log.
 */
public final class AgentRoutes {
  private final AgentActions agents;
  private final TicketService tickets;
  private final AgentNames names;
  private final BoardSettingsService settings;
  private final int wrapUpSeconds;

  /** {@code wrapUpSeconds}: the queue's 话后整理 time (wrapuptime), as the live board counts it. */
  public AgentRoutes(
      AgentActions agents,
      TicketService tickets,
      AgentNames names,
      BoardSettingsService settings,
      int wrapUpSeconds) {
    this.agents = agents;
    this.tickets = tickets;
    this.names = names;
    this.settings = settings;
    this.wrapUpSeconds = wrapUpSeconds;
  }

  public void mount(Router api) {
    api.post("/agent/login").handler(handle(this::login));
    api.post("/agent/logout")
        .handler(
            handle(
                ctx -> {
                  agents.logout(Requests.actor(ctx));
                  names.seatsChanged();
                  Requests.ok(ctx, new JsonObject().put("loggedIn", false));
                }));
    api.post("/agent/pause").handler(handle(ctx -> pause(ctx, null)));
    api.post("/agent/unpause").handler(handle(ctx -> unpause(ctx, null)));
    api.post("/agents/pause").handler(handle(ctx -> pause(ctx, body(ctx).text("interface"))));
    api.post("/agents/unpause").handler(handle(ctx -> unpause(ctx, body(ctx).text("interface"))));
    api.post("/agents/supervise").handler(handle(this::supervise));
    api.get("/agents/seats")
        .handler(
            handle(
                ctx -> {
                  Requests.actor(ctx);
                  Requests.ok(
                      ctx,
                      new JsonObject().put("items", Requests.array(agents.seats(), this::seat)));
                }));
    api.get("/agent/operations").handler(handle(this::operations));
    api.get("/agent/pause-reasons")
        .handler(
            handle(ctx -> Requests.ok(ctx, reasons(settings.pauseReasons(Requests.actor(ctx))))));
    api.put("/admin/pause-reasons").handler(handle(this::savePauseReasons));
    api.get("/live/settings")
        .handler(handle(ctx -> Requests.ok(ctx, live(settings.liveSettings(Requests.actor(ctx))))));
    api.put("/admin/live-settings").handler(handle(this::saveLiveSettings));
    api.post("/tickets/:id/callback-call").handler(handle(this::callback));
  }

  private static JsonInput body(RoutingContext ctx) {
    return JsonInput.parse(ctx.body().buffer());
  }

  private void login(RoutingContext ctx) {
    JsonInput in = body(ctx);
    Seat seat = agents.login(Requests.actor(ctx), in.text("interface"), in.text("queue"));
    names.seatsChanged();
    Requests.ok(ctx, seat(seat).put("loggedIn", true));
  }

  private void pause(RoutingContext ctx, String iface) {
    Actor actor = Requests.actor(ctx);
    PauseReason reason = settings.resolve(body(ctx).text("reason"));
    agents.pause(actor, iface, reason);
    Requests.ok(
        ctx,
        new JsonObject()
            .put("paused", true)
            .put("reason", reason.code())
            .put("reasonLabel", reason.label()));
  }

  private void unpause(RoutingContext ctx, String iface) {
    agents.unpause(Requests.actor(ctx), iface);
    Requests.ok(ctx, new JsonObject().put("paused", false));
  }

  private void supervise(RoutingContext ctx) {
    JsonInput in = body(ctx);
    String mode = in.text("mode") == null ? "LISTEN" : in.text("mode");
    agents.supervise(
        Requests.actor(ctx), mode, in.text("agentInterface"), in.text("leadInterface"));
    Requests.ok(
        ctx, new JsonObject().put("mode", mode).put("agentInterface", in.text("agentInterface")));
  }

  private void callback(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    Ticket t = tickets.get(new TicketId(Requests.longParam(ctx, "id", "工单")), actor);
    if (t.caller().phone() == null) { // intake on a channel without a phone (网站, 留言板 …)
      throw DomainException.conflict("NO_CALLER_PHONE", "该工单没有联系电话，无法回访外呼，请按诉求人留下的其他方式回访");
    }
    String actionId = agents.callback(actor, t.no().value(), t.caller().phone());
    Requests.json(
        ctx,
        202,
        new JsonObject()
            .put("ticketNo", t.no().value())
            .put("actionId", actionId)
            .put("message", "已发起回访外呼，请接听座席话机"));
  }

  private void operations(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    Paging paging = Paging.of(ctx, 100, "username", "from", "to");
    String from = Requests.query(ctx, "from");
    String to = Requests.query(ctx, "to");
    var items =
        paging.slice(
            agents.operations(
                actor,
                Requests.query(ctx, "username"),
                from == null ? null : JsonInput.parseInstant(from, "from", "时间"),
                to == null ? null : JsonInput.parseInstant(to, "to", "时间"),
                paging.upTo()));
    Requests.ok(
        ctx,
        paging
            .into(new JsonObject())
            .put(
                "items",
                Requests.array(
                    items,
                    o ->
                        new JsonObject()
                            .put("at", o.at().toString())
                            .put("username", o.username())
                            .put("agentName", names.ofUsername(o.username()))
                            .put("role", o.role())
                            .put("action", o.action())
                            .put("actionLabel", AsteriskReplies.actionLabel(o.action()))
                            .put("interface", o.iface())
                            .put("queue", o.queue())
                            .put("reason", o.reason())
                            .put("target", o.target())
                            .put("targetName", names.ofInterface(o.target()))
                            .put("success", o.success())
                            .put("message", AsteriskReplies.label(o.success(), o.message()))
                            .put("rawMessage", o.message()))));
  }

  private void savePauseReasons(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    List<PauseReason> reasons =
        body(ctx).objects("items").stream()
            .map(
                r ->
                    new PauseReason(
                        r.text("code") == null ? null : r.text("code").strip(), r.text("label")))
            .toList();
    Requests.ok(ctx, reasons(settings.replacePauseReasons(actor, reasons)));
  }

  private void saveLiveSettings(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    JsonInput in = body(ctx);
    LiveSettings s =
        new LiveSettings(
            seconds(in, "longCallSeconds", "超长通话阈值"), seconds(in, "longPauseSeconds", "超长示忙阈值"));
    Requests.ok(ctx, live(settings.saveLiveSettings(actor, s)));
  }

  private static int seconds(JsonInput in, String field, String label) {
    Long v = in.longValue(field, label);
    if (v == null || v < 0 || v > Integer.MAX_VALUE) {
      throw DomainException.invalid("INVALID_LIVE_SETTINGS", "请填写" + label + "（" + field + "，秒）");
    }
    return v.intValue();
  }

  private static JsonObject reasons(List<PauseReason> reasons) {
    return new JsonObject()
        .put(
            "items",
            Requests.array(
                reasons, r -> new JsonObject().put("code", r.code()).put("label", r.label())));
  }

  private JsonObject live(LiveSettings s) {
    return new JsonObject()
        .put("longCallSeconds", s.longCallSeconds())
        .put("longPauseSeconds", s.longPauseSeconds())
        .put("wrapUpSeconds", wrapUpSeconds);
  }

  private JsonObject seat(Seat s) {
    return new JsonObject()
        .put("username", s.username())
        .put("agentName", names.ofUsername(s.username()))
        .put("interface", s.iface())
        .put("queue", s.queue())
        .put("since", s.since() == null ? null : s.since().toString());
  }
}
