package gov.hotline.infra.http;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers on every response (console pages, API, errors): a Content-Security-Policy fitting the
 * Vite-built Vue console (scripts and connections only from this origin; inline styles allowed
 * because Element Plus sets them; images and media also from data:/blob: URLs for charts and
 * recording playback), no framing, no MIME sniffing, no referrer.
 */
public final class SecurityHeaders {
  public static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data: blob:; media-src 'self' blob:; font-src 'self' data:; connect-src 'self'; "
          + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  public static void add(RoutingContext ctx) {
    MultiMap h = ctx.response().headers();
    h.set("Content-Security-Policy", CSP);
    h.set("X-Content-Type-Options", "nosniff");
    h.set("X-Frame-Options", "DENY");
    h.set("Referrer-Policy", "no-referrer");
    h.set("Cross-Origin-Opener-Policy", "same-origin");
    h.set("Permissions-Policy", "camera=(), geolocation=(), payment=()");
    ctx.next();
  }
}
