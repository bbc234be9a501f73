package gov.hotline.core.id;

import java.util.Objects;

/** Identity of an org unit (承办单位 or the hotline centre); kept as imported, e.g. {@code STR_QH}. */
public record UnitId(String value) {
  public UnitId {
    Objects.requireNonNull(value, "unit id");
  }

  public static UnitId of(String value) {
    return new UnitId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
