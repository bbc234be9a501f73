package gov.hotline.infra.http;

import gov.hotline.core.id.UnitId;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.ticket.Caller;
import gov.hotline.core.ticket.HistoryEntry;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.ticket.TicketAccess;
import gov.hotline.core.ticket.TicketAction;
import gov.hotline.core.user.Actor;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.TreeMap;

/** Tickets and history as JSON, as a given actor may see them (masking, confidentiality). */
final class TicketJson {
  private final ReferenceData reference;

  TicketJson(ReferenceData reference) {
    this.reference = reference;
  }

  JsonObject ticket(Ticket t, Actor actor, Instant now) {
    Caller caller = new TicketAccess(reference.orgTree()).visibleCaller(actor, t);
    var a = t.appeal();
    JsonObject j =
        new JsonObject()
            .put("id", t.id().value())
            .put("no", t.no().value())
            .put("status", t.status().name())
            .put("statusLabel", t.status().label())
            .put("channel", a.channel().name())
            .put("channelLabel", a.channel().label())
            .put("callerName", caller.name())
            .put("callerPhone", caller.phone())
            .put("confidential", caller.confidential())
            .put("address", a.address())
            .put("appealType", a.appealType().name())
            .put("appealTypeLabel", a.appealType().label())
            .put("categoryId", a.categoryId().value())
            .put("categoryName", reference.category(a.categoryId()).map(c -> c.name()).orElse(null))
            .put("urgency", a.urgency().name())
            .put("urgencyLabel", a.urgency().label())
            .put("content", a.content())
            .put("callId", a.callId())
            .put("cityCaseNo", a.cityCaseNo())
            .put("leadUnitId", id(t.assignment().leadUnitId()))
            .put("leadUnitName", unitName(t.assignment().leadUnitId()))
            .put(
                "assistUnitIds",
                new JsonArray(t.assignment().assistUnitIds().stream().map(UnitId::value).toList()))
            .put("subUnitId", id(t.assignment().subUnitId()))
            .put("subUnitName", unitName(t.assignment().subUnitId()))
            .put("subReply", t.assignment().subReply())
            .put("signDueAt", time(t.deadlines().signDueAt()))
            .put("handleDueAt", time(t.deadlines().handleDueAt()))
            .put("callbackDueAt", time(t.deadlines().callbackDueAt()))
            .put("supervisionDueAt", time(t.deadlines().supervisionDueAt()))
            .put("dueAt", time(t.currentDueAt()))
            .put("overdue", t.isOverdue(now))
            .put("nearDue", t.isNearDue(now))
            .put("dispatchedAt", time(t.progress().dispatchedAt()))
            .put("signedAt", time(t.progress().signedAt()))
            .put("repliedAt", time(t.progress().repliedAt()))
            .put("reply", t.progress().reply())
            .put("callbackAt", time(t.progress().callbackAt()))
            .put("resolved", t.progress().resolved())
            .put("callbackCallId", t.progress().callbackCallId())
            .put(
                "satisfaction",
                t.progress().satisfaction() == null ? null : t.progress().satisfaction().name())
            .put(
                "satisfactionLabel",
                t.progress().satisfaction() == null ? null : t.progress().satisfaction().label())
            .put("closedAt", time(t.progress().closedAt()))
            .put("urgeCount", t.flags().urgeCount())
            .put("supervised", t.flags().supervised())
            .put("exclusion", t.flags().exclusion().name())
            .put("exclusionLabel", t.flags().exclusion().label())
            .put("returnCount", t.flags().returnCount())
            .put("returnRejections", t.flags().returnRejections())
            .put("extensionCount", t.flags().extensionCount())
            .put("requestedDueAt", time(t.flags().requestedDueAt()))
            .put("createdAt", time(t.createdAt()))
            .put("createdBy", t.createdBy() == null ? null : t.createdBy().value())
            .put("version", t.version())
            .put("actions", actions(t, actor));
    return j;
  }

  /** The actions this actor may take on the ticket now, as core lists them. */
  private JsonArray actions(Ticket t, Actor actor) {
    JsonArray out = new JsonArray();
    for (TicketAction a : new TicketAccess(reference.orgTree()).actionsNow(actor, t)) {
      out.add(new JsonObject().put("code", a.code()).put("label", a.label()));
    }
    return out;
  }

  JsonObject history(HistoryEntry e) {
    return new JsonObject()
        .put("at", time(e.at()))
        .put("action", e.action().code())
        .put("actionLabel", e.action().label())
        .put("fromStatus", e.fromStatus() == null ? null : e.fromStatus().name())
        .put("toStatus", e.toStatus().name())
        .put("toStatusLabel", e.toStatus().label())
        .put(
            "actor",
            new JsonObject()
                .put("id", e.actor().userId().value())
                .put("username", e.actor().username())
                .put("role", e.actor().role().name())
                .put("unitId", e.actor().unitId().value()))
        .put("reason", e.reason())
        .put("details", new JsonObject(new TreeMap<String, Object>(e.details())));
  }

  private String unitName(UnitId id) {
    return id == null ? null : reference.orgTree().find(id).map(u -> u.name()).orElse(null);
  }

  private static String id(UnitId id) {
    return id == null ? null : id.value();
  }

  private static String time(Instant t) {
    return t == null ? null : t.toString();
  }
}
