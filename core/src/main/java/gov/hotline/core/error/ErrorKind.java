package gov.hotline.core.error;

/**
 * What kind of client-visible failure a {@link DomainException} is; edges map each kind to one
 * status once.
 */
public enum ErrorKind {
  INVALID(400),
  UNAUTHENTICATED(401),
  FORBIDDEN(403),
  NOT_FOUND(404),
  CONFLICT(409),
  TOO_LARGE(413),
  UNSUPPORTED_MEDIA_TYPE(415),
  TOO_MANY_REQUESTS(429),
  /**
   * The server lacks something it needs (e.g. a font for PDF reports); the message says what to
   * install.
   */
  UNAVAILABLE(503);

  private final int httpStatus;

  ErrorKind(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  public int httpStatus() {
    return httpStatus;
  }
}
