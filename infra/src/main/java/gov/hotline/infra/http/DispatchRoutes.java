package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.ticket.AppealType;
import gov.hotline.core.ticket.ReturnReason;
import gov.hotline.core.ticket.TextRules;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.dispatch.adapter.json.DirectoryJson;
import gov.hotline.dispatch.domain.AppealFacts;
import gov.hotline.dispatch.domain.CatalogueEntry;
import gov.hotline.dispatch.domain.Place;
import gov.hotline.dispatch.domain.PlaceKind;
import gov.hotline.dispatch.domain.UnitRef;
import gov.hotline.dispatch.service.DirectoryService;
import gov.hotline.dispatch.service.RecommendationService;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * {@code /api/v1/dispatch}: the unit directory import, gazetteers, the versioned catalogue, address
 * → street, and dispatch recommendations (also {@code GET /tickets/{id}/recommendations}).
 */
public final class DispatchRoutes {
  private final DirectoryService directory;
  private final RecommendationService recommendations;
  private final DispatchJson json;

  public DispatchRoutes(
      DirectoryService directory, RecommendationService recommendations, ReferenceData reference) {
    this.directory = directory;
    this.recommendations = recommendations;
    this.json = new DispatchJson(reference);
  }

  public void mount(Router api) {
    api.post("/dispatch/units/import").handler(handle(this::importDirectory));
    api.get("/dispatch/units/:id/places").handler(handle(this::places));
    api.put("/dispatch/units/:id/places").handler(handle(this::savePlaces));
    api.post("/dispatch/jurisdiction").handler(handle(this::jurisdiction));
    api.post("/dispatch/recommend").handler(handle(this::recommend));
    api.get("/tickets/:id/recommendations").handler(handle(this::forTicket));
    api.get("/dispatch/catalogue").handler(handle(this::catalogue));
    api.get("/dispatch/catalogue/versions").handler(handle(this::versions));
    api.put("/dispatch/catalogue/entries/:id").handler(handle(this::saveEntry));
    api.delete("/dispatch/catalogue/entries/:id").handler(handle(this::deleteEntry));
    api.get("/dispatch/return-reasons").handler(handle(this::returnReasons));
    api.get("/dispatch/decisions/summary").handler(handle(this::decisions));
  }

  private void importDirectory(RoutingContext ctx) {
    Actor actor = Requests.requireRole(ctx, Role.ADMIN); // the role before the payload
    var body = ctx.body().buffer();
    var summary =
        directory.importDirectory(actor, DirectoryJson.parse(body == null ? "" : body.toString()));
    Requests.ok(
        ctx,
        new JsonObject()
            .put("district", summary.district())
            .put("units", summary.units())
            .put("communities", summary.communities())
            .put("categories", summary.categories())
            .put("places", summary.places())
            .put("catalogueEntries", summary.catalogueEntries())
            .put("catalogueVersion", summary.catalogueVersion())
            .put("catalogueChanged", summary.catalogueChanged()));
  }

  private void places(RoutingContext ctx) {
    Requests.actor(ctx);
    var places = directory.places(UnitId.of(ctx.pathParam("id")));
    Requests.ok(
        ctx,
        new JsonObject()
            .put("unitId", ctx.pathParam("id"))
            .put("items", Requests.array(places, json::place)));
  }

  private void savePlaces(RoutingContext ctx) {
    Actor actor = Requests.requireRole(ctx, Role.ADMIN);
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    List<Place> places =
        in.objects("places").stream()
            .map(p -> new Place(Objects.toString(p.text("name"), "").strip(), kind(p.text("kind"))))
            .toList();
    var saved = directory.savePlaces(actor, UnitId.of(ctx.pathParam("id")), places);
    Requests.ok(
        ctx,
        new JsonObject()
            .put("unitId", ctx.pathParam("id"))
            .put("items", Requests.array(saved, json::place)));
  }

