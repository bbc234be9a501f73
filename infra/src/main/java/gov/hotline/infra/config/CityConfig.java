package gov.hotline.infra.config;

import java.time.Duration;

/**
 * Settings of the link to the city's 12345 platform (市级平台对接), part of {@link HotlineConfig} (same
 * sources, HOTLINE_* keys): where the city's interface is, the shared secrets of both directions
 * (environment only), and how the outbox relay retries. Without {@code HOTLINE_CITY_URL} a real
 * deployment has no link (nothing is sent; the outbox keeps the updates); the demo starts the
 * scripted city server and links to it.
 */
public record CityConfig(
    String url,
    String inboundToken,
    String outboundToken,
    String district,
    Duration relayEvery,
    Duration retryBase,
    Duration retryMax,
    int maxAttempts,
    Duration timeout,
    Duration pollEvery,
    int simulatorPort,
    int demoCases) {

  /** The token the demo's scripted city presents and expects when none is configured. */
  public static final String DEMO_TOKEN = "demo-city-token";

  static CityConfig from(HotlineConfig.Settings s) {
    return new CityConfig(
        s.text("HOTLINE_CITY_URL", ""),
        s.text("HOTLINE_CITY_INBOUND_TOKEN", ""),
        s.text("HOTLINE_CITY_OUTBOUND_TOKEN", ""),
        s.text("HOTLINE_CITY_DISTRICT", "HD"),
        Duration.ofMillis(s.integer("HOTLINE_CITY_RELAY_MS", 1000, 10, 600_000)),
        Duration.ofMillis(s.integer("HOTLINE_CITY_RETRY_BASE_MS", 1000, 1, 3_600_000)),
        Duration.ofMillis(s.integer("HOTLINE_CITY_RETRY_MAX_MS", 300_000, 1, 86_400_000)),
        s.integer("HOTLINE_CITY_MAX_ATTEMPTS", 8, 1, 1000),
        Duration.ofMillis(s.integer("HOTLINE_CITY_TIMEOUT_MS", 5000, 50, 120_000)),
        Duration.ofSeconds(s.integer("HOTLINE_CITY_POLL_SECONDS", 0, 0, 86_400)),
        s.integer("HOTLINE_CITY_SIMULATOR_PORT", 0, 0, 65535),
        s.integer("HOTLINE_CITY_DEMO_CASES", 3, 0, 3));
  }

  /**
   * The demo's link to its scripted city at {@code simulatorUrl}: the configured tokens, or {@link
   * #DEMO_TOKEN} where none is set.
   */
  public CityConfig toSimulator(String simulatorUrl) {
    return new CityConfig(
        simulatorUrl,
        inboundToken.isEmpty() ? DEMO_TOKEN : inboundToken,
        outboundToken.isEmpty() ? DEMO_TOKEN : outboundToken,
        district,
        relayEvery,
        retryBase,
        retryMax,
        maxAttempts,
        timeout,
        pollEvery,
        simulatorPort,
        demoCases);
  }

  /** Whether an upstream is configured (else only the demo's scripted city links up). */
  public boolean linked() {
    return !url.isEmpty();
  }

  /**
   * The backoff before attempt {@code attempts + 1}: base × 2^(attempts−1), at most the maximum.
   */
  public Duration backoff(int attempts) {
    long factor = 1L << Math.min(30, Math.max(0, attempts - 1));
    Duration d = retryBase.multipliedBy(factor);
    return d.compareTo(retryMax) > 0 ? retryMax : d;
  }

  /** As printed at start-up: no secrets. */
  @Override
  public String toString() {
    return "city="
        + (url.isEmpty() ? "none" : url)
        + " cityInboundToken="
        + (inboundToken.isEmpty() ? "none" : "set")
        + " cityOutboundToken="
        + (outboundToken.isEmpty() ? "none" : "set");
  }
}
