package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.user.Role;
import gov.hotline.core.user.User;
import gov.hotline.infra.auth.Session;
import gov.hotline.infra.auth.Sessions;
import gov.hotline.infra.auth.UserAdmin;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;

/**
 * {@code /api/v1/admin}: changing users (role, unit, enabled, display name, password reset) and the
 * login sessions (list, end one). Mounted after {@link AdminRoutes}, whose guard lets only ADMIN
 * through.
 */
public final class AdminUserRoutes {
  private final UserAdmin users;
  private final Sessions sessions;

  public AdminUserRoutes(UserAdmin users, Sessions sessions) {
    this.users = users;
    this.sessions = sessions;
  }

  public void mount(Router api) {
    api.put("/admin/users/:id").handler(handle(this::update));
    api.post("/admin/users/:id/password").handler(handle(this::resetPassword));
    api.post("/admin/users/:id/logout").handler(handle(this::forceLogout));
    api.get("/admin/sessions").handler(handle(this::list));
    api.delete("/admin/sessions/:id").handler(handle(this::end));
  }

  private void update(RoutingContext ctx) {
    var actor = Requests.requireRole(ctx, Role.ADMIN);
    UserId id = new UserId(Requests.longParam(ctx, "id", "用户"));
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    String unit = in.text("unitId");
    var changed =
        users.update(
            actor,
            id,
            new UserAdmin.Change(
                in.enumValue("role", Role.class, "角色"),
                unit == null || unit.isBlank() ? null : UnitId.of(unit.trim()),
                in.bool("enabled"),
                in.text("displayName")));
    Requests.ok(ctx, userJson(changed.user()).put("sessionsEnded", changed.sessionsEnded()));
  }

  private void resetPassword(RoutingContext ctx) {
    var actor = Requests.requireRole(ctx, Role.ADMIN);
    UserId id = new UserId(Requests.longParam(ctx, "id", "用户"));
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    var changed = users.resetPassword(actor, id, in.text("password"));
    Requests.ok(ctx, userJson(changed.user()).put("sessionsEnded", changed.sessionsEnded()));
  }

  /**
   * 强制下线: ends every open session of the user at once; the account stays usable for a new login.
   */
  private void forceLogout(RoutingContext ctx) {
    var actor = Requests.requireRole(ctx, Role.ADMIN);
    UserId id = new UserId(Requests.longParam(ctx, "id", "用户"));
    var ended = users.forceLogout(actor, id);
    Requests.ok(
        ctx,
        userJson(ended.user())
            .put("sessionsEnded", ended.sessionsEnded())
            .put(
                "message",
                ended.sessionsEnded() == 0
                    ? "该用户当前没有在线会话"
                    : "已强制下线 " + ended.sessionsEnded() + " 个会话"));
  }

  private void list(RoutingContext ctx) {
    Requests.requireRole(ctx, Role.ADMIN);
    boolean all = "true".equals(Requests.query(ctx, "all"));
    int limit = Math.max(1, Math.min(1000, Requests.intQuery(ctx, "limit", 200)));
    Requests.ok(
        ctx,
        new JsonObject()
            .put(
                "items",
                Requests.array(
                    sessions.list(!all, limit), s -> sessionJson(s, ctx.get(AuthRoutes.SESSION)))));
  }

  private void end(RoutingContext ctx) {
    Requests.requireRole(ctx, Role.ADMIN);
    String id = ctx.pathParam("id");
    if (id.length() > 64 || sessions.byId(id).isEmpty()) {
      throw DomainException.notFound("SESSION_NOT_FOUND", "会话不存在");
    }
    boolean ended = sessions.end(id, "ENDED_BY_ADMIN");
    Audited.record(ctx, "SESSION_END", "session " + id, ended ? "SUCCESS" : "FAILURE", null);
    Requests.ok(
        ctx,
        new JsonObject()
            .put("id", id)
            .put("ended", ended)
            .put("message", ended ? "会话已结束" : "会话此前已结束"));
  }

  static JsonObject userJson(User u) {
    return new JsonObject()
        .put("id", u.id().value())
        .put("username", u.username())
        .put("displayName", u.displayName())
        .put("role", u.role().name())
        .put("roleLabel", u.role().label())
        .put("unitId", u.unitId().value())
        .put("enabled", u.enabled());
  }

  private static JsonObject sessionJson(Session s, String current) {
    return new JsonObject()
        .put("id", s.id())
        .put("userId", s.userId())
        .put("username", s.username())
        .put("role", s.role())
        .put("createdAt", time(s.createdAt()))
        .put("lastSeenAt", time(s.lastSeenAt()))
        .put("expiresAt", time(s.expiresAt()))
        .put("revokedAt", time(s.revokedAt()))
        .put("revokedReason", s.revokedReason())
        .put("clientAddress", s.clientAddress())
        .put("userAgent", s.userAgent())
        .put("current", s.id().equals(current));
  }

  private static String time(Instant t) {
    return t == null ? null : t.toString();
  }
}
