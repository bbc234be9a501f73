package gov.hotline.infra.auth;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;

/** 429: this client must wait before trying to log in again; the edge sends {@code Retry-After}. */
public final class TooManyAttempts extends DomainException {
  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  public TooManyAttempts(long retryAfterSeconds) {
    super(
        ErrorKind.TOO_MANY_REQUESTS,
        "TOO_MANY_ATTEMPTS",
        "尝试过于频繁，请 " + retryAfterSeconds + " 秒后再试");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
