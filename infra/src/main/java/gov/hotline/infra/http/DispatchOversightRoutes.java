package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.event.EventAddresses;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.dispatch.domain.AlertKind;
import gov.hotline.dispatch.domain.DuplicateStatus;
import gov.hotline.dispatch.service.ClusterService;
import gov.hotline.dispatch.service.EscalationService;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.List;

/**
 * {@code /api/v1/dispatch}: near-due/overdue alerts and the escalation sweep, probable duplicates
 * and merging, hotspot alerts (also {@code GET /tickets/{id}/merged}).
 */
public final class DispatchOversightRoutes {
  private final EscalationService escalation;
  private final ClusterService clusters;
  private final DispatchJson json;
  private final EventBus bus;

  public DispatchOversightRoutes(
      EscalationService escalation,
      ClusterService clusters,
      ReferenceData reference,
      EventBus bus) {
    this.escalation = escalation;
    this.clusters = clusters;
    this.json = new DispatchJson(reference);
    this.bus = bus;
  }

  public void mount(Router api) {
    api.get("/dispatch/alerts").handler(handle(this::alerts));
    api.post("/dispatch/escalation/sweep").handler(handle(this::sweep));
    api.get("/dispatch/duplicates").handler(handle(this::duplicates));
    api.post("/dispatch/duplicates/:ticketId/dismiss").handler(handle(this::dismiss));
    api.post("/dispatch/merge").handler(handle(this::merge));
    api.get("/tickets/:id/merged").handler(handle(this::merged));
    api.get("/dispatch/hotspots").handler(handle(this::hotspots));
    api.post("/dispatch/hotspots/:id/merge").handler(handle(this::mergeHotspot));
    api.post("/dispatch/hotspots/:id/close").handler(handle(this::closeHotspot));
  }

  private void alerts(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    Paging paging = Paging.of(ctx, 200, "unitId", "kind");
    String unit = Requests.query(ctx, "unitId");
    String kind = Requests.query(ctx, "kind");
    var list =
        escalation.due(
            actor,
            unit == null ? null : UnitId.of(unit),
            kind == null ? null : JsonInput.parseEnum(kind, "kind", AlertKind.class, "预警类型"),
            paging.upTo());
    Requests.ok(
        ctx,
        paging.into(
            json.due(
                new EscalationService.DueList(
                    list.asOf(), list.rule(), list.units(), paging.slice(list.items())))));
  }

  private void sweep(RoutingContext ctx) {
    Requests.requireRole(ctx, Role.DISPATCHER, Role.MANAGER, Role.ADMIN);
    var r = escalation.sweep();
    r.events().forEach(e -> bus.publish(EventAddresses.of(e), e));
    JsonObject raised = new JsonObject();
    r.raised().forEach((k, n) -> raised.put(k.name(), n));
    Requests.ok(
        ctx,
        new JsonObject()
            .put("ran", r.ran())
            .put("raised", raised)
            .put("urged", r.urged())
            .put("skipped", r.skipped())
            .put("millis", r.millis())
            .put("raiseMillis", r.raiseMillis())
            .put("urgeMillis", r.urgeMillis())
            .put("note", r.ran() ? "巡检完成" : "另一服务实例正在巡检，本次跳过"));
  }

  private void duplicates(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    Paging paging = Paging.of(ctx, 100, "status");
    String status = Requests.query(ctx, "status");
    var list =
        clusters.duplicates(
            actor,
            status == null
                ? DuplicateStatus.PROBABLE
                : JsonInput.parseEnum(status, "status", DuplicateStatus.class, "处理状态"),
            paging.upTo());
    Requests.ok(
        ctx,
        paging.into(
            new JsonObject().put("items", Requests.array(paging.slice(list), json::duplicate))));
  }

  private void dismiss(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    clusters.dismiss(actor, Requests.longParam(ctx, "ticketId", "工单"));
    Requests.ok(
        ctx,
        new JsonObject()
            .put("ticketId", Requests.longParam(ctx, "ticketId", "工单"))
            .put("status", DuplicateStatus.DISMISSED.name()));
  }

  private void merge(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    long ticket = required(in.longValue("ticketId", "工单"), "ticketId", "工单");
    long master = required(in.longValue("masterTicketId", "主工单"), "masterTicketId", "主工单");
    var merged = clusters.merge(actor, ticket, master, in.text("note"));
    bus.publish(EventAddresses.of(merged.event()), merged.event());
    Requests.ok(ctx, json.brief(merged.ticket()).put("masterTicketId", master));
  }

  private void merged(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    long id = Requests.longParam(ctx, "id", "工单");
    Requests.ok(
        ctx,
        new JsonObject()
            .put("masterTicketId", id)
            .put("items", json.briefs(clusters.mergedInto(actor, id))));
  }

  private void hotspots(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    Paging paging = Paging.of(ctx, 50, "status", "hours");
    String status = Requests.query(ctx, "status");
    boolean openOnly = status == null || status.equalsIgnoreCase("OPEN");
    if (status != null && !openOnly && !status.equalsIgnoreCase("ALL")) {
      throw DomainException.invalid("UNKNOWN_ENUM", "参数 status 只能是 OPEN 或 ALL：" + status);
    }
    int hours = Requests.intQuery(ctx, "hours", 72);
    if (hours < 1 || hours > 24 * 366) {
      throw DomainException.invalid("INVALID_PARAM", "参数 hours 须在 1 到 8784 之间");
    }
    var list = clusters.hotspots(actor, openOnly, Duration.ofHours(hours), paging.upTo());
    Requests.ok(
        ctx,
        paging.into(
            new JsonObject().put("items", Requests.array(paging.slice(list), json::hotspot))));
  }

  private void mergeHotspot(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    long master = required(in.longValue("masterTicketId", "主工单"), "masterTicketId", "主工单");
    List<ClusterService.Merged> merged =
        clusters.mergeHotspot(actor, Requests.longParam(ctx, "id", "预警"), master, in.text("note"));
    merged.forEach(m -> bus.publish(EventAddresses.of(m.event()), m.event()));
    Requests.ok(
        ctx,
        new JsonObject()
            .put("masterTicketId", master)
            .put("merged", Requests.array(merged, m -> json.brief(m.ticket()))));
  }

  private void closeHotspot(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    long id = Requests.longParam(ctx, "id", "预警");
    clusters.closeHotspot(actor, id);
    Requests.ok(ctx, new JsonObject().put("id", id).put("status", "CLOSED"));
  }

  private static long required(Long v, String field, String label) {
    if (v == null) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：" + label + "（" + field + "）");
    }
    return v;
  }
}
