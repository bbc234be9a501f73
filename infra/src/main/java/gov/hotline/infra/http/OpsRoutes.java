package gov.hotline.infra.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * {@code /health} (database, AMI links and their ingestion) and {@code /metrics} (Prometheus text); no login, no
 * citizen data. The database decides UP/DOWN (503). An AMI link that is down, or ingestion that lags beyond its
 * threshold, fails to store or could not fold messages lately, makes the status DEGRADED, still 200: a load
 * balancer's probe asks whether this instance can serve the API, and it can (taking it out of rotation would not
 * bring the PBX's events in). {@code /health/ingestion} answers the other question for monitoring that reads only
 * status codes: 503 while any PBX's ingestion is DOWN or DEGRADED.
 */
public final class OpsRoutes {
  private final BooleanSupplier databaseHealthy;
  private final PrometheusMeterRegistry registry;
  private final Supplier<JsonObject> ami;

  public OpsRoutes(BooleanSupplier databaseHealthy, PrometheusMeterRegistry registry, Supplier<JsonObject> ami) {
    this.databaseHealthy = databaseHealthy;
    this.registry = registry;
    this.ami = ami;
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
    JsonObject body = new JsonObject().put("status", !db ? "DOWN" : amiDown ? "DEGRADED" : "UP")
        .put("checks", new JsonObject().put("database", new JsonObject().put("status", db ? "UP" : "DOWN")
            .put("latencyMs", ms)).put("ami", amiCheck));
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
    ctx.response().putHeader("content-type", "text/plain; version=0.0.4; charset=utf-8").end(registry.scrape());
  }
}
