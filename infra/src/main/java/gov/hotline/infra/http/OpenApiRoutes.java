package gov.hotline.infra.http;

import gov.hotline.infra.http.openapi.OpenApiDocument;
import io.vertx.ext.web.Router;

/**
 * {@code GET /openapi.json}: the API contract, readable without login (mounted before
 * authentication).
 */
public final class OpenApiRoutes {
  private final String document = OpenApiDocument.build().encodePrettily();

  public void mount(Router api) {
    api.get("/openapi.json")
        .handler(
            ctx ->
                ctx.response()
                    .putHeader("content-type", "application/json; charset=utf-8")
                    .putHeader("Cache-Control", "no-cache")
                    .end(document));
  }
}