  private static PlaceKind kind(String v) {
    if (v == null || v.isBlank()) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：地名类型（kind）");
    }
    return PlaceKind.byLabel(v.trim())
        .orElseThrow(
            () ->
                DomainException.invalid(
                    "UNKNOWN_ENUM",
                    "地名类型（kind）取值无效："
                        + v
                        + "（可选："
                        + String.join(
                            "、",
                            Arrays.stream(PlaceKind.values())
                                .map(k -> k.name() + "/" + k.label())
                                .toList())
                        + "）"));
  }

  private void jurisdiction(RoutingContext ctx) {
    Requests.actor(ctx);
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    String address = TextRules.required(in.text("address"), "address", "地址", TextRules.ADDRESS_MAX);
    String text = TextRules.optional(in.text("text"), "text", "诉求内容", TextRules.CONTENT_MAX);
    Requests.ok(ctx, json.jurisdiction(directory.recommender().locate(address, text)));
  }

  private void recommend(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    String category = in.text("categoryId");
    AppealFacts facts =
        new AppealFacts(
            in.text("text"),
            in.text("address"),
            in.enumValue("appealType", AppealType.class, "诉求类型"),
            category == null || category.isBlank() ? null : CategoryId.of(category.trim()));
    Requests.ok(ctx, json.recommendation(recommendations.recommend(facts, actor)));
  }

  private void forTicket(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    TicketId id = new TicketId(Requests.longParam(ctx, "id", "工单"));
    Requests.ok(ctx, json.recommendation(recommendations.forTicket(id, actor)));
  }

  private void catalogue(RoutingContext ctx) {
    Requests.actor(ctx);
    String v = Requests.query(ctx, "version");
    Integer version = v == null ? null : Requests.intQuery(ctx, "version", 0);
    Requests.ok(ctx, json.catalogue(directory.catalogue(version)));
  }

  private void versions(RoutingContext ctx) {
    Requests.actor(ctx);
    Requests.ok(
        ctx,
        new JsonObject()
            .put("items", Requests.array(directory.catalogueVersions(), json::version)));
  }

  private void saveEntry(RoutingContext ctx) {
    Actor actor = Requests.requireRole(ctx, Role.ADMIN);
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    String category = TextRules.required(in.text("categoryId"), "categoryId", "问题分类", 32);
    String lead = TextRules.required(in.text("lead"), "lead", "主办单位", 40);
    CatalogueEntry entry =
        new CatalogueEntry(
            ctx.pathParam("id"),
            CategoryId.of(category),
            TextRules.optional(in.text("condition"), "condition", "适用情形", 200),
            UnitRef.of(lead),
            in.textList("assists").stream().map(UnitRef::of).toList(),
            in.textList("keywords").stream().map(String::strip).filter(k -> !k.isEmpty()).toList(),
            TextRules.optional(in.text("note"), "note", "说明", 500));
    var saved =
        directory.saveEntry(
            actor, entry, TextRules.optional(in.text("versionNote"), "versionNote", "版本说明", 200));
    Requests.ok(ctx, json.catalogue(saved));
  }

  private void deleteEntry(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    var saved = directory.deleteEntry(actor, ctx.pathParam("id"), Requests.query(ctx, "note"));
    Requests.ok(ctx, json.catalogue(saved));
  }

  private void returnReasons(RoutingContext ctx) {
    Requests.actor(ctx);
    Requests.ok(
        ctx,
        new JsonObject()
            .put(
                "items",
                Requests.array(
                    List.of(ReturnReason.values()),
                    r -> new JsonObject().put("code", r.name()).put("label", r.label()))));
  }

  private void decisions(RoutingContext ctx) {
    Requests.actor(ctx);
    long[] f = recommendations.followed();
    Requests.ok(
        ctx,
        new JsonObject()
            .put("decisions", f[0])
            .put("followedRecommendation", f[1])
            .put("followRate", f[0] == 0 ? null : Math.round(1000.0 * f[1] / f[0]) / 1000.0));
  }
}
