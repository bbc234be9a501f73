package gov.hotline.infra.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * {@code /health} (database, AMI links) and {@code /metrics} (Prometheus text); no login, no citizen data. The
 * database decides UP/DOWN (503); an AMI link that is down makes the status DEGRADED, still 200, because the rest
 * of the platform works and the gap is repaired afterwards.
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
    root.get("/metrics").handler(this::metrics);
  }

  private void health(RoutingContext ctx) {
    long start = System.nanoTime();
    boolean db = databaseHealthy.getAsBoolean();
    long ms = (System.nanoTime() - start) / 1_000_000;
    JsonObject amiCheck = ami.get();
    boolean amiDown = "DOWN".equals(amiCheck.getString("status"));
    JsonObject body = new JsonObject().put("status", !db ? "DOWN" : amiDown ? "DEGRADED" : "UP")
        .put("checks", new JsonObject().put("database", new JsonObject().put("status", db ? "UP" : "DOWN")
            .put("latencyMs", ms)).put("ami", amiCheck));
    Requests.json(ctx, db ? 200 : 503, body);
  }

  private void metrics(RoutingContext ctx) {
    ctx.response().putHeader("content-type", "text/plain; version=0.0.4; charset=utf-8").end(registry.scrape());
  }
}
