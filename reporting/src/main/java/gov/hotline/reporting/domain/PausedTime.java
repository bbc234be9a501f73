package gov.hotline.reporting.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * 示忙时长 by reason (小休, 就餐, 话后整理 …) of one person in a period: Σ of the intervals from a pause
 * ({@code Paused: 1}) to its end (unpause, logout or the period's end) while logged in, per the
 * reason Asterisk was given; total = Σ over the reasons.
 */
public record PausedTime(Map<String, Long> millisByReason) {
  /** The reason of a 话后整理 pause: it is wrap-up, part of handling, not time away. */
  public static final String WRAP_UP = "话后整理";

  public PausedTime {
    millisByReason = Map.copyOf(new TreeMap<>(millisByReason));
  }

  public long totalMillis() {
    return millisByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Paused for anything but 话后整理: the time the person was away from calls. */
  public long awayMillis() {
    return totalMillis() - millisByReason.getOrDefault(WRAP_UP, 0L);
  }
}
