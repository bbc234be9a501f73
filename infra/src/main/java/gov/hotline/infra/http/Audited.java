package gov.hotline.infra.http;

import gov.hotline.core.user.Actor;
import gov.hotline.infra.audit.AuditLog;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * The audit log as routes reach it: from the request context, with the actor and client address of
 * the request.
 */
final class Audited {
  static final String KEY = "audit-log";

  private Audited() {}

  /** Router handler: makes the log reachable for this request. */
  static void attach(RoutingContext ctx, AuditLog log) {
    ctx.put(KEY, log);
  }

  static void record(
      RoutingContext ctx, String action, String target, String result, String detail) {
    record(ctx, null, action, target, result, detail);
  }

  /** Records for the request's actor, or — before login — for the user name given. */
  static void record(
      RoutingContext ctx,
      String username,
      String action,
      String target,
      String result,
      String detail) {
    AuditLog log = ctx.get(KEY);
    if (log == null) {
      return;
    }
    Actor actor = ctx.get(Requests.ACTOR);
    log.record(actor, username, action, target, Requests.client(ctx), result, detail);
  }

  /**
   * Router handler for admin paths: every change (not GET) is recorded with its outcome once
   * answered.
   */
  static void adminChange(RoutingContext ctx) {
    if (ctx.request().method() != HttpMethod.GET && ctx.request().method() != HttpMethod.HEAD) {
      String target = ctx.request().method() + " " + ctx.request().path();
      ctx.addHeadersEndHandler(
          v -> {
            int status = ctx.response().getStatusCode();
            if (status != 403) { // denials are recorded as FORBIDDEN already
              record(
                  ctx,
                  "ADMIN_CHANGE",
                  target,
                  status < 400 ? AuditLog.SUCCESS : AuditLog.FAILURE,
                  "HTTP " + status);
            }
          });
    }
    ctx.next();
  }
}
