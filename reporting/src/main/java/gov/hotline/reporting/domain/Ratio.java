package gov.hotline.reporting.domain;

import java.util.Locale;

/**
 * A rate as numerator / denominator, kept whole so that nothing is lost to rounding and division by
 * zero is representable: {@link #value()} is null then and {@link #percent()} shows "—", never NaN.
 */
public record Ratio(long numerator, long denominator) {
  public Ratio {
    if (numerator < 0 || denominator < 0) {
      throw new IllegalArgumentException("a ratio of counts is not negative");
    }
  }

  /** The fraction 0–1, or null when the denominator is zero. */
  public Double value() {
    return denominator == 0 ? null : (double) numerator / denominator;
  }

  /** As people read it: one decimal and a percent sign, e.g. 12.3%; "—" when undefined. */
  public String percent() {
    Double v = value();
    return v == null ? "—" : String.format(Locale.ROOT, "%.1f%%", v * 100);
  }
}
