package gov.hotline.telephony.domain;

import java.time.Instant;

/**
 * Reads Asterisk's {@code Timestamp: 1795291379.662183} header (epoch seconds, microseconds after
 * the dot).
 */
public final class EventTimes {
  private EventTimes() {}

  /** The event's own time, or null when it has no (valid) Timestamp header. */
  public static Instant timestamp(AmiMessage m) {
    String v = m.get("Timestamp");
    if (v == null || v.isEmpty()) {
      return null;
    }
    return epochSeconds(v);
  }

  /**
   * {@code 1795291379.662183} or {@code 1795291379} as an instant; null when it is not such a
   * number.
   */
  public static Instant epochSeconds(String v) {
    int dot = v.indexOf('.');
    try {
      long seconds = Long.parseLong(dot < 0 ? v.trim() : v.substring(0, dot).trim());
      long nanos = 0;
      if (dot >= 0) {
        String frac = v.substring(dot + 1).trim();
        if (frac.length() > 9) {
          frac = frac.substring(0, 9);
        }
        if (!frac.isEmpty()) {
          nanos = Long.parseLong(frac) * (long) Math.pow(10, 9 - frac.length());
        }
      }
      return Instant.ofEpochSecond(seconds, nanos);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
