package gov.hotline.infra.http;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The HTTP edge. Deployed as many instances on virtual threads: handlers call blocking services (jOOQ) directly,
 * and the instances share one listening port, so requests on different connections run side by side.
 */
public final class ApiVerticle extends VerticleBase {
  private final String host;
  private final int port;
  private final long maxBodyBytes;
  private final Duration idleTimeout;
  private final Consumer<Router> rootRoutes;
  private final List<Consumer<Router>> apiRoutes;
  private HttpServer server;

  public ApiVerticle(String host, int port, long maxBodyBytes, Duration idleTimeout, Consumer<Router> rootRoutes,
                     List<Consumer<Router>> apiRoutes) {
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
    Router api = Router.router(vertx);
    api.route().handler(BodyHandler.create(false).setBodyLimit(maxBodyBytes));
    api.route().handler(InputGuard::check);
    apiRoutes.forEach(r -> r.accept(api));
    api.route().handler(ctx -> ApiErrors.send(ctx, 404, "NOT_FOUND", "接口不存在：" + ctx.request().method() + " "
        + ctx.request().path()));
    root.route("/api/v1/*").subRouter(api);
    rootRoutes.accept(root);
    // a minimal page until the Vue console lands; the console build will replace webroot/
    root.route("/*").handler(StaticHandler.create("webroot").setCachingEnabled(false));
    root.route().failureHandler(ApiErrors::handle);
    api.route().failureHandler(ApiErrors::handle);
    // long enough for a 1,000-character Chinese search URL-encoded in the query string (the API answers it itself)
    server = vertx.createHttpServer(new HttpServerOptions().setHost(host).setPort(port)
        .setCompressionSupported(true).setMaxInitialLineLength(32 * 1024)
        .setIdleTimeout((int) idleTimeout.toSeconds()).setIdleTimeoutUnit(TimeUnit.SECONDS));
    // the idle timeout also ends a connection that stops half-way through its headers (live streams ping every 15 s)
    return server.requestHandler(root).listen();
  }

  /** The port actually bound (useful when configured as 0). */
  public int actualPort() {
    return server.actualPort();
  }
}
