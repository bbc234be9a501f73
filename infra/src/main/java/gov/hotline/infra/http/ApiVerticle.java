package gov.hotline.infra.http;

import gov.hotline.core.error.DomainException;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The HTTP edge. Deployed as many instances on virtual threads: handlers call blocking services
 * (jOOQ) directly, and the instances share one listening port, so requests on different connections
 * run side by side.
 */
public final class ApiVerticle extends VerticleBase {
  static final String WEBROOT = "webroot";
  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  private final String host;
  private final int port;
  private final long maxBodyBytes;
  private final Duration idleTimeout;
  private final Consumer<Router> rootRoutes;
  private final List<Consumer<Router>> apiRoutes;
  private final Uploads uploads;
  private HttpServer server;

  /**
   * File uploads (multipart/form-data to a path ending in {@code /attachments}): streamed to {@code
   * tmpDir} and deleted once answered, up to {@code maxBytes} of request; every other request keeps
   * the JSON body limit.
   */
  public record Uploads(Path tmpDir, long maxBytes) {}

  public ApiVerticle(
      String host,
      int port,
      long maxBodyBytes,
      Duration idleTimeout,
      Consumer<Router> rootRoutes,
      List<Consumer<Router>> apiRoutes,
      Uploads uploads) {
    this.uploads = uploads;
    this.host = host;
    this.port = port;
    this.maxBodyBytes = maxBodyBytes;
    this.idleTimeout = idleTimeout;
    this.rootRoutes = rootRoutes;
    this.apiRoutes = apiRoutes;
  }

  @Override
  public Future<?> start() {
    Router root = Router.router(vertx);
    root.route().handler(SecurityHeaders::add);
    Router api = apiRouter(vertx, maxBodyBytes, uploads, apiRoutes);
    root.route("/api/v1/*").subRouter(api);
    rootRoutes.accept(root);
    mountConsole(root);
    root.route().failureHandler(ApiErrors::handle);
    // long enough for a 1,000-character Chinese search URL-encoded in the query string (the API
    // answers it itself)
    server =
        vertx.createHttpServer(
            new HttpServerOptions()
                .setHost(host)
                .setPort(port)
                .setCompressionSupported(true)
                .setMaxInitialLineLength(32 * 1024)
                .setIdleTimeout((int) idleTimeout.toSeconds())
                .setIdleTimeoutUnit(TimeUnit.SECONDS));
    // the idle timeout also ends a connection that stops half-way through its headers (live streams
    // ping every 15 s)
    return server.requestHandler(root).listen();
  }

  /**
   * The router of {@code /api/v1}: body limit, every context's routes in order, the 404 fallback
   * and the failure handler. Public so that the contract test walks exactly what the server mounts.
   */
  public static Router apiRouter(Vertx vertx, long maxBodyBytes, List<Consumer<Router>> apiRoutes) {
    return apiRouter(vertx, maxBodyBytes, null, apiRoutes);
  }

  /** As above, with file uploads (null: none). */
  public static Router apiRouter(
      Vertx vertx, long maxBodyBytes, Uploads uploads, List<Consumer<Router>> apiRoutes) {
    Router api = Router.router(vertx);
    BodyHandler json = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
    if (uploads == null) {
      api.route().handler(json);
    } else {
      BodyHandler files =
          BodyHandler.create(uploads.tmpDir().toString())
              .setBodyLimit(uploads.maxBytes())
              .setDeleteUploadedFilesOnEnd(true)
              .setMergeFormAttributes(false);
      api.route()
          .handler(
              ctx -> {
                String type = ctx.request().getHeader("Content-Type");
                boolean upload =
                    ctx.request().method() == HttpMethod.POST
                        && type != null
                        && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                        && ctx.request().path().endsWith("/attachments");
                (upload ? files : json).handle(ctx);
              });
    }
    api.route().handler(InputGuard::check);
    apiRoutes.forEach(r -> r.accept(api));
    api.route().handler(ApiVerticle::noRouteTookIt);
    api.route().failureHandler(ApiErrors::handle);
    return api;
  }

  /** 404: what a route passed on ({@link Requests#notThisRoute}), or that there is no such API. */
  private static void noRouteTookIt(RoutingContext ctx) {
    DomainException unmatched = ctx.get(Requests.UNMATCHED);
    if (unmatched != null) {
      ApiErrors.send(ctx, unmatched);
    } else {
      ApiErrors.send(
          ctx, 404, "NOT_FOUND", "接口不存在：" + ctx.request().method() + " " + ctx.request().path());
    }
  }

  /**
   * The web console (the console module's {@code webroot/} on the classpath) at {@code /}: hashed
   * assets cached for a year, {@code index.html} never cached, and every other page path without a
   * file extension answered with {@code index.html} (history-mode routing in the browser).
   */
  private void mountConsole(Router root) {
    Buffer index = readIndex();
    Handler<RoutingContext> sendIndex =
        ctx ->
            ctx.response()
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .end(index);
    root.get("/").handler(sendIndex);
    root.get("/index.html").handler(sendIndex);
    root.get("/assets/*")
        .handler(
            ctx -> {
              ctx.addHeadersEndHandler(
                  v -> {
                    int status = ctx.response().getStatusCode();
                    if (status == 200 || status == 206 || status == 304) {
                      ctx.response().putHeader("Cache-Control", IMMUTABLE);
                    }
                  });
              ctx.next();
            });
    root.route("/*")
        .handler(
            StaticHandler.create(WEBROOT)
                .setCachingEnabled(false)
                .setDirectoryListing(false)
                .setIncludeHidden(false));
    root.get("/*")
        .handler(
            ctx -> {
              String path = ctx.normalizedPath();
              String last = path.substring(path.lastIndexOf('/') + 1);
              if (path.startsWith("/api/") || last.contains(".")) {
                ctx.next();
              } else {
                sendIndex.handle(ctx);
              }
            });
  }

  private static Buffer readIndex() {
    try (InputStream in =
        ApiVerticle.class.getClassLoader().getResourceAsStream(WEBROOT + "/index.html")) {
      if (in != null) {
        return Buffer.buffer(in.readAllBytes());
      }
    } catch (IOException e) {
      // the page below says what is missing
    }
    return Buffer.buffer(
        "<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>12345 热线平台</title>"
            + "<p>Web 控制台未构建：请安装 Node.js 20.19+ 后执行 <code>./hotline build</code>。接口位于 /api/v1。</p></html>");
  }

  /** The port actually bound (useful when configured as 0). */
  public int actualPort() {
    return server.actualPort();
  }
}
