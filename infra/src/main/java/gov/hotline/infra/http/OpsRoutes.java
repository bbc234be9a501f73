package gov.hotline.infra.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.BooleanSupplier;

/** {@code /health} (database status) and {@code /metrics} (Prometheus text); no login, no citizen data. */
public final class OpsRoutes {
  private final BooleanSupplier databaseHealthy;
  private final PrometheusMeterRegistry registry;

  public OpsRoutes(BooleanSupplier databaseHealthy, PrometheusMeterRegistry registry) {
    this.databaseHealthy = databaseHealthy;
    this.registry = registry;
  }

  public void mount(Router root) {
    root.get("/health").handler(this::health);
    root.get("/metrics").handler(this::metrics);
  }

  private void health(RoutingContext ctx) {
    long start = System.nanoTime();
    boolean db = databaseHealthy.getAsBoolean();
    long ms = (System.nanoTime() - start) / 1_000_000;
    JsonObject body = new JsonObject().put("status", db ? "UP" : "DOWN")
        .put("checks", new JsonObject().put("database", new JsonObject().put("status", db ? "UP" : "DOWN")
            .put("latencyMs", ms)));
    Requests.json(ctx, db ? 200 : 503, body);
  }

  private void metrics(RoutingContext ctx) {
    ctx.response().putHeader("content-type", "text/plain; version=0.0.4; charset=utf-8").end(registry.scrape());
  }
}
