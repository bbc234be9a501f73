package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.core.user.User;
import gov.hotline.infra.audit.AuditLog;
import gov.hotline.infra.auth.Accounts;
import gov.hotline.infra.auth.Sessions;
import gov.hotline.infra.auth.TokenService;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * Log-in, the current user and the guard in front of every other API: a bearer token, or the
 * console's HttpOnly SameSite=Strict session cookie (which browsers never send cross-site, so it is
 * CSRF-safe; {@code Secure} with {@code HOTLINE_COOKIE_SECURE=true} behind TLS). Both name a
 * session that every request checks ({@link Sessions}).
 */
public final class AuthRoutes {
  static final String COOKIE = "hotline_token";
  static final String SESSION = "session-id";

  private final Accounts accounts;
  private final Sessions sessions;
  private final ReferenceData reference;
  private final ClientAddress clients;
  private final boolean secureCookie;
  private final AuditLog audit;

  public AuthRoutes(
      Accounts accounts,
      Sessions sessions,
      ReferenceData reference,
      ClientAddress clients,
      boolean secureCookie,
      AuditLog audit) {
    this.audit = audit;
    this.accounts = accounts;
    this.sessions = sessions;
    this.reference = reference;
    this.clients = clients;
    this.secureCookie = secureCookie;
  }

  public void mount(Router api) {
    api.route()
        .handler(
            ctx -> {
              Audited.attach(ctx, audit);
              clients.resolve(ctx);
            });
    api.post("/auth/login").handler(handle(this::login));
    api.route().handler(this::authenticate);
    api.route()
        .handler(
            ctx -> {
              if (Requests.actor(ctx).role() == Role.ADMIN) {
                Audited.adminChange(ctx); // every change an admin makes, wherever it is
              } else {
                ctx.next();
              }
            });
    api.get("/auth/me").handler(handle(this::me));
    api.post("/auth/logout").handler(handle(this::logout));
  }

  private void login(RoutingContext ctx) {
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    String client = Requests.client(ctx);
    String username = in.text("username");
    User user;
    try {
      user = accounts.login(username, in.text("password"), client);
    } catch (DomainException e) {
      Audited.record(
          ctx,
          username == null ? null : username.strip(),
          "LOGIN",
          null,
          e.kind() == ErrorKind.TOO_MANY_REQUESTS ? "THROTTLED" : AuditLog.FAILURE,
          e.code());
      throw e;
    }
    ctx.put(Requests.ACTOR, user.asActor());
    Sessions.Issued issued =
        sessions.open(user.asActor(), client, ctx.request().getHeader("User-Agent"));
    Audited.record(ctx, "LOGIN", "session " + issued.session().id(), AuditLog.SUCCESS, null);
    ctx.response().addCookie(cookie(issued.token()).setMaxAge(sessions.ttl().toSeconds()));
    Requests.ok(
        ctx,
        new JsonObject()
            .put("token", issued.token())
            .put("tokenType", "Bearer")
            .put("expiresInSeconds", sessions.ttl().toSeconds())
            .put("sessionId", issued.session().id())
            .put("user", userJson(user.asActor(), user.displayName())));
  }

  private Cookie cookie(String value) {
    return Cookie.cookie(COOKIE, value)
        .setHttpOnly(true)
        .setPath("/")
        .setSameSite(CookieSameSite.STRICT)
        .setSecure(secureCookie);
  }

  private void authenticate(RoutingContext ctx) {
    String header = ctx.request().getHeader("Authorization");
    String token = null;
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      token = header.substring(7).trim();
    } else {
      Cookie c = ctx.request().getCookie(COOKIE);
      token = c == null ? null : c.getValue();
    }
    Optional<TokenService.Claims> claims;
    try {
      claims = sessions.authenticate(token);
    } catch (RuntimeException e) {
      ctx.fail(e);
      return;
    }
    if (claims.isEmpty()) {
      ApiErrors.send(
          ctx,
          new DomainException(
              ErrorKind.UNAUTHENTICATED,
              "UNAUTHENTICATED",
              token == null ? "请先登录" : "登录已失效，请重新登录"));
      return;
    }
    ctx.put(Requests.ACTOR, claims.get().actor());
    ctx.put(SESSION, claims.get().sessionId());
    ctx.next();
  }

  private void me(RoutingContext ctx) {
    Actor a = Requests.actor(ctx);
    Requests.ok(
        ctx,
        userJson(a, accounts.byId(a.userId()).map(User::displayName).orElse(a.username()))
            .put("sessionId", (String) ctx.get(SESSION)));
  }

  private void logout(RoutingContext ctx) {
    Requests.actor(ctx);
    sessions.end(ctx.get(SESSION), "LOGOUT");
    Audited.record(ctx, "LOGOUT", "session " + ctx.get(SESSION), AuditLog.SUCCESS, null);
    ctx.response().addCookie(cookie("").setMaxAge(0));
    Requests.ok(ctx, new JsonObject().put("loggedOut", true));
  }

  private JsonObject userJson(Actor a, String displayName) {
    String unitName = reference.orgTree().find(a.unitId()).map(u -> u.name()).orElse(null);
    return new JsonObject()
        .put("id", a.userId().value())
        .put("username", a.username())
        .put("displayName", displayName)
        .put("role", a.role().name())
        .put("roleLabel", a.role().label())
        .put("unitId", a.unitId().value())
        .put("unitName", unitName);
  }
}
