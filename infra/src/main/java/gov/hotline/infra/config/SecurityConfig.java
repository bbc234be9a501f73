package gov.hotline.infra.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Security settings, part of {@link HotlineConfig} (same sources, HOTLINE_* keys): the session
 * cookie's Secure flag for TLS deployments, the reverse proxies whose X-Forwarded-For is believed
 * (for login throttling and the audit log), the bearer token of {@code /metrics}, and the HTTP
 * server's idle timeout (a connection with nothing read or written for that long, also one stuck
 * half-way through its headers, is closed).
 */
public record SecurityConfig(
    boolean cookieSecure, Set<String> trustedProxies, String metricsToken, Duration idleTimeout) {

  static SecurityConfig from(HotlineConfig.Settings s) {
    return new SecurityConfig(
        bool(s, "HOTLINE_COOKIE_SECURE", false),
        Arrays.stream(s.text("HOTLINE_TRUSTED_PROXIES", "").split(","))
            .map(String::trim)
            .filter(v -> !v.isEmpty())
            .collect(Collectors.toUnmodifiableSet()),
        s.text("HOTLINE_METRICS_TOKEN", ""),
        Duration.ofSeconds(s.integer("HOTLINE_HTTP_IDLE_TIMEOUT_SECONDS", 60, 1, 3600)));
  }

  private static boolean bool(HotlineConfig.Settings s, String key, boolean def) {
    String v = s.text(key, null);
    if (v == null || v.isBlank()) {
      return def;
    }
    return switch (v.trim().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw new HotlineConfig.ConfigException(key + " 只能是 true 或 false：" + v);
    };
  }

  @Override
  public String toString() {
    return "cookieSecure="
        + cookieSecure
        + " trustedProxies="
        + trustedProxies
        + " metricsToken="
        + (metricsToken.isEmpty() ? "none" : "set");
  }
}
