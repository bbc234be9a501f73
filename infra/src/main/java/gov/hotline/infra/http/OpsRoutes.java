package gov.hotline.infra.http;

import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code /health} (database, AMI links and their ingestion; no login, no citizen data) and {@code
 * /metrics} (Prometheus text) for the bearer token {@code HOTLINE_METRICS_TOKEN} or an ADMIN
 * session only. The database decides UP/DOWN (503). An AMI link that is down, or ingestion that
 * lags beyond its threshold, fails to store or could not fold messages lately, makes the status
 * DEGRADED, still 200: a load balancer's probe asks whether this instance can serve the API, and it
 * can (taking it out of rotation would not bring the PBX's events in). {@code /health/ingestion}
 * answers the other question for monitoring that reads only status codes: 503 while any PBX's
 * ingestion is DOWN or DEGRADED.
 */
public final class OpsRoutes {
  private final BooleanSupplier databaseHealthy;
  private final PrometheusMeterRegistry registry;
  private final Supplier<JsonObject> ami;
  private final Supplier<JsonObject> search;
  private final byte[] metricsToken;
  private final Function<String, Optional<Actor>> sessions;

  public OpsRoutes(
      BooleanSupplier databaseHealthy,
      PrometheusMeterRegistry registry,
      Supplier<JsonObject> ami,
      Supplier<JsonObject> search,
      String metricsToken,
      Function<String, Optional<Actor>> sessions) {
    this.databaseHealthy = databaseHealthy;
    this.registry = registry;
    this.ami = ami;
    this.search = search;
    this.metricsToken =
        metricsToken == null || metricsToken.isEmpty()
            ? null
            : metricsToken.getBytes(StandardCharsets.UTF_8);
    this.sessions = sessions;
  }

  public void mount(Router root) {
    root.get("/health").handler(this::health);
    root.get("/health/ingestion").handler(this::ingestion);
    root.get("/metrics").handler(this::metrics);
  }

  private void health(RoutingContext ctx) {
    long start = System.nanoTime();
    boolean db = databaseHealthy.getAsBoolean();
    long ms = (System.nanoTime() - start) / 1_000_000;
    JsonObject amiCheck = ami.get();
    boolean amiDown = troubled(amiCheck);
    // the search engine's state as its periodic check last saw it: no request waits on it here
    JsonObject searchCheck = search.get();
    boolean searchDown = troubled(searchCheck);
    JsonObject body =
        new JsonObject()
            .put("status", !db ? "DOWN" : amiDown || searchDown ? "DEGRADED" : "UP")
            .put(
                "checks",
                new JsonObject()
                    .put(
                        "database",
                        new JsonObject().put("status", db ? "UP" : "DOWN").put("latencyMs", ms))
                    .put("ami", amiCheck)
                    .put("search", searchCheck));
    Requests.json(ctx, db ? 200 : 503, body);
  }

  private void ingestion(RoutingContext ctx) {
    JsonObject amiCheck = ami.get();
    Requests.json(ctx, troubled(amiCheck) ? 503 : 200, amiCheck);
  }

  private static boolean troubled(JsonObject amiCheck) {
    String status = amiCheck.getString("status");
    return "DOWN".equals(status) || "DEGRADED".equals(status);
  }

  private void metrics(RoutingContext ctx) {
    String header = ctx.request().getHeader("Authorization");
    String bearer =
        header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
            ? header.substring(7).trim()
            : null;
    if (bearer == null) {
      var c = ctx.request().getCookie(AuthRoutes.COOKIE);
      bearer = c == null ? null : c.getValue();
    }
    boolean byToken =
        metricsToken != null
            && bearer != null
            && MessageDigest.isEqual(metricsToken, bearer.getBytes(StandardCharsets.UTF_8));
    if (!byToken) {
      Optional<Actor> actor = bearer == null ? Optional.empty() : sessions.apply(bearer);
      if (actor.isEmpty()) {
        ApiErrors.send(ctx, 401, "UNAUTHENTICATED", "请提供监控令牌（HOTLINE_METRICS_TOKEN）或以系统管理员身份登录");
        return;
      }
      if (actor.get().role() != Role.ADMIN) {
        ApiErrors.send(ctx, 403, "FORBIDDEN", "仅限系统管理员或监控令牌访问监控指标");
        return;
      }
    }
    ctx.response()
        .putHeader("content-type", "text/plain; version=0.0.4; charset=utf-8")
        .end(registry.scrape());
  }
}
