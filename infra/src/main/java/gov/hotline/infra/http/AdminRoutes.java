package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.admin.ReferenceDataAdmin;
import gov.hotline.core.calendar.CalendarDay;
import gov.hotline.core.calendar.DayKind;
import gov.hotline.core.calendar.TimeLimit;
import gov.hotline.core.category.Category;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.org.UnitType;
import gov.hotline.core.port.Transactions;
import gov.hotline.core.sla.SlaPolicy;
import gov.hotline.core.ticket.Urgency;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.core.user.User;
import gov.hotline.infra.auth.Accounts;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Objects;

/** {@code /api/v1/admin}: users, units, categories, business calendar and SLA policies (ADMIN only). */
public final class AdminRoutes {
  private final Accounts accounts;
  private final ReferenceDataAdmin admin;
  private final Transactions tx;

  public AdminRoutes(Accounts accounts, ReferenceDataAdmin admin, Transactions tx) {
    this.accounts = accounts;
    this.admin = admin;
    this.tx = tx;
  }

  public void mount(Router api) {
    api.route("/admin/*").handler(handle(ctx -> {
      Requests.requireRole(ctx, Role.ADMIN);
      ctx.next();
    }));
    api.get("/admin/users").handler(handle(this::users));
    api.post("/admin/users").handler(handle(this::createUser));
    api.put("/admin/units/:id").handler(handle(this::saveUnit));
    api.put("/admin/categories/:id").handler(handle(this::saveCategory));
    api.put("/admin/calendar/days/:date").handler(handle(this::saveDay));
    api.delete("/admin/calendar/days/:date").handler(handle(this::deleteDay));
    api.put("/admin/sla-policies").handler(handle(this::saveSla));
  }

  private void users(RoutingContext ctx) {
    Paging paging = Paging.of(ctx, Paging.MAX_SIZE);
    var list = tx.inTransaction(r -> r.users().all());
    Requests.ok(ctx, paging.into(new JsonObject()).put("total", list.size())
        .put("items", Requests.array(paging.slice(list), AdminRoutes::userJson)));
  }

  private void createUser(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    String unit = in.text("unitId");
    User u = accounts.create(actor, in.text("username"), in.text("displayName"), in.text("password"),
        in.enumValue("role", Role.class, "角色"), unit == null || unit.isBlank() ? null : UnitId.of(unit.trim()));
    Requests.json(ctx, 201, userJson(u));
  }

  private static JsonObject userJson(User u) {
    return new JsonObject().put("id", u.id().value()).put("username", u.username())
        .put("displayName", u.displayName()).put("role", u.role().name()).put("roleLabel", u.role().label())
        .put("unitId", u.unitId().value()).put("enabled", u.enabled());
  }

  private void saveUnit(RoutingContext ctx) {
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    UnitType type = in.enumValue("type", UnitType.class, "单位类型");
    if (type == null) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：单位类型（type）");
    }
    String parent = in.text("parentId");
    OrgUnit unit = new OrgUnit(UnitId.of(ctx.pathParam("id")), parent == null ? null : UnitId.of(parent),
        Objects.toString(in.text("name"), "").strip(), type, in.textList("aliases"), !Boolean.FALSE.equals(in.bool("active")));
    Requests.ok(ctx, DirectoryRoutes.unitJson(admin.saveUnit(Requests.actor(ctx), unit)));
  }

  private void saveCategory(RoutingContext ctx) {
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    String parent = in.text("parentId");
    String order = in.text("sortOrder");
    Category c = new Category(CategoryId.of(ctx.pathParam("id")), parent == null ? null : CategoryId.of(parent),
        Objects.toString(in.text("name"), "").strip(), order == null ? 0 : parseInt(order, "sortOrder"),
        !Boolean.FALSE.equals(in.bool("active")));
    Requests.ok(ctx, DirectoryRoutes.categoryJson(admin.saveCategory(Requests.actor(ctx), c)));
  }

  private void saveDay(RoutingContext ctx) {
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    DayKind kind = in.enumValue("kind", DayKind.class, "日期类型");
    if (kind == null) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：日期类型（kind：HOLIDAY 或 WORKDAY）");
    }
    CalendarDay day = new CalendarDay(JsonInput.parseDate(ctx.pathParam("date"), "date", "日期"), kind,
        in.text("name"));
    admin.saveCalendarDay(Requests.actor(ctx), day);
    Requests.ok(ctx, new JsonObject().put("date", day.date().toString()).put("kind", kind.name())
        .put("name", day.name()));
  }

  private void deleteDay(RoutingContext ctx) {
    admin.deleteCalendarDay(Requests.actor(ctx), JsonInput.parseDate(ctx.pathParam("date"), "date", "日期"));
    ctx.response().setStatusCode(204).end();
  }

  private void saveSla(RoutingContext ctx) {
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    Urgency urgency = in.enumValue("urgency", Urgency.class, "紧急程度");
    if (urgency == null) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：紧急程度（urgency）");
    }
    String category = in.text("categoryId");
    SlaPolicy p = new SlaPolicy(category == null ? null : CategoryId.of(category), urgency,
        TimeLimit.parse(in.text("signFor")), TimeLimit.parse(in.text("handling")), TimeLimit.parse(in.text("callback")));
    admin.saveSlaPolicy(Requests.actor(ctx), p);
    Requests.ok(ctx, new JsonObject().put("categoryId", category).put("urgency", urgency.name())
        .put("signFor", p.signFor().code()).put("handling", p.handling().code()).put("callback", p.callback().code()));
  }

  private static int parseInt(String v, String field) {
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw DomainException.invalid("INVALID_FIELD_TYPE", "字段 " + field + " 必须是整数");
    }
  }
}
