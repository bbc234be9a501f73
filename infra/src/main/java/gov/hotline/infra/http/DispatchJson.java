package gov.hotline.infra.http;

import gov.hotline.core.category.Category;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.dispatch.domain.Candidate;
import gov.hotline.dispatch.domain.Catalogue;
import gov.hotline.dispatch.domain.CatalogueEntry;
import gov.hotline.dispatch.domain.DueTicket;
import gov.hotline.dispatch.domain.Jurisdiction;
import gov.hotline.dispatch.domain.Place;
import gov.hotline.dispatch.domain.Recommendation;
import gov.hotline.dispatch.domain.UnitRef;
import gov.hotline.dispatch.service.ClusterService;
import gov.hotline.dispatch.service.EscalationService;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;

/** Dispatch results as JSON, with Chinese labels and unit and category names next to their ids. */
final class DispatchJson {
  private final ReferenceData reference;

  DispatchJson(ReferenceData reference) {
    this.reference = reference;
  }

  JsonObject recommendation(Recommendation r) {
    var c = r.category();
    return new JsonObject()
        .put(
            "category",
            new JsonObject()
                .put("id", c.id().value())
                .put("name", c.name())
                .put("score", c.score())
                .put("reasons", new JsonArray(c.reasons())))
        .put("candidates", Requests.array(r.candidates(), this::candidate))
        .put("jurisdiction", jurisdiction(r.jurisdiction()));
  }

  private JsonObject candidate(Candidate c) {
    return new JsonObject()
        .put("unitId", c.unitId().value())
        .put("unitName", c.unitName())
        .put("role", c.role().name())
        .put("roleLabel", c.role().label())
        .put("score", c.score())
        .put("reasons", new JsonArray(c.reasons()));
  }

  JsonObject jurisdiction(Jurisdiction j) {
    return new JsonObject()
        .put("status", j.status().name())
        .put("statusLabel", j.status().label())
        .put("streetId", id(j.streetId()))
        .put("streetName", unitName(j.streetId()))
        .put("communityId", id(j.communityId()))
        .put("communityName", unitName(j.communityId()))
        .put("confidence", Math.round(j.confidence() * 1000) / 1000.0)
        .put("matched", new JsonArray(j.matched()))
        .put(
            "candidates",
            Requests.array(
                j.candidates(),
                s ->
                    new JsonObject()
                        .put("streetId", s.streetId().value())
                        .put("streetName", unitName(s.streetId()))
                        .put("score", Math.round(s.score() * 1000) / 1000.0)))
        .put("explanation", j.explanation());
  }

  JsonObject place(Place p) {
    return new JsonObject()
        .put("name", p.name())
        .put("kind", p.kind().name())
        .put("kindLabel", p.kind().label());
  }

  JsonObject catalogue(Catalogue c) {
    return new JsonObject()
        .put("version", c.version())
        .put("createdAt", time(c.createdAt()))
        .put("createdBy", c.createdBy())
        .put("note", c.note())
        .put("placeholders", new JsonObject(new LinkedHashMap<>(c.placeholders())))
        .put("entries", Requests.array(c.entries(), this::entry));
  }

  JsonObject version(Catalogue c) {
    return new JsonObject()
        .put("version", c.version())
        .put("createdAt", time(c.createdAt()))
        .put("createdBy", c.createdBy())
        .put("note", c.note());
  }

  private JsonObject entry(CatalogueEntry e) {
    return new JsonObject()
        .put("id", e.id())
        .put("categoryId", e.categoryId().value())
        .put("categoryName", categoryName(e.categoryId()))
        .put("condition", e.condition())
        .put("lead", e.lead().value())
        .put("leadName", refName(e.lead()))
        .put(
            "assists",
            Requests.array(
                e.assists(), a -> new JsonObject().put("ref", a.value()).put("name", refName(a))))
        .put("keywords", new JsonArray(e.keywords()))
        .put("note", e.note());
  }

