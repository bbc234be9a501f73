package gov.hotline.dispatch.domain;

import gov.hotline.core.id.UnitId;
import java.util.Objects;

/**
 * A unit in a catalogue entry: either a unit id ({@code BUR_ZJW}) or a placeholder resolved per
 * appeal ({@code @territory} the street/town of the address, {@code @heat} the heating company of
 * that area, {@code @telecom} the operator concerned, {@code @district} the district as the last
 * resort 区兜底).
 */
public record UnitRef(String value) {
  public static final UnitRef TERRITORY = new UnitRef("@territory");
  public static final UnitRef DISTRICT = new UnitRef("@district");

  public UnitRef {
    Objects.requireNonNull(value);
    value = value.strip();
  }

  public static UnitRef of(String value) {
    return new UnitRef(value);
  }

  public static UnitRef of(UnitId id) {
    return new UnitRef(id.value());
  }

  public boolean isPlaceholder() {
    return value.startsWith("@");
  }

  public UnitId unitId() {
    if (isPlaceholder()) {
      throw new IllegalStateException("placeholder " + value + " is not a unit");
    }
    return UnitId.of(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
