package gov.hotline.infra.http;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.infra.auth.TooManyAttempts;
import gov.hotline.infra.db.DatabaseUnreachable;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One mapping from failures to JSON error bodies {@code {"error":{"code","message"}}}; never a
 * stack trace.
 */
public final class ApiErrors {
  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  private ApiErrors() {}

  public static void send(RoutingContext ctx, int status, String code, String message) {
    if (ctx.response().ended()) {
      return;
    }
    JsonObject body =
        new JsonObject().put("error", new JsonObject().put("code", code).put("message", message));
    ctx.response()
        .setStatusCode(status)
        .putHeader("content-type", "application/json; charset=utf-8")
        .end(body.encode());
  }

  public static void send(RoutingContext ctx, DomainException e) {
    if (e.kind() == ErrorKind.FORBIDDEN && !ctx.response().ended()) {
      Audited.record(
          ctx,
          "FORBIDDEN",
          ctx.request().method() + " " + ctx.request().path(),
          "DENIED",
          e.getMessage());
    }
    if (e instanceof TooManyAttempts t && !ctx.response().ended()) {
      ctx.response().putHeader("Retry-After", Long.toString(t.retryAfterSeconds()));
    }
    if (e instanceof PublicRateLimit.Refused r && !ctx.response().ended()) {
      ctx.response().putHeader("Retry-After", Long.toString(r.retryAfterSeconds()));
    }
    send(ctx, e.kind().httpStatus(), e.code(), e.getMessage());
  }

  /**
   * Router failure handler: domain errors as themselves, status-only failures with a Chinese text,
   * the rest 500.
   */
  public static void handle(RoutingContext ctx) {
    Throwable err = ctx.failure();
    if (err instanceof DomainException de) {
      send(ctx, de);
      return;
    }
    if (DatabaseUnreachable.causedBy(err)) {
      // the pool gives up within its connection timeout: the client hears at once, not after 30 s
      LOG.warn(
          "request {} {}: database unreachable: {}",
          ctx.request().method(),
          ctx.request().path(),
          err.getMessage());
      if (!ctx.response().ended()) {
        ctx.response().putHeader("Retry-After", "5");
      }
      send(ctx, 503, "DATABASE_UNAVAILABLE", "数据库暂不可用，请稍后重试");
      return;
    }
    int status = ctx.statusCode();
    switch (status) {
      case 400 -> send(ctx, 400, "BAD_REQUEST", "请求格式不正确");
      case 401 -> send(ctx, 401, "UNAUTHENTICATED", "请先登录");
      case 403 -> send(ctx, 403, "FORBIDDEN", "无权访问");
      case 404 -> send(ctx, 404, "NOT_FOUND", "请求的资源不存在");
      case 405 -> send(ctx, 405, "METHOD_NOT_ALLOWED", "不支持该请求方法");
      case 413 -> send(ctx, 413, "BODY_TOO_LARGE", "请求体过大");
      case 415 -> send(ctx, 415, "UNSUPPORTED_MEDIA_TYPE", "请求体须为 JSON");
      default -> {
        LOG.error("request {} {} failed", ctx.request().method(), ctx.request().path(), err);
        send(ctx, 500, "INTERNAL_ERROR", "服务器内部错误，请稍后重试");
      }
    }
  }
}
