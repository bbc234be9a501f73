package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.User;
import gov.hotline.infra.auth.Accounts;
import gov.hotline.infra.auth.TokenService;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * Log-in, the current user and the guard in front of every other API: a bearer token, or the console's HttpOnly
 * SameSite=Strict session cookie (which browsers never send cross-site, so it is CSRF-safe).
 */
public final class AuthRoutes {
  static final String COOKIE = "hotline_token";

  private final Accounts accounts;
  private final TokenService tokens;
  private final ReferenceData reference;

  public AuthRoutes(Accounts accounts, TokenService tokens, ReferenceData reference) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.reference = reference;
  }

  public void mount(Router api) {
    api.post("/auth/login").handler(handle(this::login));
    api.route().handler(this::authenticate);
    api.get("/auth/me").handler(handle(this::me));
    api.post("/auth/logout").handler(handle(this::logout));
  }

  private void login(RoutingContext ctx) {
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    User user = accounts.login(in.text("username"), in.text("password"));
    String token = tokens.issue(user.asActor());
    ctx.response().addCookie(Cookie.cookie(COOKIE, token).setHttpOnly(true).setPath("/")
        .setSameSite(CookieSameSite.STRICT).setMaxAge(tokens.ttl().toSeconds()));
    Requests.ok(ctx, new JsonObject().put("token", token).put("tokenType", "Bearer")
        .put("expiresInSeconds", tokens.ttl().toSeconds()).put("user", userJson(user.asActor(), user.displayName())));
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
    Optional<Actor> actor = tokens.verify(token);
    if (actor.isEmpty()) {
      ApiErrors.send(ctx, new DomainException(ErrorKind.UNAUTHENTICATED, "UNAUTHENTICATED",
          token == null ? "请先登录" : "登录已失效，请重新登录"));
      return;
    }
    ctx.put(Requests.ACTOR, actor.get());
    ctx.next();
  }

  private void me(RoutingContext ctx) {
    Actor a = Requests.actor(ctx);
    Requests.ok(ctx, userJson(a, accounts.byId(a.userId()).map(User::displayName).orElse(a.username())));
  }

  private void logout(RoutingContext ctx) {
    ctx.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setMaxAge(0).setHttpOnly(true)
        .setSameSite(CookieSameSite.STRICT));
    Requests.ok(ctx, new JsonObject().put("loggedOut", true));
  }

  private JsonObject userJson(Actor a, String displayName) {
    String unitName = reference.orgTree().find(a.unitId()).map(u -> u.name()).orElse(null);
    return new JsonObject().put("id", a.userId().value()).put("username", a.username())
        .put("displayName", displayName).put("role", a.role().name()).put("roleLabel", a.role().label())
        .put("unitId", a.unitId().value()).put("unitName", unitName);
  }
}
