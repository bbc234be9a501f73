package gov.hotline.core.id;

/** Identity of a platform user. */
public record UserId(long value) {
  @Override
  public String toString() {
    return Long.toString(value);
  }
}
