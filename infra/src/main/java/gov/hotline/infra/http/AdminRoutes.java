package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.admin.ReferenceDataAdmin;
import gov.hotline.core.category.Category;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.org.UnitType;
import gov.hotline.core.port.Transactions;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.core.user.User;
import gov.hotline.infra.auth.Accounts;
import gov.hotline.infra.auth.PasswordHasher;
import gov.hotline.infra.auth.PasswordPolicy;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Objects;

/**
 * {@code /api/v1/admin}: users, units, categories and the password policy (ADMIN only; the guard
 * for every admin path is mounted here). Calendar and SLA policies: {@link AdminCalendarRoutes}.
 */
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
    api.route("/admin/*")
        .handler(
            handle(
                ctx -> {
                  Requests.requireRole(ctx, Role.ADMIN);
                  ctx.next();
                }));
    api.get("/admin/users").handler(handle(this::users));
    api.post("/admin/users").handler(handle(this::createUser));
    api.put("/admin/units/:id").handler(handle(this::saveUnit));
    api.put("/admin/categories/:id").handler(handle(this::saveCategory));
    api.get("/admin/password-policy").handler(handle(this::passwordPolicy));
  }

  private void users(RoutingContext ctx) {
    Paging paging = Paging.of(ctx, Paging.MAX_SIZE);
    var list = tx.inTransaction(r -> r.users().all());
    Requests.ok(
        ctx,
        paging
            .into(new JsonObject())
            .put("total", list.size())
            .put("items", Requests.array(paging.slice(list), AdminRoutes::userJson)));
  }

  private void createUser(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    String unit = in.text("unitId");
    User u =
        accounts.create(
            actor,
            in.text("username"),
            in.text("displayName"),
            in.text("password"),
            in.enumValue("role", Role.class, "角色"),
            unit == null || unit.isBlank() ? null : UnitId.of(unit.trim()));
    Requests.json(ctx, 201, userJson(u));
  }

  private static JsonObject userJson(User u) {
    return new JsonObject()
        .put("id", u.id().value())
        .put("username", u.username())
        .put("displayName", u.displayName())
        .put("role", u.role().name())
        .put("roleLabel", u.role().label())
        .put("unitId", u.unitId().value())
        .put("enabled", u.enabled());
  }

  private void saveUnit(RoutingContext ctx) {
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    UnitType type = in.enumValue("type", UnitType.class, "单位类型");
    if (type == null) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：单位类型（type）");
    }
    String parent = in.text("parentId");
    OrgUnit unit =
        new OrgUnit(
            UnitId.of(ctx.pathParam("id")),
            parent == null ? null : UnitId.of(parent),
            Objects.toString(in.text("name"), "").strip(),
            type,
            in.textList("aliases"),
            !Boolean.FALSE.equals(in.bool("active")));
    Requests.ok(ctx, DirectoryRoutes.unitJson(admin.saveUnit(Requests.actor(ctx), unit)));
  }

  private void saveCategory(RoutingContext ctx) {
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    String parent = in.text("parentId");
    String order = in.text("sortOrder");
    Category c =
        new Category(
            CategoryId.of(ctx.pathParam("id")),
            parent == null ? null : CategoryId.of(parent),
            Objects.toString(in.text("name"), "").strip(),
            order == null ? 0 : parseInt(order, "sortOrder"),
            !Boolean.FALSE.equals(in.bool("active")));
    Requests.ok(ctx, DirectoryRoutes.categoryJson(admin.saveCategory(Requests.actor(ctx), c)));
  }

  private void passwordPolicy(RoutingContext ctx) {
    Requests.ok(
        ctx,
        new JsonObject()
            .put("minLength", PasswordPolicy.MIN_LENGTH)
            .put("maxBytes", PasswordHasher.MAX_BYTES)
            .put("rules", new JsonArray(PasswordPolicy.RULES)));
  }

  private static int parseInt(String v, String field) {
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw DomainException.invalid("INVALID_FIELD_TYPE", "字段 " + field + " 必须是整数");
    }
  }
}
