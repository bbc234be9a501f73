package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.error.DomainException;
import gov.hotline.infra.audit.AuditLog;
import gov.hotline.infra.telephony.AgentNames;
import gov.hotline.telephony.domain.complaint.AgentComplaint;
import gov.hotline.telephony.domain.complaint.ComplaintStatus;
import gov.hotline.telephony.service.AgentComplaintService;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Complaints about agents (座席投诉): filed against the complained-about call, listed (the review queue
 * 待审核 for team leads and managers; an agent sees those about themselves), and reviewed once as 成立 /
 * 不成立 with a comment. Filing and every review are audited.
 */
public final class ComplaintRoutes {
  private final AgentComplaintService complaints;
  private final AgentNames names;
  private final ZoneId zone;

  public ComplaintRoutes(AgentComplaintService complaints, AgentNames names, ZoneId zone) {
    this.complaints = complaints;
    this.names = names;
    this.zone = zone;
  }

  public void mount(Router api) {
    api.post("/agent-complaints").handler(handle(this::file));
    api.get("/agent-complaints").handler(handle(this::list));
    api.get("/agent-complaints/:id")
        .handler(
            handle(
                ctx ->
                    Requests.ok(
                        ctx,
                        json(
                            complaints.get(
                                Requests.actor(ctx), Requests.longParam(ctx, "id", "座席投诉"))))));
    api.post("/agent-complaints/:id/review").handler(handle(this::review));
    api.get("/calls/:id/complaints")
        .handler(
            handle(
                ctx ->
                    Requests.ok(
                        ctx,
                        new JsonObject()
                            .put(
                                "items",
                                Requests.array(
                                    complaints.ofCall(Requests.actor(ctx), ctx.pathParam("id")),
                                    this::json)))));
  }

  private void file(RoutingContext ctx) {
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    String callId = in.text("callId");
    if (callId == null || callId.isBlank()) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：被投诉通话（callId）");
    }
    AgentComplaint c =
        complaints.file(Requests.actor(ctx), callId.trim(), in.text("ticketNo"), in.text("reason"));
    Audited.record(
        ctx,
        "AGENT_COMPLAINT_FILED",
        target(c),
        AuditLog.SUCCESS,
        "通话 " + c.callId() + "，座席 " + c.agentUsername());
    Requests.json(ctx, 201, json(c));
  }

  private void list(RoutingContext ctx) {
    Paging paging = Paging.of(ctx, "status", "agent");
    String status = Requests.query(ctx, "status");
    ComplaintStatus s =
        status == null
            ? null
            : JsonInput.parseEnum(status.trim(), "status", ComplaintStatus.class, "审核状态");
    var page =
        complaints.list(
            Requests.actor(ctx), s, Requests.query(ctx, "agent"), paging.page(), paging.size());
    Requests.ok(ctx, Paging.reply(page, this::json));
  }

  private void review(RoutingContext ctx) {
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    long id = Requests.longParam(ctx, "id", "座席投诉");
    AgentComplaint c =
        complaints.review(
            Requests.actor(ctx), id, in.requiredBool("upheld", "投诉是否成立"), in.text("comment"));
    Audited.record(
        ctx,
        "AGENT_COMPLAINT_REVIEWED",
        target(c),
        AuditLog.SUCCESS,
        c.status().label() + "：" + c.reviewComment());
    Requests.ok(ctx, json(c));
  }

  private static String target(AgentComplaint c) {
    return "agent-complaint " + c.id();
  }

  private JsonObject json(AgentComplaint c) {
    return new JsonObject()
        .put("id", c.id())
        .put("callId", c.callId())
        .put("recordingUrl", "/api/v1/calls/" + c.callId() + "/recording")
        .put("agent", c.agentUsername())
        .put(
            "agentName",
            Objects.requireNonNullElse(names.ofUsername(c.agentUsername()), c.agentUsername()))
        .put("agentInterface", c.agentInterface())
        .put("ticketNo", c.ticketRef())
        .put("reason", c.reason())
        .put("filedBy", c.filedBy())
        .put("filedByName", names.ofUsername(c.filedBy()))
        .put("filedAt", c.filedAt().atZone(zone).toOffsetDateTime().toString())
        .put("status", c.status().name())
        .put("statusLabel", c.status().label())
        .put("reviewedBy", c.reviewedBy())
        .put("reviewedByName", c.reviewedBy() == null ? null : names.ofUsername(c.reviewedBy()))
        .put(
            "reviewedAt",
            c.reviewedAt() == null
                ? null
                : c.reviewedAt().atZone(zone).toOffsetDateTime().toString())
        .put("reviewComment", c.reviewComment());
  }
}
