package gov.hotline.infra.http;

import io.vertx.ext.web.RoutingContext;
import java.util.Set;

/**
 * The client's address: the socket's peer, or — when that peer is a trusted reverse proxy ({@code
 * HOTLINE_TRUSTED_PROXIES}) — the last address in X-Forwarded-For that is not a trusted proxy.
 * Anything else in X-Forwarded-For is ignored, so a client cannot choose its own address for the
 * throttle or the audit log.
 */
public final class ClientAddress {
  static final String KEY = "client-address";

  private final Set<String> trustedProxies;

  public ClientAddress(Set<String> trustedProxies) {
    this.trustedProxies = Set.copyOf(trustedProxies);
  }

  /** Router handler: resolves the address once per request. */
  public void resolve(RoutingContext ctx) {
    ctx.put(KEY, of(ctx));
    ctx.next();
  }

  String of(RoutingContext ctx) {
    var remote = ctx.request().remoteAddress();
    String peer = remote == null ? "unknown" : remote.hostAddress();
    String forwarded = ctx.request().getHeader("X-Forwarded-For");
    if (forwarded == null || !trustedProxies.contains(peer)) {
      return peer;
    }
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].trim();
      if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
        return hop.length() > 64 ? hop.substring(0, 64) : hop;
      }
    }
    return peer;
  }

  /** The address resolved for this request. */
  public static String of(RoutingContext ctx, String fallback) {
    String a = ctx.get(KEY);
    return a == null ? fallback : a;
  }
}
