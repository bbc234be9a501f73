package gov.hotline.core.id;

import java.util.Objects;

/** Identity of a category (问题分类), e.g. {@code CJ01}. */
public record CategoryId(String value) {
  public CategoryId {
    Objects.requireNonNull(value, "category id");
  }

  public static CategoryId of(String value) {
    return new CategoryId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