  JsonObject due(EscalationService.DueList d) {
    return new JsonObject()
        .put("asOf", time(d.asOf()))
        .put("rule", d.rule())
        .put(
            "totals",
            new JsonObject()
                .put(
                    "nearDue",
                    d.units().stream().mapToInt(EscalationService.UnitDue::nearDue).sum())
                .put(
                    "overdue",
                    d.units().stream().mapToInt(EscalationService.UnitDue::overdue).sum())
                .put(
                    "supervisionOverdue",
                    d.units().stream()
                        .mapToInt(EscalationService.UnitDue::supervisionOverdue)
                        .sum()))
        .put(
            "units",
            Requests.array(
                d.units(),
                u ->
                    new JsonObject()
                        .put("unitId", id(u.unitId()))
                        .put("unitName", u.unitName())
                        .put("nearDue", u.nearDue())
                        .put("overdue", u.overdue())
                        .put("supervisionOverdue", u.supervisionOverdue())))
        .put("items", Requests.array(d.items(), this::dueTicket));
  }

  private JsonObject dueTicket(DueTicket t) {
    return new JsonObject()
        .put("ticketId", t.ticketId())
        .put("no", t.ticketNo())
        .put("status", t.status().name())
        .put("statusLabel", t.status().label())
        .put("kind", t.kind().name())
        .put("kindLabel", t.kind().label())
        .put("dueAt", time(t.dueAt()))
        .put("leadUnitId", id(t.leadUnitId()))
        .put("leadUnitName", unitName(t.leadUnitId()))
        .put("urgeCount", t.urgeCount())
        .put("supervised", t.supervised());
  }

  JsonObject duplicate(ClusterService.DuplicateView v) {
    var d = v.candidate();
    return new JsonObject()
        .put("ticket", brief(v.ticket()))
        .put("duplicateOf", brief(v.original()))
        .put("similarity", Math.round(d.similarity() * 1000) / 1000.0)
        .put("reason", d.reason())
        .put("status", d.status().name())
        .put("statusLabel", d.status().label())
        .put("detectedAt", time(d.detectedAt()));
  }

  JsonObject hotspot(ClusterService.HotspotView v) {
    var h = v.hotspot();
    return new JsonObject()
        .put("id", h.id())
        .put("scopeUnitId", h.scopeUnitId().value())
        .put("scopeName", unitName(h.scopeUnitId()))
        .put("streetId", id(h.streetId()))
        .put("streetName", unitName(h.streetId()))
        .put("categoryId", h.categoryId().value())
        .put("categoryName", categoryName(h.categoryId()))
        .put("firstAt", time(h.firstAt()))
        .put("lastAt", time(h.lastAt()))
        .put("raisedAt", time(h.raisedAt()))
        .put("status", h.status().name())
        .put("statusLabel", h.status().label())
        .put("ticketCount", h.ticketIds().size())
        .put("tickets", Requests.array(v.tickets(), this::brief));
  }

  /** A ticket in a list of dispatch: no caller details, the content cut short. */
  JsonObject brief(Ticket t) {
    if (t == null) {
      return null;
    }
    String content = t.appeal().content();
    return new JsonObject()
        .put("id", t.id().value())
        .put("no", t.no().value())
        .put("status", t.status().name())
        .put("statusLabel", t.status().label())
        .put("createdAt", time(t.createdAt()))
        .put("address", t.appeal().address())
        .put("categoryId", t.appeal().categoryId().value())
        .put("categoryName", categoryName(t.appeal().categoryId()))
        .put("content", content.length() > 120 ? content.substring(0, 120) + "…" : content)
        .put("leadUnitId", id(t.assignment().leadUnitId()))
        .put("leadUnitName", unitName(t.assignment().leadUnitId()));
  }

  JsonArray briefs(List<Ticket> tickets) {
    return Requests.array(tickets, this::brief);
  }

  private String refName(UnitRef ref) {
    return switch (ref.value()) {
      case "@territory" -> "属地街镇";
      case "@district" -> "区级（兜底）";
      default -> ref.isPlaceholder() ? ref.value() : unitName(ref.unitId());
    };
  }

  private String unitName(UnitId id) {
    return id == null ? null : reference.orgTree().find(id).map(OrgUnit::name).orElse(id.value());
  }

  private String categoryName(CategoryId id) {
    return reference.category(id).map(Category::name).orElse(id.value());
  }

  private static String id(UnitId id) {
    return id == null ? null : id.value();
  }

  static String time(Instant t) {
    return t == null ? null : t.toString();
  }
}
