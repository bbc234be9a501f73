package gov.hotline.reporting.domain;

/** Number formats of reports: durations as 分:秒, averages to whole seconds, "—" when undefined. */
public final class Formats {
  public static final String NONE = "—";

  private Formats() {}

  /** 75 → "1:15"; 3725 → "62:05"; null → "—". */
  public static String minutesSeconds(Double seconds) {
    if (seconds == null || seconds.isNaN()) {
      return NONE;
    }
    long s = Math.round(seconds);
    return (s / 60) + ":" + String.format("%02d", s % 60);
  }
}
