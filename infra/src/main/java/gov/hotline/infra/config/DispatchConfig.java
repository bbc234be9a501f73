package gov.hotline.infra.config;

import gov.hotline.dispatch.domain.DuplicateRule;
import gov.hotline.dispatch.domain.EscalationPolicy;
import gov.hotline.dispatch.domain.HotspotRule;
import java.time.Duration;
import java.util.Locale;

/**
 * Settings of the dispatch context (派单), part of {@link HotlineConfig} (same sources, HOTLINE_*
 * keys): how often the scan and the escalation sweep run, the near-due rule (临期), automatic urges,
 * the duplicate window, the hotspot rule, and whether the recommendation uses the catalogue's dense
 * vectors beside its lexical signals.
 */
public record DispatchConfig(
    Duration scanEvery,
    Duration sweepEvery,
    EscalationPolicy escalation,
    int urgesPerSweep,
    int similarCapacity,
    DuplicateRule duplicates,
    HotspotRule hotspots,
    boolean vectors) {

  static DispatchConfig from(HotlineConfig.Settings settings) {
    Settings s = new Settings(settings);
    EscalationPolicy policy =
        new EscalationPolicy(
            s.number("HOTLINE_ESCALATION_NEAR_DUE_SHARE", 0.8, 0.05, 0.99),
            (int) s.number("HOTLINE_ESCALATION_NEAR_DUE_HOURS", 0, 0, 240),
            s.bool("HOTLINE_ESCALATION_AUTO_URGE", true));
    DuplicateRule d = DuplicateRule.DEFAULT;
    HotspotRule h = HotspotRule.DEFAULT;
    return new DispatchConfig(
        Duration.ofSeconds((long) s.number("HOTLINE_DISPATCH_SCAN_SECONDS", 5, 1, 3600)),
        Duration.ofSeconds((long) s.number("HOTLINE_ESCALATION_SWEEP_SECONDS", 60, 1, 86_400)),
        policy,
        (int) s.number("HOTLINE_ESCALATION_URGES_PER_SWEEP", 2_000, 0, 100_000),
        (int) s.number("HOTLINE_SIMILAR_TICKETS_CAPACITY", 100_000, 1_000, 2_000_000),
        new DuplicateRule(
            Duration.ofDays((long) s.number("HOTLINE_DUPLICATE_WINDOW_DAYS", 7, 1, 90)),
            d.sameCaller(),
            d.samePlace(),
            d.samePlaceAndCategory(),
            d.sameStreet()),
        new HotspotRule(
            Duration.ofHours((long) s.number("HOTLINE_HOTSPOT_WINDOW_HOURS", 6, 1, 168)),
            (int) s.number("HOTLINE_HOTSPOT_MIN_TICKETS", 3, 2, 1000),
            h.minSimilarity()),
        s.bool("HOTLINE_DISPATCH_VECTORS", true));
  }

  /** Numbers and switches on top of the server's settings. */
  private record Settings(HotlineConfig.Settings values) {
    double number(String key, double def, double min, double max) {
      String v = values.text(key, null);
      if (v == null) {
        return def;
      }
      try {
        double n = Double.parseDouble(v.trim());
        if (n < min || n > max) {
          throw new HotlineConfig.ConfigException(key + " 超出范围 [" + min + ", " + max + "]：" + v);
        }
        return n;
      } catch (NumberFormatException e) {
        throw new HotlineConfig.ConfigException(key + " 必须是数字：" + v);
      }
    }

    boolean bool(String key, boolean def) {
      String v = values.text(key, null);
      if (v == null) {
        return def;
      }
      return switch (v.trim().toLowerCase(Locale.ROOT)) {
        case "true", "1", "yes" -> true;
        case "false", "0", "no" -> false;
        default -> throw new HotlineConfig.ConfigException(key + " 只能是 true 或 false：" + v);
      };
    }
  }
}
