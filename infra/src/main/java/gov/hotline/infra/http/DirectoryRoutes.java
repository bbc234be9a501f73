package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.calendar.CalendarDay;
import gov.hotline.core.calendar.DayKind;
import gov.hotline.core.category.Category;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.org.UnitType;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.port.Transactions;
import gov.hotline.core.sla.SlaPolicy;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;

/**
 * Read-only reference data for every logged-in user: units, categories, business calendar, SLA
 * policies.
 */
public final class DirectoryRoutes {
  private final ReferenceData reference;
  private final Transactions tx;

  public DirectoryRoutes(ReferenceData reference, Transactions tx) {
    this.reference = reference;
    this.tx = tx;
  }

  public void mount(Router api) {
    api.get("/units").handler(handle(this::units));
    api.get("/categories").handler(handle(this::categories));
    api.get("/calendar/days").handler(handle(this::calendarDays));
    api.get("/sla-policies").handler(handle(this::slaPolicies));
  }

  private void units(RoutingContext ctx) {
    Requests.actor(ctx);
    String type = Requests.query(ctx, "type");
    UnitType unitType =
        type == null
            ? null
            : JsonInput.parseEnum(type.toUpperCase(Locale.ROOT), "type", UnitType.class, "单位类型");
    String parentId = Requests.query(ctx, "parentId");
    String q = Requests.query(ctx, "q");
    List<OrgUnit> units =
        reference.orgTree().all().stream()
            .filter(u -> unitType == null || u.type() == unitType)
            .filter(
                u ->
                    parentId == null
                        || (u.parentId() != null && u.parentId().value().equals(parentId)))
            .filter(
                u ->
                    q == null
                        || u.name().contains(q)
                        || u.aliases().stream().anyMatch(a -> a.contains(q)))
            .toList();
    Requests.ok(
        ctx, new JsonObject().put("items", Requests.array(units, DirectoryRoutes::unitJson)));
  }

  static JsonObject unitJson(OrgUnit u) {
    return new JsonObject()
        .put("id", u.id().value())
        .put("parentId", u.parentId() == null ? null : u.parentId().value())
        .put("name", u.name())
        .put("type", u.type().name())
        .put("typeLabel", u.type().label())
        .put("aliases", new JsonArray(u.aliases()))
        .put("active", u.active());
  }

  private void categories(RoutingContext ctx) {
    Requests.actor(ctx);
    String parentId = Requests.query(ctx, "parentId");
    String q = Requests.query(ctx, "q");
    List<Category> list =
        reference.categories().stream()
            .filter(
                c ->
                    parentId == null
                        || (c.parentId() != null && c.parentId().value().equals(parentId)))
            .filter(c -> q == null || c.name().contains(q))
            .toList();
    Requests.ok(
        ctx, new JsonObject().put("items", Requests.array(list, DirectoryRoutes::categoryJson)));
  }

  static JsonObject categoryJson(Category c) {
    return new JsonObject()
        .put("id", c.id().value())
        .put("parentId", c.parentId() == null ? null : c.parentId().value())
        .put("name", c.name())
        .put("sortOrder", c.sortOrder())
        .put("active", c.active())
        .put("leaf", c.isLeaf());
  }

  private void calendarDays(RoutingContext ctx) {
    Requests.actor(ctx);
    int year = Requests.intQuery(ctx, "year", 0);
    List<CalendarDay> days =
        tx.inTransaction(r -> r.referenceData().calendarDays()).stream()
            .filter(d -> year == 0 || d.date().getYear() == year)
            .toList();
    Requests.ok(
        ctx,
        new JsonObject()
            .put(
                "items",
                Requests.array(
                    days,
                    d ->
                        new JsonObject()
                            .put("date", d.date().toString())
                            .put("kind", d.kind().name())
                            .put("kindLabel", d.kind() == DayKind.HOLIDAY ? "放假" : "调休上班")
                            .put("name", d.name()))));
  }

  private void slaPolicies(RoutingContext ctx) {
    Requests.actor(ctx);
    List<SlaPolicy> list = tx.inTransaction(r -> r.referenceData().slaPolicies());
    Requests.ok(
        ctx,
        new JsonObject()
            .put(
                "items",
                Requests.array(
                    list,
                    p ->
                        new JsonObject()
                            .put(
                                "categoryId",
                                p.categoryId() == null ? null : p.categoryId().value())
                            .put("urgency", p.urgency().name())
                            .put("signFor", p.signFor().code())
                            .put("signForLabel", p.signFor().label())
                            .put("handling", p.handling().code())
                            .put("handlingLabel", p.handling().label())
                            .put("callback", p.callback().code())
                            .put("callbackLabel", p.callback().label()))));
  }
}
