package gov.hotline.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Instants written as Beijing wall-clock time, the way people in the hotline talk about them. */
public final class ShanghaiTime {
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private ShanghaiTime() {}

  public static Instant at(int year, int month, int day, int hour, int minute) {
    return at(year, month, day, hour, minute, 0);
  }

  public static Instant at(int year, int month, int day, int hour, int minute, int second) {
    return LocalDateTime.of(year, month, day, hour, minute, second).atZone(SHANGHAI).toInstant();
  }

  /** The end of a working-days deadline: 23:59:59 local on that day. */
  public static Instant endOf(int year, int month, int day) {
    return at(year, month, day, 23, 59, 59);
  }

  public static Clock clockAt(Instant now) {
    return Clock.fixed(now, SHANGHAI);
  }
}
