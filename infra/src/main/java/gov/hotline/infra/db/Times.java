package gov.hotline.infra.db;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** timestamptz columns arrive as OffsetDateTime; the domain speaks Instant. */
public final class Times {
  private Times() {}

  public static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }

  public static OffsetDateTime offset(Instant t) {
    return t == null ? null : t.atOffset(ZoneOffset.UTC);
  }
}
