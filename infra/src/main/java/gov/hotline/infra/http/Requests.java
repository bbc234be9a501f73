package gov.hotline.infra.http;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Small helpers every route uses: the authenticated actor, role checks, JSON replies, path ids. */
public final class Requests {
  static final String ACTOR = "actor";
  static final String UNMATCHED = "unmatched";

  private Requests() {}

  public static Actor actor(RoutingContext ctx) {
    Actor a = ctx.get(ACTOR);
    if (a == null) {
      throw new DomainException(ErrorKind.UNAUTHENTICATED, "UNAUTHENTICATED", "请先登录");
    }
    return a;
  }

  /** The actor, if it has one of the roles; else 403 with the roles that may. */
  public static Actor requireRole(RoutingContext ctx, Role... roles) {
    return actor(ctx).requireOneOf(List.of(roles));
  }

  /**
   * The client's address as {@link ClientAddress} resolved it (for throttling and the audit log).
   */
  public static String client(RoutingContext ctx) {
    var remote = ctx.request().remoteAddress();
    return ClientAddress.of(ctx, remote == null ? "unknown" : remote.hostAddress());
  }

  public static long longParam(RoutingContext ctx, String name, String label) {
    String v = ctx.pathParam(name);
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw DomainException.notFound("NOT_FOUND", label + "不存在：" + v);
    }
  }

  public static int intQuery(RoutingContext ctx, String name, int def) {
    String v = ctx.request().getParam(name);
    if (v == null || v.isBlank()) {
      return def;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw DomainException.invalid("INVALID_PARAM", "参数 " + name + " 必须是整数：" + v);
    }
  }

  public static String query(RoutingContext ctx, String name) {
    String v = ctx.request().getParam(name);
    return v == null || v.isBlank() ? null : v.trim();
  }

  /**
   * A query parameter that is a date (the whole day in the hotline's {@code zone}: its start, or
   * with {@code endOfDay} the next day's start, so that a {@code to} date is inclusive) or an ISO
   * instant; null if absent.
   */
  public static Instant timeQuery(RoutingContext ctx, String name, ZoneId zone, boolean endOfDay) {
    String v = query(ctx, name);
    if (v == null) {
      return null;
    }
    if (v.indexOf('T') < 0) { // a date, also an out-of-range one such as -999999999-01-01
      var day = JsonInput.parseDate(v, name, "日期");
      return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
    }
    return JsonInput.parseInstant(v, name, "时间");
  }

  public static void json(RoutingContext ctx, int status, Object body) {
    String text = body instanceof JsonObject o ? o.encode() : ((JsonArray) body).encode();
    Idempotency.answered(ctx, status, "application/json; charset=utf-8", text);
    ctx.response()
        .setStatusCode(status)
        .putHeader("content-type", "application/json; charset=utf-8")
        .end(text);
  }

  public static void ok(RoutingContext ctx, Object body) {
    json(ctx, 200, body);
  }

  /**
   * Passes a request on to the routes after this one, as a route does whose path pattern matched a
   * request that is not its own; if no later route takes it, the api router's fallback answers with
   * {@code ifNoneTakesIt} instead of a plain 404.
   */
  public static void notThisRoute(RoutingContext ctx, DomainException ifNoneTakesIt) {
    ctx.put(UNMATCHED, ifNoneTakesIt);
    ctx.next();
  }

  /**
   * Runs a handler body and maps its domain errors; handlers run on virtual threads and may block.
   */
  public static Handler<RoutingContext> handle(Consumer<RoutingContext> body) {
    return ctx -> {
      try {
        body.accept(ctx);
      } catch (DomainException e) {
        ApiErrors.send(ctx, e);
      } catch (RuntimeException e) {
        ctx.fail(e);
      }
    };
  }

  /** Maps each element with {@code f} into a JSON array. */
  public static <T> JsonArray array(Iterable<T> items, Function<T, Object> f) {
    JsonArray out = new JsonArray();
    items.forEach(i -> out.add(f.apply(i)));
    return out;
  }
}
