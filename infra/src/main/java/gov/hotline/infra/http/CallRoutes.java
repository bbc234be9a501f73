package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.ticket.Page;
import gov.hotline.core.ticket.TicketService;
import gov.hotline.core.user.Actor;
import gov.hotline.infra.telephony.AgentNames;
import gov.hotline.telephony.domain.CallListItem;
import gov.hotline.telephony.domain.CallOutcome;
import gov.hotline.telephony.domain.CallQuery;
import gov.hotline.telephony.service.CallQueries;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.ZoneId;

/**
 * {@code /api/v1/calls}: call records (通话记录) with filters and paging, and one call with legs and
 * tickets.
 */
public final class CallRoutes {
  private final CallQueries calls;
  private final TicketService tickets;
  private final ZoneId zone;
  private final AgentNames names;

  public CallRoutes(CallQueries calls, TicketService tickets, ZoneId zone, AgentNames names) {
    this.calls = calls;
    this.tickets = tickets;
    this.zone = zone;
    this.names = names;
  }

  public void mount(Router api) {
    api.get("/calls").handler(handle(this::list));
    api.get("/calls/:id").handler(handle(this::get));
    api.get("/tickets/:id/calls").handler(handle(this::ofTicket));
  }

  /**
   * The other direction of the link: the call a ticket was created from, and its callbacks, each
   * with its recording and the caller's survey answer ({@code survey}).
   */
  private void ofTicket(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    var t = tickets.get(new TicketId(Requests.longParam(ctx, "id", "工单")), actor);
    var list = calls.callsOfTicket(t.appeal().callId(), t.no().value(), actor);
    Requests.ok(
        ctx,
        new JsonObject()
            .put("items", Requests.array(list, i -> CallJson.summary(i, actor, names))));
  }

  private void list(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    Paging paging = Paging.of(ctx, "from", "to", "queue", "agent", "outcome", "callerNumber");
    CallQuery q =
        new CallQuery(
            Requests.timeQuery(ctx, "from", zone, false),
            Requests.timeQuery(ctx, "to", zone, true),
            limited(Requests.query(ctx, "queue"), "queue"),
            limited(Requests.query(ctx, "agent"), "agent"),
            outcome(Requests.query(ctx, "outcome")),
            limited(Requests.query(ctx, "callerNumber"), "callerNumber"),
            paging.page(),
            paging.size());
    Page<CallListItem> page = calls.list(q, actor);
    Requests.ok(ctx, Paging.reply(page, i -> CallJson.summary(i, actor, names)));
  }

  private void get(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    String id = ctx.pathParam("id");
    if (id.length() > 64) {
      throw DomainException.notFound("CALL_NOT_FOUND", "通话不存在");
    }
    Requests.ok(ctx, CallJson.detail(calls.get(id, actor), actor, names));
  }

  private static CallOutcome outcome(String v) {
    return v == null ? null : JsonInput.parseEnum(v, "outcome", CallOutcome.class, "通话结果");
  }

  private static String limited(String v, String field) {
    if (v != null && v.length() > 64) {
      throw DomainException.invalid("INVALID_PARAM", "参数 " + field + " 过长");
    }
    return v;
  }
}
